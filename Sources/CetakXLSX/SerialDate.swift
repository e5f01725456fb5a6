import CetakCore
import Foundation

/// A spreadsheet's date number (a serial: days since the workbook's epoch, the time of day as the
/// fraction) as a calendar day and a time. Pure arithmetic on the number: no time zone, no clock.
///
/// The 1900 system counts 1 = 1900-01-01 and, copying a bug of Lotus 1-2-3, has a 29 February 1900
/// at 60 that never existed: serials below 60 are one day later than the arithmetic gives, 60 is
/// no day at all, 61 is 1900-03-01. LibreOffice Calc writes its own count instead (0 = 1899-12-30,
/// no phantom day: 60 is 1900-02-28), which differs only before 1 March 1900; a workbook saved by
/// Calc (`<fileVersion appName="Calc">`) is read as Calc meant it. The 1904 system (`date1904`)
/// counts 0 = 1904-01-01.
enum SerialDate {
    /// The day 0 of the 1900 system as Excel counts from 61 on (1899-12-30), in days since 1970.
    static let epoch1900 = -25_569
    /// 1904-01-01 in days since 1970.
    static let epoch1904 = -24_107
    /// The largest serial a spreadsheet shows as a date (9999-12-31 in the 1900 system).
    static let maxSerial = 2_958_465.0

    /// The day of a whole serial, or nil when it names none (0 or 60 in Excel's 1900 system, negative,
    /// past 9999); `calc` for a workbook LibreOffice Calc wrote.
    static func day(_ n: Int, date1904: Bool, calc: Bool = false) -> CivilDate? {
        guard n >= 0, Double(n) <= maxSerial else { return nil }
        if date1904 { return CivilDate(daysSinceEpoch: epoch1904 + n) }
        if calc { return CivilDate(daysSinceEpoch: epoch1900 + n) }
        switch n {
        case 0, 60: return nil
        case 1..<60: return CivilDate(daysSinceEpoch: epoch1900 + n + 1)
        default: return CivilDate(daysSinceEpoch: epoch1900 + n)
        }
    }

    /// The serial split into a whole day number and the seconds of the day. With `rounding`, the
    /// time is rounded to the second (23:59:59.6 becomes the next day); without, the day is the
    /// serial's whole part, as a date-only format shows it.
    static func split(_ serial: Double, rounding: Bool) -> (day: Int, seconds: Int)? {
        guard serial.isFinite, serial >= 0, serial <= maxSerial + 1 else { return nil }
        if !rounding {
            let d = serial.rounded(.down)
            return (Int(d), Int(((serial - d) * 86_400).rounded(.down)))
        }
        let total = Int((serial * 86_400).rounded())
        return (total / 86_400, total % 86_400)
    }

    /// `HH.MM` (or `HH.MM.SS` when there are seconds), as Indonesian writes times.
    static func time(_ seconds: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        return s == 0 ? "\(two(h)).\(two(m))" : "\(two(h)).\(two(m)).\(two(s))"
    }
}

/// The text of a number cell: the shortest decimal that reads back as the stored double, written
/// out in full (`85.15` for `85.150000000000006`, `12` for `12.0`, `197505062000031000` for
/// `1.97505062000031E+17`), as a spreadsheet shows it.
enum NumberText {
    /// The text of the number written in a cell's `<v>`, or nil when it is not a number.
    static func shortest(_ v: String) -> String? {
        if let simple = simple(v) { return simple }
        guard let d = Double(v), d.isFinite else { return nil }
        return plain(d)
    }

    /// The common case without a detour through a double: plain decimal text (`85.15`, `-3`, `90.50`)
    /// with at most 15 significant digits, which a double holds exactly as written; only zeros at
    /// either end go. Nil for anything else (17 digits, an exponent).
    static func simple(_ v: String) -> String? {
        var u = Array(v.utf8)
        guard !u.isEmpty, u.count <= 17 else { return nil }
        let negative = u[0] == 0x2D
        var digits = 0, point: Int?
        for (i, b) in u.enumerated() where !(i == 0 && negative) {
            if b >= 0x30 && b <= 0x39 { digits += 1 } else if b == 0x2E, point == nil { point = i } else { return nil }
        }
        guard digits > 0, digits <= 15 else { return nil }
        if point != nil {
            while u.last == 0x30 { u.removeLast() }
            if u.last == 0x2E { u.removeLast() }
        }
        let start = negative ? 1 : 0
        var lead = start
        while lead + 1 < u.count, u[lead] == 0x30, u[lead + 1] != 0x2E { lead += 1 }
        u.removeSubrange(start..<lead)
        if u == [0x2D, 0x30] || u == [0x2D] || u.isEmpty { return "0" }
        if u.first == 0x2E || (negative && u.count > 1 && u[1] == 0x2E) { return nil }
        return String(decoding: u, as: UTF8.self)
    }

    /// A double as plain decimal text with the fewest digits that give it back.
    static func plain(_ d: Double) -> String {
        if d == 0 { return "0" }
        var s = "\(d)"  // Swift prints the shortest round-trip digits, maybe with an exponent
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(s[s.index(after: e)...]) ?? 0
            s = String(s[..<e])
        }
        var digits = String(s.filter { $0 != "." })
        var point = (s.firstIndex(of: ".").map { s.distance(from: s.startIndex, to: $0) } ?? s.count) + exponent
        // Leading zeros of the digits move the point.
        while digits.count > 1, digits.first == "0" { digits.removeFirst(); point -= 1 }
        while digits.count > 1, digits.last == "0", digits.count > point { digits.removeLast() }
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            let i = digits.index(digits.startIndex, offsetBy: point)
            out = String(digits[..<i]) + "." + String(digits[i...])
        }
        if out.contains(".") {
            while out.last == "0" { out.removeLast() }
            if out.last == "." { out.removeLast() }
        }
        return (negative ? "-" : "") + out
    }
}
