import CetakCore
import CetakData
import Foundation
import Testing

/// Sheets as clerks make them (docs/data.md), CSV side: the header under title lines, unnamed columns
/// and empty rows ignored, the day/month order of a date column, identifiers typed as numbers.
@Suite struct ClerkSheetTests {
    static let specs = [ColumnSpec("mitra_id", required: true), ColumnSpec("tanggal", .date, required: true),
                        ColumnSpec("kegiatan"), ColumnSpec("nip")]

    @Test func headerUnderTitleLinesWithUnnamedColumns() throws {
        let text = """
            CATATAN KEGIATAN MITRA;;;;;
            Tahun 2019;;;;;
            ;;;;;
            No;mitra_id;tanggal;;kegiatan;
            1;M1;22/07/2019;;Perkenalan;catatan pinggir
            ;;;;;
            2;M2;23 Juli 2019;;Orientasi;

            """
        let t = try CSVReader.read(text: text, file: "kegiatan.csv", expecting: Self.specs)
        #expect(t.headerLine == 4)
        #expect(t.columns == ["no", "mitra_id", "tanggal", "kegiatan"])
        #expect(t.rows.map(\.line) == [5, 7])
        let (records, rejected) = t.records(columns: Self.specs)
        #expect(rejected.isEmpty)
        #expect(records.map { $0["tanggal"] } == [.date(CivilDate(year: 2019, month: 7, day: 22)!), .date(CivilDate(year: 2019, month: 7, day: 23)!)])
        // Locations keep the file's column: kegiatan is the 5th field.
        #expect(records[0].location(of: "kegiatan") == SourceLocation(file: "kegiatan.csv", line: 5, column: 5, field: "kegiatan"))
    }

    @Test func aTitleLineWithoutDelimitersDoesNotHideTheSemicolons() {
        #expect(CSVDelimiter.detect(Array("DAFTAR KEGIATAN\nmitra_id;tanggal\nM1;2019-07-22\n".utf8)) == UInt8(ascii: ";"))
    }

    @Test func theHeaderIsTheRowWithTheRequiredColumnsNotATitleNamedLikeOne() throws {
        let text = "kegiatan\nmitra_id,tanggal,kegiatan\nM1,2019-07-22,Perkenalan\n"
        let t = try CSVReader.read(text: text, file: "kegiatan.csv", expecting: Self.specs)
        #expect(t.headerLine == 2)
        #expect(t.rows.count == 1)
    }

    @Test func withoutTheFormTheFirstLineIsTheHeader() throws {
        let t = try CSVReader.read(text: "\n\na,b\n1,2\n", file: "x.csv")
        #expect(t.columns == ["a", "b"])
        #expect(t.headerLine == 3)
    }

    @Test func aMissingColumnSaysWhereTheHeaderWasFound() throws {
        let t = try CSVReader.read(text: "JUDUL\nmitra_id,kegiatan\nM1,x\n", file: "kegiatan.csv", expecting: Self.specs)
        let problems = t.columnProblems(Self.specs)
        #expect(problems.map(\.message) == ["column 'tanggal' is missing (the form needs it; the header was found on line 2)"])
    }

    @Test func aNameTheFormReadsTwiceIsAnErrorOthersAreNot() throws {
        #expect(throws: Diagnostics.self) {
            _ = try CSVReader.read(text: "mitra_id,tanggal,tanggal\nM1,2019-07-22,2019-07-23\n", file: "k.csv", expecting: Self.specs)
        }
        let t = try CSVReader.read(text: "mitra_id,tanggal,catatan,catatan\nM1,2019-07-22,a,b\n", file: "k.csv", expecting: Self.specs)
        #expect(t.columns == ["mitra_id", "tanggal", "catatan"])
    }

    @Test func aDateColumnWrittenMonthFirstIsRefusedWhole() throws {
        // 08/01/2019 alone reads 8 January; 07/29/2019 shows the column is month first: none is read.
        let text = "mitra_id,tanggal\nM1,08/01/2019\nM2,07/29/2019\nM3,07/30/2019\n"
        let t = try CSVReader.read(text: text, file: "kegiatan.csv", expecting: Self.specs)
        let problems = t.columnProblems(Self.specs)
        #expect(problems.count == 1)
        let d = try #require(problems.first)
        #expect(d.location == SourceLocation(file: "kegiatan.csv", line: 3, column: 2, field: "tanggal"))
        #expect(d.value == "07/29/2019")
        #expect(d.message.contains("month first"))
        #expect(d.message.contains("Indonesian locale"))
        #expect(d.message.contains("YYYY-MM-DD"))
    }

    @Test func dayFirstColumnsAndTextColumnsPass() throws {
        let text = "mitra_id,tanggal,kegiatan\nM1,08/01/2019,07/29/2019\nM2,29/07/2019,x\n"
        let t = try CSVReader.read(text: text, file: "kegiatan.csv", expecting: Self.specs)
        #expect(t.columnProblems(Self.specs).isEmpty)
        let (records, _) = t.records(columns: Self.specs)
        #expect(records[0]["tanggal"] == .date(CivilDate(year: 2019, month: 1, day: 8)!))
    }

    @Test func identifiersInScientificNotationAreRejected() throws {
        let text = "mitra_id,tanggal,nip,npsn_model,kepala_nip\nM1,2019-07-22,\"1,97506E+17\",2.04E+07,1.97511022003122E+017\nM2,2019-07-22,197506122001121003,20403260,-\n"
        let t = try CSVReader.read(text: text, file: "kegiatan.csv")
        let specs = Self.specs + [ColumnSpec("npsn_model", required: false), ColumnSpec("kepala_nip")]
        #expect(specs.filter { $0.type == .identifier }.map(\.name) == ["nip", "npsn_model", "kepala_nip"])
        let (records, rejected) = t.records(columns: specs)
        #expect(records.map { $0["nip"] } == [.string("197506122001121003")])
        #expect(rejected.map { $0.location?.field } == ["nip", "npsn_model", "kepala_nip"])
        #expect(rejected[0].message.contains("Format the column as Text"))
        #expect(rejected[0].value == "1,97506E+17")
    }

    @Test(arguments: [("nip", true), ("NPSN", true), ("nik", true), ("nip_kepala", true), ("kepala_nip", true), ("npsn_model", true),
                      ("nuptk", true), ("nisn", true), ("nama", false), ("snip", false), ("nipah", false), ("id", false), ("pasangan_id", false)])
    func identifierNames(_ name: String, _ identifier: Bool) {
        #expect(IdentifierColumn.matches(name) == identifier)
    }

    @Test(arguments: [("1,97506E+17", true), ("1.97511022003122E+017", true), ("2E+17", true), ("1e5", true), ("197506122001121003", false),
                      ("E+17", false), ("1,5", false), ("1E", false), ("1E+", false), ("12-3", false), ("1.2.3E4", false)])
    func scientificNotation(_ text: String, _ scientific: Bool) {
        #expect(IdentifierColumn.isScientific(text) == scientific)
    }
}
