import Testing
@testable import CetakCore

/// Dates as people type them (docs/data.md), and what each spelling says about day/month order.
@Suite struct DateTextTests {
    static let day = CivilDate(year: 2026, month: 11, day: 22)!

    @Test(arguments: [
        "2026-11-22", "22/11/2026", "22-11-2026", "22.11.2026", "22 November 2026", "Minggu, 22 November 2026",
        "22 Nov 2026", "22 nov. 2026", "22 NOPEMBER 2026", "Minggu 22 November 2026", "minggu,22 november 2026",
        "2026-11-22 00:00:00", "22/11/2026 08.00", "22/11/2026 8:30", "2026-11-22T00:00:00", "2026-11-22T08:00:00Z",
        "22/11/2026 08:00:00.000", "22-Nov-2026", "Sunday, November 22, 2026", "November 22, 2026", "22 November 2026 08.00 WIT",
        "22/11/2026 8:30 PM", "2026/11/22", " 22 / 11 / 2026 ".replacingOccurrences(of: " / ", with: "/"), "22 Nop 2026",
        "Ahad, 22 Nov 2026", "2026-11-22 08:00:00+07:00",
    ])
    func spellingsOfOneDay(_ text: String) {
        #expect(DateText.date(text) == Self.day, "\(text)")
        #expect(CivilDate.parse(text) == Self.day, "\(text)")
    }

    @Test func indonesianAndEnglishMonthsAndAbbreviations() {
        let months: [(String, Int)] = [
            ("Januari", 1), ("Jan", 1), ("Februari", 2), ("Pebruari", 2), ("Feb", 2), ("Maret", 3), ("Mar", 3), ("April", 4),
            ("Mei", 5), ("May", 5), ("Juni", 6), ("Juli", 7), ("Jul", 7), ("Agustus", 8), ("Agu", 8), ("Agt", 8), ("Aug", 8),
            ("September", 9), ("Sep", 9), ("Sept", 9), ("Oktober", 10), ("Okt", 10), ("Oct", 10), ("November", 11),
            ("Desember", 12), ("Des", 12), ("Dec", 12),
        ]
        for (name, m) in months { #expect(DateText.date("3 \(name) 2019")?.month == m, "\(name)") }
    }

    @Test(arguments: [
        "", "2019", "Juli 2019", "22 Juli", "22/11/26", "2026-13-01", "31/04/2019", "29/02/2023", "22 Julio 2019",
        "22/11-2026", "22//11/2026", "22/11/2026 25:00", "22/11/2026 08.61", "22/11/2026 pagi", "Senin", "1.5", "85,15",
        "22/11/2026x", "2026-11-22 00:00:00 kemarin", "Mingu, 22 November 2026", "13 PM 2026",
    ])
    func notDates(_ text: String) {
        #expect(DateText.parse(text) == .notADate, "\(text)")
        #expect(CivilDate.parse(text) == nil)
    }

    @Test func monthFirstOnlyIsToldApartAndNeverTakenDayFirst() {
        #expect(DateText.parse("07/29/2019") == .monthFirst(CivilDate(year: 2019, month: 7, day: 29)!))
        #expect(DateText.parse("7/29/2019 10:00") == .monthFirst(CivilDate(year: 2019, month: 7, day: 29)!))
        #expect(CivilDate.parse("07/29/2019") == nil)
        // Both readings possible: read day first, but marked as ambiguous.
        #expect(DateText.parse("08/01/2019") == .date(CivilDate(year: 2019, month: 1, day: 8)!, ambiguous: true))
        #expect(DateText.parse("05/05/2019") == .date(CivilDate(year: 2019, month: 5, day: 5)!, ambiguous: false))
        #expect(DateText.parse("29/07/2019") == .date(CivilDate(year: 2019, month: 7, day: 29)!, ambiguous: false))
        #expect(DateText.parse("2019-07-08") == .date(CivilDate(year: 2019, month: 7, day: 8)!, ambiguous: false))
        #expect(DateText.parse("8 Januari 2019") == .date(CivilDate(year: 2019, month: 1, day: 8)!, ambiguous: false))
        // Not a date either way.
        #expect(DateText.parse("02/30/2019") == .notADate)
        #expect(DateText.parse("13/13/2019") == .notADate)
    }

    @Test func aWrongWeekdayIsNoDate() {
        let d = CivilDate(year: 2019, month: 7, day: 23)!
        #expect(DateText.parse("Senin, 23 Juli 2019") == .weekdayMismatch(d, written: "Senin"))
        #expect(DateText.parse("Selasa, 23 Juli 2019") == .date(d, ambiguous: false))
        #expect(CivilDate.parse("Senin, 23 Juli 2019") == nil)
        #expect(DateText.parse("Jum'at, 26 Juli 2019") == .date(CivilDate(year: 2019, month: 7, day: 26)!, ambiguous: false))
    }

    @Test func longFormIsWhatTheFormsPrint() {
        #expect(DateText.long(CivilDate(year: 2019, month: 7, day: 2)!) == "2 Juli 2019")
    }

    @Test(arguments: [("sudah", true), ("Belum", false), ("✓", true), ("✔", true), ("√", true), ("☑", true), ("☐", false),
                      ("", false), ("tdk", false), ("YA", true)])
    func yesAndNo(_ text: String, _ value: Bool) {
        #expect(YesNo.parse(text) == value)
    }

    @Test func cellReferences() {
        #expect(SourceLocation.columnLetters(1) == "A")
        #expect(SourceLocation.columnLetters(26) == "Z")
        #expect(SourceLocation.columnLetters(27) == "AA")
        #expect(SourceLocation.columnLetters(16_384) == "XFD")
        let at = SourceLocation(file: "b.xlsx", line: 17, column: 2, field: "nip", sheet: "peserta")
        #expect(at.description == "b.xlsx:peserta!B17:nip")
        #expect(at.cell == "B17")
        #expect(SourceLocation(file: "b.xlsx", line: 17, sheet: "peserta").description == "b.xlsx:peserta:17")
        #expect(SourceLocation(file: "b.xlsx", sheet: "peserta").description == "b.xlsx:peserta")
        #expect(SourceLocation(file: "a.csv", line: 3, column: 2, field: "nip").description == "a.csv:3:nip")
    }
}
