import CetakCore
import CetakData
import CetakXLSX
import Foundation
import Testing

/// Workbooks saved by LibreOffice Calc (Tests/make-xlsx-fixtures.py): cells of every kind, a
/// two-row header with merged cells under a title, the 1904 date system, a konteks sheet.
@Suite struct LibreOfficeWorkbookTests {
    static let specs = [
        ColumnSpec("nama", required: true), ColumnSpec("makalah", .number), ColumnSpec("rtp", .number),
        ColumnSpec("tanggal", .date), ColumnSpec("nip"), ColumnSpec("jam"), ColumnSpec("terlaksana", .bool),
        ColumnSpec("jumlah", .number), ColumnSpec("galat"), ColumnSpec("persen", .number),
    ]

    func cells() throws -> DataTable {
        let book = try XLSXWorkbook(path: Fixture.path("cells.xlsx"))
        #expect(book.sheetNames == ["Data", "catatan", "konteks"])
        #expect(!book.date1904)
        let sheet = try #require(book.sheet(named: "data"))
        return try book.table(sheet: sheet, dataset: "data", expecting: Self.specs)
    }

    @Test func headerUnderTheTitleWithMergedCellsAndNoUnnamedColumns() throws {
        let t = try cells()
        // A3:A4 "nama" merged down; "Nilai" merged over B3:C3 gives way to makalah and rtp under it;
        // the bordered empty columns K and L have no name and are left out.
        #expect(t.columns == ["nama", "makalah", "rtp", "tanggal", "nip", "jam", "terlaksana", "jumlah", "galat", "persen"])
        #expect(t.headerLine == 3)
        #expect(t.sheet == "Data")
        // Rows 5, 6, 8, 9; the empty row 7 and the bordered empty row 10 are skipped.
        #expect(t.rows.map(\.line) == [5, 6, 8, 9])
    }

    @Test func cellTextsAreWhatTheSheetShows() throws {
        let t = try cells()
        let r = t.rows
        #expect(r[0]["nama"] == "Yosias Wenda")            // rich text: the runs joined
        #expect(r[0]["makalah"] == "85.15")
        #expect(r[0]["rtp"] == "90")                        // a whole number without ".0"
        #expect(r[0]["tanggal"] == "2019-07-22")            // a date cell (dd/mm/yyyy)
        #expect(r[0]["jam"] == "08.30")                     // a time cell
        #expect(r[0]["terlaksana"] == "true")
        #expect(r[0]["jumlah"] == "175.15")                 // a formula: its saved result
        #expect(r[0]["galat"] == "#N/A")
        #expect(r[0]["persen"] == "0.5")
        #expect(r[1]["makalah"] == "-3.5")
        #expect(r[1]["tanggal"] == "2019-07-23 08:30")      // date and time
        #expect(r[1]["jumlah"] == "-3.4")
        #expect(r[2]["makalah"] == "0.0000001")
        #expect(r[2]["rtp"] == "12345678901234600000")
        #expect(r[2]["tanggal"] == "2019-07-29")            // "dddd, d mmmm yyyy" in Indonesian
        #expect(r[3]["tanggal"] == "1900-03-01")            // serial 61
    }

    @Test func typedRecordsAndRejectionsNameSheetCellAndColumn() throws {
        let t = try cells()
        #expect(t.columnProblems(Self.specs).isEmpty)
        let (records, rejected) = t.records(columns: Self.specs)
        // Row 5: the formula error; row 6: the NIP typed as a number; row 8: the NIP as 1,97506E+17.
        #expect(records.map { $0["nama"] } == [.string("Daud")])
        let d = records[0]
        #expect(d["tanggal"] == .date(CivilDate(year: 1900, month: 3, day: 1)!))
        #expect(rejected.map { $0.location?.description ?? "" } == [
            Fixture.path("cells.xlsx") + ":Data!I5:galat",
            Fixture.path("cells.xlsx") + ":Data!E6:nip",
            Fixture.path("cells.xlsx") + ":Data!E8:nip",
        ])
        #expect(rejected[0].message.contains("formula error #N/A"))
        #expect(rejected[1].message.contains("format the column as Text"))
        #expect(rejected[1].value == "197708212002122000")
        #expect(rejected[2].message.contains("Format the column as Text"))
        #expect(rejected.allSatisfy { $0.location?.cell != nil })
    }

    @Test func numbersDatesAndYesNoAreTypedAndUndeclaredColumnsRejectNothing() throws {
        let t = try cells()
        let specs = Self.specs.filter { $0.name != "nip" && $0.name != "galat" }
        let (records, rejected) = t.records(columns: specs)
        #expect(rejected.isEmpty)
        #expect(records.count == 4)
        // Undeclared, they are read as their names say, and what cannot be read is left empty: never printed.
        #expect(records.map { $0["nip"] } == [.string("197506122001121003"), .null, .null, .null])
        #expect(records[0]["galat"] == .null)
        #expect(records[0]["makalah"] == .number(Decimal(string: "85.15")!))
        #expect(records[0]["terlaksana"] == .bool(true))
        #expect(records[1]["terlaksana"] == .bool(false))
        #expect(records[2]["terlaksana"] == .bool(true))    // "sudah"
        #expect(records[1]["tanggal"] == .date(CivilDate(year: 2019, month: 7, day: 23)!))
        #expect(records[0]["nip"] == .string("197506122001121003"))
        // A record knows its cells as the sheet names them, for the checks made after typing.
        #expect(records[1].location(of: "persen")?.description == Fixture.path("cells.xlsx") + ":Data!J6:persen")
        #expect(records[0].location?.description == Fixture.path("cells.xlsx") + ":Data:5")
    }

    @Test func konteksSheet() throws {
        let book = try XLSXWorkbook(path: Fixture.path("cells.xlsx"))
        let ctx = try #require(try book.context(sheet: "konteks").record)
        #expect(ctx["tempat"] == .string("Jayapura"))
        #expect(ctx["tanggal"] == .date(CivilDate(year: 2019, month: 12, day: 20)!))
        #expect(ctx["tahun"] == .number(2019))
        #expect(ctx["kepala_dinas"].record?["nama"] == .string("Drs. Markus Wanma, M.Si."))
        #expect(ctx["kepala_dinas"].record?["nip"] == .string("196804121994031008"))
        let penilai = try #require(ctx["penilai"].list)
        #expect(penilai.map { $0.record?["nama"] ?? .null } == [.string("Yosina Rumadas, S.Pd., M.Pd."), .string("Drs. Petrus Mandacan, M.M.")])
        #expect(penilai[0].record?["nip"] == .string("197011201995122001"))
        #expect(!ctx.has("kosong"))
        #expect(ctx.location(of: "tempat")?.description == Fixture.path("cells.xlsx") + ":konteks!B2:tempat")
    }

    @Test func datesBeforeMarch1900AsLibreOfficeNumbersThem() throws {
        // Calc writes 1900-02-28 as 60 (Excel's phantom 29 February): a Calc workbook is read as Calc meant it.
        let book = try XLSXWorkbook(path: Fixture.path("tanggal-awal.xlsx"))
        let t = try book.table(sheet: "tanggal", dataset: "tanggal", expecting: nil)
        #expect(t.rows.map { $0["tanggal"] ?? "" } == ["1900-01-01", "1900-02-28", "1900-03-01", "1899-12-31"])
    }

    @Test func the1904DateSystem() throws {
        let book = try XLSXWorkbook(path: Fixture.path("tanggal-1904.xlsx"))
        #expect(book.date1904)
        let t = try book.table(sheet: "tanggal", dataset: "tanggal", expecting: nil)
        #expect(t.rows.map { $0["tanggal"] ?? "" } == ["2019-07-22", "1904-01-01", "2026-11-22"])
        #expect(t.rows.map { $0["waktu"] ?? "" } == ["2019-07-22 08:00", "1904-01-02 23:59", "2026-11-22"])
        let (records, rejected) = t.records(columns: [ColumnSpec("tanggal", .date), ColumnSpec("waktu", .date)])
        #expect(rejected.isEmpty)
        #expect(records.map { $0["waktu"] } == [CivilDate(year: 2019, month: 7, day: 22), CivilDate(year: 1904, month: 1, day: 2),
                                                   CivilDate(year: 2026, month: 11, day: 22)].map { Value.date($0!) })
    }
}
