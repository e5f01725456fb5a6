/// Guesses a CSV file's delimiter from its header line.
public enum CSVDelimiter {
    /// `;`, `,` or tab: whichever occurs most often outside quotes on the first line that has any
    /// of them (a title line above the header may have none), among the first 20 lines; a comma
    /// when none occurs or on a tie, as RFC 4180 has it.
    public static func detect(_ utf8: [UInt8]) -> UInt8 {
        var semicolons = 0, commas = 0, tabs = 0
        var inQuotes = false
        var started = false
        var lines = 0
        for b in utf8 {
            if b == 0x22 { inQuotes.toggle(); continue }
            if inQuotes { continue }
            switch b {
            case 0x0A, 0x0D:
                guard started else { break }
                if semicolons + commas + tabs > 0 { return pick(semicolons, commas, tabs) }
                lines += 1
                if lines == 20 { return pick(0, 0, 0) }
                started = false
            case 0x3B: semicolons += 1
            case 0x2C: commas += 1
            case 0x09: tabs += 1
            default: break
            }
            if b != 0x0A, b != 0x0D { started = true } // empty lines do not end a line
        }
        return pick(semicolons, commas, tabs)
    }

    private static func pick(_ semicolons: Int, _ commas: Int, _ tabs: Int) -> UInt8 {
        if semicolons > commas, semicolons >= tabs { return 0x3B }
        if tabs > commas, tabs > semicolons { return 0x09 }
        return 0x2C
    }
}
