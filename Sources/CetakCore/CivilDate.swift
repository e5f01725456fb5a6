import Foundation

/// A calendar date with no time and no time zone (the forms only ever print days).
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2019.
    public let year: Int
    /// Month 1–12.
    public let month: Int
    /// Day 1–31.
    public let day: Int

    /// Creates a date, or nil when no such day exists (30 February, month 13, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), year >= 1, year <= 9999,
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// True in a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date a number of days after 1970-01-01.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { let w = (daysSinceEpoch + 4) % 7; return w < 0 ? w + 7 : w }

    /// Orders by day.
    public static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// ISO form `YYYY-MM-DD`.
    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Parses a date as docs/data.md lists them (`2026-11-22`, `22/11/2026`, `22.11.2026`, `22 Juli 2019`,
    /// `Senin, 22 Juli 2019`, with or without a time), numeric dates day first; nil when the text is
    /// not a date, the day does not exist, it can only be month first or its weekday is wrong.
    /// See `DateText` for how a whole column is read.
    public static func parse(_ text: String) -> CivilDate? {
        DateText.date(text)
    }
}

