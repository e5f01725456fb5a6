import Foundation
import CetakCore

/// A yearly Penilaian Prestasi Kerja PNS rating (`ppkpns_tahun_1`, `ppkpns_tahun_2`).
public enum NilaiPPKPNS: String, Sendable, Hashable, CaseIterable {
    /// 91 and above.
    case sangatBaik = "Sangat Baik"
    /// 76–90.
    case baik = "Baik"
    /// 61–75.
    case cukup = "Cukup"
    /// 51–60.
    case kurang = "Kurang"
    /// 50 and below.
    case buruk = "Buruk"

    /// True for Baik and Sangat Baik (requirement R8).
    public var atLeastBaik: Bool { self == .baik || self == .sangatBaik }

    /// Reads a word ("Baik", "sangat baik", "Amat Baik") or a score ("88,5" → Baik, PP 46/2011 bands); nil otherwise.
    public static func parse(_ text: String) -> NilaiPPKPNS? {
        let t = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        switch t {
        case "sangat baik", "amat baik": return .sangatBaik
        case "baik": return .baik
        case "cukup": return .cukup
        case "kurang": return .kurang
        case "buruk": return .buruk
        default: break
        }
        guard let n = DecimalText.parse(t), n >= 0, n <= 100 else { return nil }
        if n >= 91 { return .sangatBaik }
        if n >= 76 { return .baik }
        if n >= 61 { return .cukup }
        if n >= 51 { return .kurang }
        return .buruk
    }
}
