/// Which columns hold identifiers (NIP, NPSN, NIK, ...): long digit strings that must be text,
/// since a spreadsheet keeps only 15 digits of a number and shows it as `1,97506E+17`.
///
/// The one place that decides it by name: a column declared `type="nip"` is one too (see
/// `ColumnSpec`), and so is a column or context key named `nip`, `npsn`, `nik`, `nuptk`, `nisn`
/// or ending or starting with one of these and an underscore (`nip_kepala`, `kepala_nip`, `npsn_model`).
public enum IdentifierColumn {
    /// The identifier words.
    public static let words: Set<String> = ["nip", "npsn", "nik", "nuptk", "nisn"]

    /// True when a column (or the last part of a context key) of this name holds identifiers.
    public static func matches(_ name: String) -> Bool {
        let n = name.lowercased()
        if words.contains(n) { return true }
        let parts = n.split(separator: "_")
        guard parts.count > 1, let first = parts.first, let last = parts.last else { return false }
        return words.contains(String(first)) || words.contains(String(last))
    }

    /// True when a text is a number in scientific notation (`1,97506E+17`, `1.97511022003122E+017`,
    /// `2E+17`): what a spreadsheet writes for a long number it has already cut to 15 digits.
    public static func isScientific(_ text: String) -> Bool {
        var sawDigit = false, sawSeparator = false, sawE = false, expDigits = 0
        var previous: UInt8 = 0
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case 0x30...0x39:
                if sawE { expDigits += 1 } else { sawDigit = true }
            case 0x2C, 0x2E:
                guard sawDigit, !sawSeparator, !sawE else { return false }
                sawSeparator = true
            case 0x45, 0x65:
                guard sawDigit, !sawE, previous >= 0x30, previous <= 0x39 else { return false }
                sawE = true
            case 0x2B, 0x2D:
                guard (sawE && (previous == 0x45 || previous == 0x65)) || (i == 0 && b == 0x2D) else { return false }
            default:
                return false
            }
            previous = b
        }
        return sawE && expDigits > 0
    }
}
