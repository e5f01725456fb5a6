/// Reads dates as people type them (docs/data.md): `2026-11-22`, `22/11/2026`, `22-11-2026`, `22.11.2026`,
/// `22 November 2026`, `Minggu, 22 November 2026`, `22 Nov 2026`, `22-Jul-2019`, `July 22, 2019`,
/// each optionally followed by a time (`2026-11-22 00:00:00`, `22/11/2026 08.00`), which is dropped.
///
/// Numeric dates with the year last are day first. Whether a column was written month first
/// (a spreadsheet saved in a US locale) cannot be seen from one ambiguous value, so `parse` says
/// how each value can be read (`Reading`) and the caller decides for a whole column.
public enum DateText {
    /// What a text is as a date.
    public enum Reading: Sendable, Equatable {
        /// A date; `ambiguous` when it is numeric with day and month both 12 or less (read day first).
        case date(CivilDate, ambiguous: Bool)
        /// Numeric with the second number above 12: it can only be month first (`07/29/2019`),
        /// read here as that day. Never taken as a date silently.
        case monthFirst(CivilDate)
        /// A weekday in front that is not the weekday of the date (`Senin, 23 Juli 2019`).
        case weekdayMismatch(CivilDate, written: String)
        /// Not a date (or a day that does not exist).
        case notADate
    }

    /// Reads a text; see `Reading`.
    public static func parse(_ text: String) -> Reading {
        var s = Scanner(text)
        s.skipSpaces()
        let weekday = s.weekday()
        guard let (date, ambiguous, monthFirst) = s.datePart(), s.timePart(), s.atEnd else { return .notADate }
        if let weekday, weekday.number != date.weekday { return .weekdayMismatch(date, written: weekday.written) }
        return monthFirst ? .monthFirst(date) : .date(date, ambiguous: ambiguous)
    }

    /// The date of a text read day first, or nil (month-first-only values and wrong weekdays are nil too).
    public static func date(_ text: String) -> CivilDate? {
        if case .date(let d, _) = parse(text) { return d }
        return nil
    }

    /// The Indonesian month names, January first.
    public static let indonesianMonths = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// "22 Juli 2019": a date as the forms print it (a spreadsheet's date cell read as text).
    public static func long(_ date: CivilDate) -> String {
        "\(date.day) \(indonesianMonths[date.month - 1]) \(date.year)"
    }

    /// Month names and abbreviations, Indonesian and English, lower-case → month 1–12.
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["jan", "januari", "january"], ["feb", "peb", "februari", "pebruari", "february"],
            ["mar", "maret", "march"], ["apr", "april"], ["mei", "may"], ["jun", "juni", "june"],
            ["jul", "juli", "july"], ["agu", "agt", "ags", "agus", "agust", "agustus", "aug", "august"],
            ["sep", "sept", "september"], ["okt", "oktober", "oct", "october"],
            ["nov", "nop", "november", "nopember"], ["des", "desember", "dec", "december"],
        ]
        var d: [String: Int] = [:]
        for (i, list) in names.enumerated() { for n in list { d[n] = i + 1 } }
        return d
    }()

    /// Weekday names and abbreviations, lower-case → 0 (Sunday) … 6, as `CivilDate.weekday`.
    static let weekdays: [String: Int] = {
        let names: [[String]] = [
            ["minggu", "ahad", "min", "sunday", "sun"], ["senin", "sen", "monday", "mon"],
            ["selasa", "sel", "tuesday", "tue", "tues"], ["rabu", "rab", "wednesday", "wed"],
            ["kamis", "kam", "thursday", "thu", "thur", "thurs"], ["jumat", "jum'at", "jum’at", "jum", "friday", "fri"],
            ["sabtu", "sab", "saturday", "sat"],
        ]
        var d: [String: Int] = [:]
        for (i, list) in names.enumerated() { for n in list { d[n] = i } }
        return d
    }()
}

/// A cursor over the unicode scalars of a date text.
private struct Scanner {
    let chars: [Unicode.Scalar]
    var i = 0

    init(_ text: String) { chars = Array(text.unicodeScalars) }

    var atEnd: Bool { mutating get { skipSpaces(); return i == chars.count } }

    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < chars.count ? chars[i + k] : nil }

    static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0.value >= 48 && $0.value <= 57 } ?? false }
    static func isLetter(_ c: Unicode.Scalar?) -> Bool { c.map { $0.properties.isAlphabetic || $0 == "'" || $0 == "’" } ?? false }
    static func isSpace(_ c: Unicode.Scalar?) -> Bool { c.map { $0.properties.isWhitespace } ?? false }

    mutating func skipSpaces() { while Scanner.isSpace(peek()) { i += 1 } }

    /// Digits at the cursor: value and count (nil when none).
    mutating func number(maxDigits: Int = 4) -> (value: Int, digits: Int)? {
        var v = 0, n = 0
        while n < maxDigits + 1, Scanner.isDigit(peek()) { v = v * 10 + Int(chars[i].value - 48); i += 1; n += 1 }
        if n == 0 || n > maxDigits { return nil }
        return (v, n)
    }

    /// A word of letters at the cursor, lower-cased.
    mutating func word() -> String {
        var w = ""
        while Scanner.isLetter(peek()) { w.unicodeScalars.append(chars[i]); i += 1 }
        return w.lowercased()
    }

    /// A weekday name in front (`Senin,` or `Senin `), consumed with its comma; nil (and nothing
    /// consumed) when the text does not start with one.
    mutating func weekday() -> (number: Int, written: String)? {
        let start = i
        let w = word()
        guard let n = DateText.weekdays[w] else { i = start; return nil }
        let written = String(String.UnicodeScalarView(chars[start..<i]))
        skipSpaces()
        if peek() == "," { i += 1 }
        skipSpaces()
        return (n, written)
    }

    /// The date: (date, ambiguous, month first only); nil when the text is not a date.
    mutating func datePart() -> (CivilDate, Bool, Bool)? {
        if Scanner.isLetter(peek()) { return monthNameFirst() }
        guard let first = number() else { return nil }
        let sep = peek()
        if first.digits == 4 {
            // Year first: Y-M-D with -, / or . (never month and day swapped).
            guard let sep, sep == "-" || sep == "/" || sep == "." else { return nil }
            i += 1
            guard let m = number(maxDigits: 2) else { return nil }
            guard peek() == sep else { return nil }
            i += 1
            guard let d = number(maxDigits: 2), let date = CivilDate(year: first.value, month: m.value, day: d.value) else { return nil }
            return (date, false, false)
        }
        guard first.digits <= 2 else { return nil }
        // Day, then a month name or a number.
        let afterDay = i
        var separated = false
        while let c = peek(), c == " " || c == "-" || c == "/" || c == "." || Scanner.isSpace(c) { i += 1; separated = true }
        if separated, Scanner.isLetter(peek()) {
            guard let month = monthName() else { return nil }
            guard let y = yearAfterMonthName(), let date = CivilDate(year: y, month: month, day: first.value) else { return nil }
            return (date, false, false)
        }
        i = afterDay
        guard let sep, sep == "-" || sep == "/" || sep == "." else { return nil }
        i += 1
        guard let second = number(maxDigits: 2), peek() == sep else { return nil }
        i += 1
        guard let year = number(), year.digits == 4 else { return nil }
        let a = first.value, b = second.value
        if let date = CivilDate(year: year.value, month: b, day: a) {
            return (date, a <= 12 && b <= 12 && a != b, false)
        }
        // Not a day-first date; one that only reads month first is reported as such.
        if b > 12, let date = CivilDate(year: year.value, month: a, day: b) { return (date, false, true) }
        return nil
    }

    /// `July 22, 2019`, `Juli 22 2019`.
    mutating func monthNameFirst() -> (CivilDate, Bool, Bool)? {
        guard let month = monthName() else { return nil }
        skipSpaces()
        guard let d = number(maxDigits: 2) else { return nil }
        skipSpaces()
        if peek() == "," { i += 1 }
        skipSpaces()
        guard let y = number(), y.digits == 4, let date = CivilDate(year: y.value, month: month, day: d.value) else { return nil }
        return (date, false, false)
    }

    /// A month name or abbreviation (with an optional dot after it).
    mutating func monthName() -> Int? {
        let w = word()
        guard let m = DateText.months[w] else { return nil }
        if peek() == "." { i += 1 }
        return m
    }

    /// The 4-digit year after a month name, separated by spaces, `-`, `/`, `.` or `,`.
    mutating func yearAfterMonthName() -> Int? {
        while let c = peek(), c == "-" || c == "/" || c == "." || c == "," || Scanner.isSpace(c) { i += 1 }
        guard let y = number(), y.digits == 4 else { return nil }
        return y.value
    }

    /// An optional time after the date: `08.00`, `8:30`, `00:00:00`, `08:00:00.000`, `8:30 AM`,
    /// `T08:00:00Z`, `08.00 WIB`; false when something follows that is not a time.
    mutating func timePart() -> Bool {
        let start = i
        skipSpaces()
        if peek() == "T" || peek() == "t", Scanner.isDigit(peek(1)) { i += 1 } else if i == start { return atEnd }
        if atEnd { return true }
        guard let h = number(maxDigits: 2), let sep = peek(), sep == ":" || sep == "." else { return false }
        i += 1
        guard let m = number(maxDigits: 2), m.digits == 2 else { return false }
        var s = 0
        if peek() == sep, Scanner.isDigit(peek(1)) {
            i += 1
            guard let sec = number(maxDigits: 2), sec.digits == 2 else { return false }
            s = sec.value
            if peek() == "." || peek() == ",", Scanner.isDigit(peek(1)) {
                i += 1
                while Scanner.isDigit(peek()) { i += 1 }
            }
        }
        guard h.value <= 24, m.value < 60, s < 61 else { return false }
        skipSpaces()
        let zoneStart = i
        let w = word()
        switch w {
        case "am", "pm": guard h.value >= 1, h.value <= 12 else { return false }
        case "wib", "wita", "wit", "z", "utc", "gmt": break
        case "": i = zoneStart
        default: return false
        }
        skipSpaces()
        if peek() == "+" || peek() == "-" {
            i += 1
            guard number(maxDigits: 2) != nil else { return false }
            if peek() == ":" { i += 1 }
            _ = number(maxDigits: 2)
        }
        return true
    }
}
