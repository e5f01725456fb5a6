import CetakCore

/// A span of whole years and months between two calendar days (masa kerja, usia).
public struct MasaKerja: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole years.
    public let years: Int
    /// Whole months beyond the years, 0–11.
    public let months: Int

    /// Whole years and months from `from` to `to`; nil when `to` is before `from`.
    /// A month is complete on the same day-of-month; when that day does not exist in the end
    /// month (31st, 29 February) it completes on the first of the following month.
    public init?(from: CivilDate, to: CivilDate) {
        guard from <= to else { return nil }
        var total = (to.year - from.year) * 12 + (to.month - from.month)
        if to.day < from.day { total -= 1 }
        years = total / 12
        months = total % 12
    }

    /// Creates a span of given years and months.
    public init(years: Int, months: Int) {
        self.years = years
        self.months = months
    }

    /// "7 tahun 3 bulan".
    public var description: String { "\(years) tahun \(months) bulan" }

    /// Shorter first.
    public static func < (a: MasaKerja, b: MasaKerja) -> Bool { (a.years, a.months) < (b.years, b.months) }
}
