import Testing
@testable import CetakCore

@Suite struct CivilDateTests {
    @Test func parsesTheThreeFormsOfDataMD() {
        #expect(CivilDate.parse("2026-11-22") == CivilDate(year: 2026, month: 11, day: 22))
        #expect(CivilDate.parse("22/11/2026") == CivilDate(year: 2026, month: 11, day: 22))
        #expect(CivilDate.parse("22-11-2026") == CivilDate(year: 2026, month: 11, day: 22))
        #expect(CivilDate.parse(" 2/8/2019 ") == CivilDate(year: 2019, month: 8, day: 2))
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CivilDate.parse("1972-02-30") == nil)
        #expect(CivilDate.parse("2023-02-29") == nil)
        #expect(CivilDate.parse("2024-02-29") != nil)
        #expect(CivilDate.parse("1900-02-29") == nil)
        #expect(CivilDate.parse("2000-02-29") != nil)
        #expect(CivilDate.parse("2026-13-01") == nil)
        #expect(CivilDate.parse("2026-1a-01") == nil)
        #expect(CivilDate.parse("") == nil)
    }

    @Test func weekdayAndEpochRoundTrip() {
        let d = CivilDate(year: 2019, month: 7, day: 29)!
        #expect(d.weekday == 1) // Monday
        #expect(CivilDate(daysSinceEpoch: d.daysSinceEpoch) == d)
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(CivilDate(year: 2026, month: 11, day: 22)!.weekday == 0) // Sunday
    }

    @Test func decimalCommaRoundsHalfUpExactly() {
        #expect(DecimalText.comma(DecimalText.parse("85.075")!, scale: 2) == "85,08")
        #expect(DecimalText.comma(DecimalText.parse("87,5")!, scale: 2) == "87,50")
        #expect(DecimalText.comma(DecimalText.parse("0.1")! + DecimalText.parse("0.2")!, scale: 1) == "0,3")
        #expect(DecimalText.parse("8a") == nil)
        #expect(DecimalText.parse("1.2.3") == nil)
        #expect(DecimalText.parse(",5") == nil)
    }
}
