import Foundation

/// A value bound into a template: what a CSV cell, a JSON value or an expression yields.
public enum Value: Sendable, Equatable {
    /// Nothing: an empty cell, a missing key. Prints as nothing.
    case null
    /// Text, printed literally.
    case string(String)
    /// An exact decimal number (boxed: a `Decimal` is 20 bytes, and a value slot of a record
    /// holds the largest unboxed case, so every cell of every row would pay for it).
    indirect case number(Decimal)
    /// Yes or no.
    case bool(Bool)
    /// A calendar day (boxed, like numbers).
    indirect case date(CivilDate)
    /// A list (rows of a table, values of a column).
    case list([Value])
    /// A record: a data row or a JSON object. Boxed, so that every other value stays small.
    indirect case record(Record)

    /// True for null, an empty string and an empty list.
    public var isEmpty: Bool {
        switch self {
        case .null: return true
        case .string(let s): return s.isBlank
        case .list(let l): return l.isEmpty
        default: return false
        }
    }

    /// The truth of a value in a condition: false for null, empty text, "tidak"/"no"/…, 0, false, an empty list.
    public var truthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .number(let n): return n != 0
        case .string(let s): return YesNo.parse(s) ?? !s.trimmingCharacters(in: .whitespaces).isEmpty
        case .date: return true
        case .list(let l): return !l.isEmpty
        case .record: return true
        }
    }

    /// The plain text of a value, as printed when no formatter is given.
    public var text: String {
        switch self {
        case .null: return ""
        case .string(let s): return s
        case .number(let n): return DecimalText.plain(n)
        case .bool(let b): return b ? "ya" : "tidak"
        case .date(let d): return d.description
        case .list(let l): return l.map(\.text).joined(separator: ", ")
        case .record: return ""
        }
    }

    /// The record inside, if this is one.
    public var record: Record? { if case .record(let r) = self { return r } else { return nil } }
    /// The list inside, if this is one.
    public var list: [Value]? { if case .list(let l) = self { return l } else { return nil } }
}

/// Parses the yes/no spellings of docs/data.md: ya/tidak, y/t, yes/no, 1/0, true/false, sudah/belum,
/// a check mark (✓ ✔ √ ☑) for yes; an empty cell is no.
public enum YesNo {
    /// True, false, or nil when the text is none of the spellings.
    public static func parse(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ya", "y", "yes", "1", "true", "benar", "v", "✓", "✔", "√", "☑", "sudah": return true
        case "tidak", "tdk", "t", "no", "n", "0", "false", "salah", "belum", "☐", "": return false
        default: return nil
        }
    }
}

/// Exact decimal text in and out (no binary floating point anywhere).
public enum DecimalText {
    /// Parses "87.5", "87,5", "-3", " 100 "; nil for anything else (letters, two separators, empty).
    public static func parse(_ text: String) -> Decimal? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        var sign = ""
        var body = Substring(t)
        if body.first == "-" || body.first == "+" { sign = body.first == "-" ? "-" : ""; body = body.dropFirst() }
        var sawSep = false
        var digits = ""
        for c in body {
            if c.isASCII, c.isNumber { digits.append(c) }
            else if (c == "." || c == ","), !sawSep { sawSep = true; digits.append(".") }
            else { return nil }
        }
        guard digits.contains(where: { $0 != "." }), digits.first != ".", digits.last != "." else { return nil }
        return Decimal(string: sign + digits, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Rounds half up (away from zero on .5) to a number of decimals.
    public static func rounded(_ value: Decimal, scale: Int) -> Decimal {
        var v = value
        var r = Decimal()
        NSDecimalRound(&r, &v, scale, .plain)
        return r
    }

    /// Plain text with a point, no grouping, as few decimals as the value has.
    public static func plain(_ value: Decimal) -> String {
        var v = value
        return NSDecimalString(&v, Locale(identifier: "en_US_POSIX"))
    }

    /// Text with a decimal comma and exactly `scale` decimals, rounded half up: 85.075 → "85,08".
    public static func comma(_ value: Decimal, scale: Int) -> String {
        let r = rounded(value, scale: scale)
        var s = plain(r)
        var neg = false
        if s.hasPrefix("-") { neg = true; s.removeFirst() }
        var parts = s.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 1 { parts.append("") }
        var frac = parts[1]
        if frac.count < scale { frac += String(repeating: "0", count: scale - frac.count) }
        let body = scale > 0 ? parts[0] + "," + frac : parts[0]
        return (neg && r != 0 ? "-" : "") + body
    }
}
