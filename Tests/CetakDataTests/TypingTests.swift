import CetakCore
import CetakData
import Foundation
import Testing

@Suite("Typing")
struct TypingTests {
    let calonSpecs = [
        ColumnSpec("nip", .text, required: true),
        ColumnSpec("tanggal_lahir", .date, required: true),
        ColumnSpec("makalah", .number),
        ColumnSpec("berkas_cv", .bool),
    ]

    @Test func goodRowsBecomeTypedRecords() throws {
        let text = """
            nip,nama,tanggal_lahir,makalah,berkas_cv
            197205141998031006, Bambang  Sutrisno ,1972-05-14,82.5,ya
            198101232005012003,Siti,23/01/1981,"70,5",tidak
            198203042006041001,Agus,04-03-1982,,
            """
        let t = try CSVReader.read(text: text, file: "Data/calon.csv")
        let (records, rejected) = t.records(columns: calonSpecs)
        #expect(rejected.isEmpty)
        #expect(records.count == 3)
        let r = records[0]
        #expect(r.dataset == "calon")
        #expect(r.location == SourceLocation(file: "Data/calon.csv", line: 2))
        #expect(r.order == ["nip", "nama", "tanggal_lahir", "makalah", "berkas_cv"])
        #expect(r["nip"] == .string("197205141998031006"))
        #expect(r["nama"] == .string("Bambang  Sutrisno")) // outer spaces trimmed, inner kept
        #expect(r["tanggal_lahir"] == .date(try #require(CivilDate(year: 1972, month: 5, day: 14))))
        #expect(r["makalah"] == .number(Decimal(string: "82.5")!))
        #expect(r["berkas_cv"] == .bool(true))
        #expect(r.location(of: "makalah") == SourceLocation(file: "Data/calon.csv", line: 2, column: 4, field: "makalah"))
        #expect(records[1]["makalah"] == .number(Decimal(string: "70.5")!))
        #expect(records[1]["tanggal_lahir"] == .date(try #require(CivilDate(year: 1981, month: 1, day: 23))))
        #expect(records[1]["berkas_cv"] == .bool(false))
        #expect(records[2]["tanggal_lahir"] == .date(try #require(CivilDate(year: 1982, month: 3, day: 4))))
        #expect(records[2]["makalah"] == .null)
        #expect(records[2]["berkas_cv"] == .null)
    }

    @Test func badDateRejectsThatRecordOnlyWithFieldAndValue() throws {
        let text = "nip,tanggal_lahir\n1,1972-05-14\n2,1972-02-30\n3,2000-01-01\n"
        let t = try CSVReader.read(text: text, file: "Data/calon.csv")
        let (records, rejected) = t.records(columns: calonSpecs)
        #expect(records.map { $0["nip"] } == [.string("1"), .string("3")])
        #expect(rejected.count == 1)
        let d = rejected[0]
        #expect(d.location == SourceLocation(file: "Data/calon.csv", line: 3, column: 2, field: "tanggal_lahir"))
        #expect(d.value == "1972-02-30")
        #expect(d.description == #"Data/calon.csv:3:tanggal_lahir: error: "1972-02-30" is not a date (write e.g. 22/07/2019, 22 Juli 2019 or 2019-07-22)"#)
    }

    @Test func letterInNumberIsRejected() throws {
        let t = try CSVReader.read(text: "nip;makalah\n1;8a\n", file: "nilai.csv")
        let (records, rejected) = t.records(columns: [ColumnSpec("makalah", .number)])
        #expect(records.isEmpty)
        #expect(rejected.first?.message == #""8a" is not a number"#)
        #expect(rejected.first?.value == "8a")
        #expect(rejected.first?.location?.field == "makalah")
    }

    @Test func twoBadCellsGiveTwoDiagnosticsOneRejectedRecord() throws {
        let t = try CSVReader.read(text: "a,b,c\nx,y,z\n1,2\n", file: "t.csv")
        let (records, rejected) = t.records(columns: [ColumnSpec("a", .number), ColumnSpec("b", .date)])
        #expect(records.isEmpty)
        // The table's own rejected row (line 3) comes first, then the cells of line 2.
        #expect(rejected.map { $0.location?.line } == [3, 2, 2])
        #expect(rejected.map { $0.location?.field } == [nil, "a", "b"])
    }

    @Test(arguments: [
        ("ya", true), ("Tidak", false), ("y", true), ("t", false), ("YES", true), ("no", false),
        ("1", true), ("0", false), ("true", true), ("False", false), (" ya ", true),
    ])
    func yesNoSpellings(text: String, expected: Bool) throws {
        #expect(try CellConversion.value(text, as: .bool).get() == .bool(expected))
    }

    @Test func notYesOrNo() {
        let r = CellConversion.value("mungkin", as: .bool)
        #expect(throws: ConversionFailure.self) { try r.get() }
    }

    @Test func emptyIsNullForEveryType() throws {
        for kind in [ColumnSpec.Kind.text, .date, .number, .bool] {
            #expect(try CellConversion.value("  ", as: kind).get() == .null)
            #expect(try CellConversion.value("", as: kind).get() == .null)
        }
    }

    @Test func textKeepsItsInsideAndLosesOuterSpace() throws {
        #expect(try CellConversion.value("\u{00A0} a \n b \t", as: .text).get() == .string("a \n b"))
        #expect(CellConversion.trimmedOuter("abc") == "abc")
        #expect(CellConversion.trimmedOuter("   ") == "")
    }

    @Test func unknownColumnsStayTextOrNull() throws {
        let t = try CSVReader.read(text: "nip,catatan,kosong\n1, 8a ,\n", file: "t.csv")
        let (records, rejected) = t.records(columns: [ColumnSpec("nip", .number)])
        #expect(rejected.isEmpty)
        #expect(records[0]["catatan"] == .string("8a"))
        #expect(records[0]["kosong"] == .null)
        #expect(records[0]["nip"] == .number(1))
    }

    @Test func missingRequiredColumnNamesFileAndColumn() throws {
        let t = try CSVReader.read(text: "mitra_id;tahap\nM01;ojl1\n", file: "Data/kegiatan.csv")
        let specs = [ColumnSpec("mitra_id", required: true), ColumnSpec("tanggal", .date, required: true),
                     ColumnSpec("catatan")]
        let missing = t.missingColumns(specs)
        #expect(missing.map(\.description) == ["Data/kegiatan.csv: error: column 'tanggal' is missing (the form needs it)"])
    }

    @Test func jsonRowsAreTypedWithJSONLocations() throws {
        let text = "[\n {\"nip\": \"1\", \"tanggal_lahir\": \"1972-02-30\"},\n {\"nip\": 2, \"tanggal_lahir\": \"22/11/2026\", \"berkas_cv\": true}\n]"
        let t = try JSONTable.read(text: text, file: "calon.json")
        let (records, rejected) = t.records(columns: calonSpecs)
        #expect(records.count == 1)
        #expect(records[0]["nip"] == .string("2"))
        #expect(records[0]["berkas_cv"] == .bool(true))
        #expect(records[0].location == SourceLocation(file: "calon.json", line: 3))
        #expect(rejected.first?.location == SourceLocation(file: "calon.json", line: 2, column: 32, field: "tanggal_lahir"))
    }
}

@Suite("Conversion agrees with CetakCore")
struct ConversionAgreementTests {
    static let dateTexts = ["2026-11-22", "22/11/2026", "22-11-2026", "1/1/2026", "1-12-2026", "01/02/2026", "1972-02-30",
                        "29/02/2023", "29/02/2024", "2026/11/22", "1/1-2026", "1--1-2026", "22.11.2026", "2026-1-5",
                        "0000-01-01", "10000-01-01", "1/13/2026", "٢٠٢٦-١١-٢٢", "20261122", "x"]
    static let numberTexts = ["0", "-0", "+5", "82.5", "70,5", "-12.50", "1.234,5", "5.", ".5", "-.5", "1e3", "8a",
                          "123456789012345678", "1234567890123456789012", "0,0001", "٣", "--1", "1 000"]
    static let yesNoTexts = ["ya", "YA", "Tidak", "y", "T", "yes", "No", "n", "1", "0", "true", "FALSE", "benar", "salah",
                        "v", "✓", "mungkin", "yaa"]

    @Test(arguments: dateTexts)
    func sameDates(text: String) {
        let expected: Value? = CivilDate.parse(text).map { .date($0) }
        #expect((try? CellConversion.value(text, as: .date).get()) == expected)
    }

    @Test(arguments: numberTexts)
    func sameNumbers(text: String) {
        let expected: Value? = DecimalText.parse(text).map { .number($0) }
        #expect((try? CellConversion.value(text, as: .number).get()) == expected)
    }

    @Test(arguments: yesNoTexts)
    func sameYesNo(text: String) {
        let expected: Value? = YesNo.parse(text).map { .bool($0) }
        #expect((try? CellConversion.value(text, as: .bool).get()) == expected)
    }
}
