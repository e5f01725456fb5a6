import CetakCore

/// Dates written the Indonesian way: "22 November 2026", "Senin, 22 Juli 2019", "21 – 27 Juli 2019".
public enum IndonesianDate {
    /// Month names, January first.
    public static let monthNames = DateText.indonesianMonths

    /// Weekday names, Sunday (0) first, matching `CivilDate.weekday`.
    public static let weekdayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]

    /// The en dash with spaces that separates the ends of a range.
    public static let rangeSeparator = " \u{2013} "

    /// The name of a month 1–12 ("Juli"); "" outside that range.
    public static func monthName(_ month: Int) -> String {
        (1...12).contains(month) ? monthNames[month - 1] : ""
    }

    /// The weekday name of a date ("Senin").
    public static func weekdayName(_ date: CivilDate) -> String { weekdayNames[date.weekday] }

    /// "22 November 2026" (day without a leading zero).
    public static func long(_ date: CivilDate) -> String { DateText.long(date) }

    /// "Senin, 22 Juli 2019".
    public static func withWeekday(_ date: CivilDate) -> String {
        "\(weekdayName(date)), \(long(date))"
    }

    /// "September 2019".
    public static func monthYear(_ date: CivilDate) -> String {
        "\(monthName(date.month)) \(date.year)"
    }

    /// "2019-09": the key that groups dates by calendar month (sorts like the months do).
    public static func monthKey(_ date: CivilDate) -> String {
        let y = String(date.year)
        let m = String(date.month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" : "") + m
    }

    /// The span between two days, sharing what they share: "22 Juli 2019", "21 – 27 Juli 2019",
    /// "29 Juli – 2 Agustus 2019", "30 Desember 2019 – 3 Januari 2020". The ends may come in any order.
    public static func range(from a: CivilDate, to b: CivilDate) -> String {
        let (from, to) = a <= b ? (a, b) : (b, a)
        if from == to { return long(from) }
        if from.year == to.year, from.month == to.month {
            return "\(from.day)\(rangeSeparator)\(long(to))"
        }
        if from.year == to.year {
            return "\(from.day) \(monthName(from.month))\(rangeSeparator)\(long(to))"
        }
        return "\(long(from))\(rangeSeparator)\(long(to))"
    }

    /// The span from the earliest to the latest of some days; nil when there are none.
    public static func range(of dates: [CivilDate]) -> String? {
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return range(from: first, to: last)
    }
}
