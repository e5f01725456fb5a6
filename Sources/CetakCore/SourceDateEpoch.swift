/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): the fixed creation date of every PDF, in whole seconds
/// since 1970-01-01 UTC. Validated, because a PDF date has four digits of year: from 0 to
/// 253402300799 (9999-12-31 23:59:59 UTC). Anything else is refused with a message — never a crash
/// (the value once went into date arithmetic unchecked), never silently ignored.
public enum SourceDateEpoch {
    /// The creation date when nothing gives one: 2000-01-01 00:00 UTC (no clock: same input, same bytes).
    public static let fallback: Int64 = 946_684_800
    /// The seconds a PDF date can hold.
    public static let range: ClosedRange<Int64> = 0...253_402_300_799

    /// The value of the variable: nil when it is unset or empty; an error message when it is not a number in `range`.
    public static func parse(_ text: String?) -> Result<Int64?, Diagnostic> {
        guard let text, !text.isEmpty else { return .success(nil) }
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let v = Int64(text), range.contains(v) else {
            return .failure(.sourceDateEpoch(text))
        }
        return .success(v)
    }
}

extension Diagnostic {
    /// A `SOURCE_DATE_EPOCH` that is not a usable date: a usage error, what is wrong and what to do.
    static func sourceDateEpoch(_ text: String) -> Diagnostic {
        Diagnostic(.usage, "SOURCE_DATE_EPOCH=\(TerminalText.escaped(String(text.prefix(40)))) is not a date cetak can use: give whole seconds since 1970-01-01 UTC, from 0 to \(SourceDateEpoch.range.upperBound) (e.g. SOURCE_DATE_EPOCH=$(date +%s)), or leave it unset to take the date from the context's 'tanggal'")
    }
}
