/// What a cell's number format shows: a number, a date, a time of day, or both.
///
/// A spreadsheet stores a date as a number (days since its epoch); only the format tells them
/// apart. Built-in formats 14–17 are dates, 18–21 and 45–47 times, 22 a date with a time, and
/// 27–36 and 50–58 the dates of East Asian locales. A custom format code is a date when, outside
/// quoted text (`"hari"`), escaped characters (`\-`), fills (`*`, `_`), colours and locales
/// (`[Red]`, `[$-421]`) and scientific exponents (`E+`), it has day, month or year tokens (d, m, y),
/// a time when it has hours, minutes or seconds (h, m after h or before s, s, `[h]`, AM/PM).
enum NumberFormat: Sendable, Equatable {
    /// A plain number (General, 0.00, #,##0, percent, ...).
    case number
    /// A calendar day.
    case date
    /// A day with a time.
    case dateTime
    /// A time of day (or a duration) without a day.
    case time

    /// The kind of a built-in format id.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 14...17, 27...36, 50...58: return .date
        case 22: return .dateTime
        case 18...21, 45...47: return .time
        default: return .number
        }
    }

    /// The kind of a custom format code (its first section, the one for positive numbers).
    static func of(code: String) -> NumberFormat {
        enum Token { case date, month, minuteOrMonth, hour, second, ampm }
        var tokens: [Token] = []
        let c = Array(code.lowercased().unicodeScalars)
        var i = 0
        while i < c.count {
            let ch = c[i]
            switch ch {
            case ";":
                i = c.count
                continue
            case "\"":
                i += 1
                while i < c.count, c[i] != "\"" { i += 1 }
            case "\\", "_", "*":
                i += 1
            case "[":
                var inner = ""
                i += 1
                while i < c.count, c[i] != "]" { inner.unicodeScalars.append(c[i]); i += 1 }
                if !inner.isEmpty, inner.unicodeScalars.allSatisfy({ $0 == "h" }) { tokens.append(.hour) }
                else if !inner.isEmpty, inner.unicodeScalars.allSatisfy({ $0 == "m" }) { tokens.append(.minuteOrMonth) }
                else if !inner.isEmpty, inner.unicodeScalars.allSatisfy({ $0 == "s" }) { tokens.append(.second) }
            case "g" where matches(c, i, "general"):
                i += 6
            case "e" where i + 1 < c.count && (c[i + 1] == "+" || c[i + 1] == "-"):
                i += 1
            case "a" where matches(c, i, "am/pm"):
                tokens.append(.ampm); i += 4
            case "a" where matches(c, i, "a/p"):
                tokens.append(.ampm); i += 2
            case "d", "y", "e", "b", "g":
                tokens.append(.date)
            case "m":
                while i + 1 < c.count, c[i + 1] == "m" { i += 1 }
                tokens.append(.minuteOrMonth)
            case "h":
                tokens.append(.hour)
            case "s":
                tokens.append(.second)
            default:
                break
            }
            i += 1
        }
        // An m is minutes right after an hour or right before a second, else a month.
        var hasDate = false, hasTime = false
        for (k, t) in tokens.enumerated() {
            switch t {
            case .date, .month: hasDate = true
            case .hour, .second, .ampm: hasTime = true
            case .minuteOrMonth:
                let afterHour = k > 0 && tokens[k - 1] == .hour
                let beforeSecond = k + 1 < tokens.count && tokens[k + 1] == .second
                if afterHour || beforeSecond { hasTime = true } else { hasDate = true }
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .time
        default: return .number
        }
    }

    private static func matches(_ c: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= c.count else { return false }
        return Array(c[i..<(i + w.count)]) == w
    }
}

/// The number format of each cell style (`xl/styles.xml`: `numFmts` and `cellXfs`), by the
/// style index a cell's `s` attribute gives.
final class StylesHandler: XMLStreamHandler {
    private var codes: [Int: String] = [:]
    private var formatIds: [Int] = []
    private var inCellXfs = false

    /// The format kind of each style index.
    var formats: [NumberFormat] {
        formatIds.map { id in codes[id].map(NumberFormat.of(code:)) ?? NumberFormat.builtIn(id) }
    }

    override func start(_ e: XMLStart) {
        if e.name.is("numFmt"), let id = e.integer("numFmtId"), let code = e.attribute("formatCode") {
            codes[id] = code
        } else if e.name.is("cellXfs") {
            inCellXfs = true
        } else if inCellXfs, e.name.is("xf") {
            formatIds.append(e.integer("numFmtId") ?? 0)
        }
    }

    override func end(_ name: XMLName) {
        if name.is("cellXfs") { inCellXfs = false }
    }
}
