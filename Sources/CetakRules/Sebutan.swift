import Foundation
import CetakCore

/// The predicate of a Nilai Akhir (seed section H): Amat Baik, Baik or Cukup.
public enum Sebutan: String, Sendable, Hashable, CaseIterable {
    /// NA ≥ 91,00.
    case amatBaik = "Amat Baik"
    /// 76,00 ≤ NA < 91,00.
    case baik = "Baik"
    /// NA < 76,00.
    case cukup = "Cukup"

    /// The sebutan of a Nilai Akhir, decided on the value rounded half up to two decimals.
    public init(nilaiAkhir: Decimal) {
        let r = DecimalText.rounded(nilaiAkhir, scale: 2)
        if r >= 91 { self = .amatBaik } else if r >= 76 { self = .baik } else { self = .cukup }
    }

    /// True for Baik and Amat Baik: the candidate passes (LULUS).
    public var lulus: Bool { self != .cukup }

    /// The text printed on the forms ("Amat Baik").
    public var label: String { rawValue }
}
