import CetakCore
@testable import CetakXLSX
import Testing

/// The arithmetic and the format rules behind a cell's text: serial dates, shortest numbers, date formats.
@Suite struct CellValueTests {
    @Test(arguments: [
        (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (25_569, "1970-01-01"),
        (43_668, "2019-07-22"), (2_958_465, "9999-12-31"),
    ])
    func serialsOfThe1900System(serial: Int, iso: String) {
        #expect(SerialDate.day(serial, date1904: false)?.description == iso)
    }

    @Test func serial60AndZeroAreNoDay() {
        // Excel's 29 February 1900 (a Lotus 1-2-3 bug kept for compatibility) and its "0 January 1900".
        #expect(SerialDate.day(60, date1904: false) == nil)
        #expect(SerialDate.day(0, date1904: false) == nil)
        #expect(SerialDate.day(-1, date1904: false) == nil)
        #expect(SerialDate.day(2_958_466, date1904: false) == nil)
    }

    @Test func libreOfficeCountsWithoutThePhantomDay() {
        #expect(SerialDate.day(60, date1904: false, calc: true)?.description == "1900-02-28")
        #expect(SerialDate.day(1, date1904: false, calc: true)?.description == "1899-12-31")
        #expect(SerialDate.day(61, date1904: false, calc: true)?.description == "1900-03-01")
        #expect(SerialDate.day(43_668, date1904: false, calc: true)?.description == "2019-07-22")
    }

    @Test func serialsOfThe1904System() {
        #expect(SerialDate.day(0, date1904: true)?.description == "1904-01-01")
        #expect(SerialDate.day(60, date1904: true)?.description == "1904-03-01")
        #expect(SerialDate.day(42_206, date1904: true)?.description == "2019-07-22")
    }

    @Test func timeOfDayRoundsToTheSecondOnlyWhenATimeIsShown() throws {
        let t = try #require(SerialDate.split(43_669.354166666667, rounding: true))
        #expect(t.day == 43_669 && t.seconds == 8 * 3600 + 30 * 60)
        let late = try #require(SerialDate.split(43_668.999_999_9, rounding: true))
        #expect(late.day == 43_669 && late.seconds == 0)
        let dateOnly = try #require(SerialDate.split(43_668.999_999_9, rounding: false))
        #expect(dateOnly.day == 43_668)
        #expect(SerialDate.time(8 * 3600 + 30 * 60) == "08.30")
        #expect(SerialDate.time(13 * 3600 + 5 * 60 + 9) == "13.05.09")
        #expect(SerialDate.split(.nan, rounding: true) == nil)
        #expect(SerialDate.split(-0.5, rounding: true) == nil)
    }

    @Test(arguments: [
        ("85.150000000000006", "85.15"), ("85.15", "85.15"), ("12", "12"), ("12.0", "12"), ("1.2E+1", "12"),
        ("1E-007", "0.0000001"), ("1.97708212002122E+017", "197708212002122000"), ("-0.5", "-0.5"),
        ("100.00000000000001", "100.00000000000001"), ("0.1", "0.1"), ("0.30000000000000004", "0.30000000000000004"),
        ("-0", "0"), ("007", "7"), ("123456789012345678", "123456789012345680"), ("2.5E-3", "0.0025"),
    ])
    func numbersAreTheShortestDecimalOfTheDouble(v: String, text: String) {
        #expect(NumberText.shortest(v) == text)
    }

    @Test func notANumber() {
        #expect(NumberText.shortest("abc") == nil)
        #expect(NumberText.shortest("inf") == nil)
    }

    @Test(arguments: [
        (14, NumberFormat.date), (15, .date), (17, .date), (22, .dateTime), (18, .time), (21, .time), (45, .time),
        (47, .time), (0, .number), (1, .number), (9, .number), (49, .number), (30, .date), (57, .date),
    ])
    func builtInFormats(id: Int, kind: NumberFormat) {
        #expect(NumberFormat.builtIn(id) == kind)
    }

    @Test(arguments: [
        ("General", NumberFormat.number), ("0.00", .number), ("#,##0", .number), ("0%", .number), ("@", .number),
        ("0.00E+00", .number), ("\"hari\" 0", .number), ("[Red]0.00;[Blue]-0.00", .number), ("#,##0 \"Rp\"", .number),
        ("_(* #,##0_);_(* (#,##0)", .number), ("\"BENAR\";\"BENAR\";\"SALAH\"", .number), ("[$Rp-421]#,##0", .number),
        ("dd/mm/yyyy", .date), ("[$-421]dddd\", \"d\\ mmmm\\ yyyy", .date), ("d-mmm-yy", .date), ("mmm-yy", .date),
        ("mmmm", .date), ("yyyy", .date), ("dd/mm/yyyy\\ hh:mm", .dateTime), ("yyyy-mm-dd hh:mm:ss", .dateTime),
        ("hh.mm", .time), ("h:mm AM/PM", .time), ("[h]:mm:ss", .time), ("mm:ss", .time), ("[mm]:ss", .time),
        ("h:mm a/p", .time), ("[$-F800]dddd, mmmm dd, yyyy", .date), ("ge.m.d", .date),
    ])
    func customFormats(code: String, kind: NumberFormat) {
        #expect(NumberFormat.of(code: code) == kind, "\(code)")
    }
}
