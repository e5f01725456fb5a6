/// Why a text is not a valid NIP.
public enum NIPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not exactly 18 digits (after removing spaces), or something other than digits.
    case notEighteenDigits(String)
    /// The first eight digits are not a real date YYYYMMDD.
    case invalidBirthDate(String)
    /// Digits 9–14 are not a year and a month 1–12 (TMT CPNS).
    case invalidTMT(String)
    /// Digit 15 is neither 1 (laki-laki) nor 2 (perempuan).
    case invalidSex(String)

    /// The text the user gave.
    public var value: String {
        switch self {
        case .notEighteenDigits(let v), .invalidBirthDate(let v), .invalidTMT(let v), .invalidSex(let v): return v
        }
    }

    /// A message a clerk can act on (Indonesian).
    public var message: String {
        switch self {
        case .notEighteenDigits(let v):
            return "NIP \"\(v)\" tidak valid: harus terdiri dari 18 angka"
        case .invalidBirthDate(let v):
            return "NIP \"\(v)\" tidak valid: 8 angka pertama bukan tanggal lahir yang ada (YYYYMMDD)"
        case .invalidTMT(let v):
            return "NIP \"\(v)\" tidak valid: angka ke-9 sampai ke-14 bukan tahun dan bulan TMT CPNS (YYYYMM)"
        case .invalidSex(let v):
            return "NIP \"\(v)\" tidak valid: angka ke-15 harus 1 (laki-laki) atau 2 (perempuan)"
        }
    }

    /// Same as `message`.
    public var description: String { message }
}
