import Testing
import CetakCore
@testable import CetakRules

@Suite struct IndonesianDateTests {
    @Test func longDateHasNoLeadingZero() {
        #expect(IndonesianDate.long(day("2026-11-22")) == "22 November 2026")
        #expect(IndonesianDate.long(day("2019-08-02")) == "2 Agustus 2019")
        #expect(IndonesianDate.long(day("2024-02-29")) == "29 Februari 2024")
    }

    @Test func allMonthNames() {
        let names = (1...12).map { IndonesianDate.monthYear(day("2019-\($0 < 10 ? "0" : "")\($0)-01")) }
        #expect(names == ["Januari 2019", "Februari 2019", "Maret 2019", "April 2019", "Mei 2019", "Juni 2019",
                          "Juli 2019", "Agustus 2019", "September 2019", "Oktober 2019", "November 2019", "Desember 2019"])
        #expect(IndonesianDate.monthName(0) == "")
        #expect(IndonesianDate.monthName(13) == "")
    }

    @Test func weekdays() {
        #expect(IndonesianDate.withWeekday(day("2019-07-22")) == "Senin, 22 Juli 2019")
        #expect(IndonesianDate.withWeekday(day("2026-11-22")) == "Minggu, 22 November 2026")
        #expect(IndonesianDate.withWeekday(day("2024-02-29")) == "Kamis, 29 Februari 2024")
        let week = (21...27).map { IndonesianDate.weekdayName(day("2019-07-\($0)")) }
        #expect(week == ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"])
    }

    @Test func monthKeyIsZeroPadded() {
        #expect(IndonesianDate.monthKey(day("2019-09-30")) == "2019-09")
        #expect(IndonesianDate.monthKey(day("2019-12-01")) == "2019-12")
    }

    @Test func rangeSameDay() {
        #expect(IndonesianDate.range(from: day("2019-07-22"), to: day("2019-07-22")) == "22 Juli 2019")
    }

    @Test func rangeWithinMonth() {
        #expect(IndonesianDate.range(from: day("2019-07-21"), to: day("2019-07-27")) == "21 \u{2013} 27 Juli 2019")
        #expect(IndonesianDate.range(from: day("2024-02-27"), to: day("2024-02-29")) == "27 \u{2013} 29 Februari 2024")
    }

    @Test func rangeAcrossMonths() {
        #expect(IndonesianDate.range(from: day("2019-07-29"), to: day("2019-08-02")) == "29 Juli \u{2013} 2 Agustus 2019")
        #expect(IndonesianDate.range(from: day("2024-02-29"), to: day("2024-03-01")) == "29 Februari \u{2013} 1 Maret 2024")
    }

    @Test func rangeAcrossYears() {
        #expect(IndonesianDate.range(from: day("2019-12-30"), to: day("2020-01-03"))
                == "30 Desember 2019 \u{2013} 3 Januari 2020")
    }

    @Test func rangeEndsInEitherOrder() {
        #expect(IndonesianDate.range(from: day("2019-07-27"), to: day("2019-07-21")) == "21 \u{2013} 27 Juli 2019")
    }

    @Test func rangeOfListUsesEarliestAndLatest() {
        let dates = [day("2019-07-24"), day("2019-07-21"), day("2019-07-27"), day("2019-07-22")]
        #expect(IndonesianDate.range(of: dates) == "21 \u{2013} 27 Juli 2019")
        #expect(IndonesianDate.range(of: [day("2019-07-22"), day("2019-07-22")]) == "22 Juli 2019")
        #expect(IndonesianDate.range(of: []) == nil)
    }
}
