import Foundation

/// Sex as Indonesian personnel records write it: L (laki-laki) or P (perempuan).
public enum JenisKelamin: String, Sendable, Hashable, CaseIterable {
    /// Laki-laki (NIP digit 1).
    case lakiLaki = "L"
    /// Perempuan (NIP digit 2).
    case perempuan = "P"

    /// The word printed on forms: "Laki-laki" or "Perempuan".
    public var label: String { self == .lakiLaki ? "Laki-laki" : "Perempuan" }

    /// Reads "L", "P", "Laki-laki", "Perempuan", "pria", "wanita" (any case); nil otherwise.
    public static func parse(_ text: String) -> JenisKelamin? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch t {
        case "l", "lk", "laki-laki", "laki laki", "lakilaki", "laki", "pria": return .lakiLaki
        case "p", "pr", "perempuan", "wanita": return .perempuan
        default: return nil
        }
    }
}
