import CetakCore
import CetakData
import Testing

/// CSV rows and records whose text cells stay in the file's `CellTexts` (read when asked for).
@Suite("Compact rows")
struct CompactRowTests {
    /// The records of a CSV text, typed by `specs`.
    func records(_ text: String, _ specs: [ColumnSpec] = []) throws -> (table: DataTable, records: [Record], rejected: [Diagnostic]) {
        let t = try CSVReader.read(text: text, file: "d.csv")
        let (records, rejected) = t.records(columns: specs)
        return (t, records, rejected)
    }

    @Test func cellTextsGiveEachCellAndItsBlankness() {
        let texts = CellTexts(cells: ["ab", "", "  ", "x"])
        let all = CellSpan(texts: texts, first: 0, count: 4)
        #expect(all.strings == ["ab", "", "  ", "x"])
        #expect((0..<4).map { all[$0] } == ["ab", "", "  ", "x"])
        #expect((0..<4).map(all.isBlank) == [false, true, true, false])
        // A row starting at its first cell's byte: "ab" and its separator are 3 bytes.
        let span = CellSpan(texts: texts, first: 3, count: 2)
        #expect(span.strings == ["", "  "])
        #expect(span[1] == "  " && span[5] == "" && span.isBlank(5))
        #expect(!all.holdsNUL && CellSpan(texts: CellTexts(cells: ["a", "b\u{0}"]), first: 0, count: 2).holdsNUL)
        // A NUL in the cell after the span's last is not the span's.
        #expect(!CellSpan(texts: CellTexts(cells: ["a", "\u{0}"]), first: 0, count: 1).holdsNUL)
    }

    @Test func eachCellIsFollowedByASeparatorWhereTheFileHadADelimiterOrLineBreak() throws {
        // The file's own bytes: cells, then 0xFF where a delimiter or line break was; the last field of
        // a file without a final line break ends with the bytes.
        for (text, rows) in [
            ("a,b\n1,2", [["1", "2"]]),
            ("a,b\r\n1,2\r\n", [["1", "2"]]),
            ("a,b\r1,2\r", [["1", "2"]]),
            ("a,b\n1,\n,2", [["1", ""], ["", "2"]]),
            ("a,b\n\"\",\"\"\"\"", [["", "\""]]),
            ("a,b\n1,2,", [["1", "2"]]),
        ] {
            let t = try CSVReader.read(text: text, file: "d.csv")
            #expect(t.rows.map(\.values) == rows, "\(text)")
        }
        let t = try CSVReader.read(text: "a,b,c\nx,,\n", file: "d.csv")
        #expect(t.rows.map(\.values) == [["x", "", ""]])
        #expect(t.records(columns: []).records[0].values == [.string("x"), .null, .null])
    }

    @Test func rawRowsOfBytesThatAreNotUTF8() throws {
        // 0xFF separates cells in memory: a raw 0xFF of the input is read as U+FFFD, as before.
        let rows = try CSVReader.rawRows([0x61, 0xFF, 0x2C, 0x62, 0x0A, 0xC3, 0x2C, 0xFF, 0xFF], delimiter: 0x2C, file: "t")
        #expect(rows.map(\.fields) == [["a\u{FFFD}", "b"], ["\u{FFFD}", "\u{FFFD}\u{FFFD}"]])
    }

    @Test func aRecordOfCellsIsFiveWords() {
        // Shape, stored values, layout (with the file's texts), origin, and the line beside the byte where the
        // row's cells start: a dataset of 50,000 rows holds 50,000 boxes of 64 bytes, header included.
        #expect(MemoryLayout<Record>.size == 40)
    }

    @Test func quotedCellsAreWrittenBackInPlace() throws {
        // A doubled quote, a quoted CRLF, a quoted delimiter, stray text after a quote, an empty last field.
        let (t, r, _) = try records("a,b,c\n\"x \"\"y\"\"\",\"l1\r\nl2\",\"p,q\"z\n1,,\n")
        #expect(t.rows.map(\.values) == [["x \"y\"", "l1\nl2", "p,qz"], ["1", "", ""]])
        #expect(t.rows[0].line == 2 && t.rows[1].line == 4)
        #expect(r[0]["a"] == .string("x \"y\"") && r[0]["b"] == .string("l1\nl2") && r[0]["c"] == .string("p,qz"))
        #expect(r[1]["b"] == .null && r[1]["c"] == .null)
    }

    @Test func textCellsAreTrimmedAndTypedColumnsStored() throws {
        let (_, r, rejected) = try records("nama,tanggal,nilai\n  Sri  ,22/07/2019,\"85,5\"\n", [
            ColumnSpec("nama"), ColumnSpec("tanggal", .date), ColumnSpec("nilai", .number),
        ])
        #expect(rejected.isEmpty)
        #expect(r[0]["nama"] == .string("Sri"))
        #expect(r[0]["tanggal"] == .date(try #require(CivilDate(year: 2019, month: 7, day: 22))))
        #expect(r[0]["nilai"].text == "85,5" || r[0]["nilai"].text == "85.5")
        #expect(r[0].values.count == 3 && r[0].order == ["nama", "tanggal", "nilai"])
    }

    @Test func emptyRowsAreSkippedAndEmptyCellsReadNull() throws {
        // A blank line, a row of empty fields, a row whose last cell is empty, a row too short (left out).
        let (t, r, rejected) = try records("a,b,c\n\n,,\nx,y,\nshort,row\n")
        #expect(t.rows.count == 1)
        #expect(t.rows[0].values == ["x", "y", ""])
        #expect(t.rows[0]["c"] == "" && t.rows[0]["d"] == nil)
        #expect(rejected.count == 1 && rejected[0].location?.line == 5)
        #expect(r.count == 1 && r[0]["a"] == .string("x") && r[0]["c"] == .null && r[0].has("c"))
        #expect(r[0].value("c") == .null)
        #expect(r[0].value("d") == nil && !r[0].has("d"))
        // A column the file lacks, added as the loader adds an optional one: empty, the others kept.
        var added = r[0]
        added.set("d", .null)
        #expect(added.value("d") == .null && added["b"] == .string("y") && added.order == ["a", "b", "c", "d"])
    }

    @Test func duplicateAndUnnamedColumnsKeepTheFirst() throws {
        // A column the form does not read may be named twice: the first is kept; an unnamed one is left out.
        let t = try CSVReader.read(text: "a,,b,a\n1,skip,2,3\n", file: "d.csv", expecting: [ColumnSpec("b")])
        let r = t.records(columns: [ColumnSpec("b")]).records
        #expect(t.columns == ["a", "b"])
        #expect(t.rows[0].values == ["1", "2"])
        #expect(r[0]["a"] == .string("1") && r[0]["b"] == .string("2"))
        #expect(r[0].location(of: "b")?.column == 3)
        // Named twice and read by the form: refused, as before.
        #expect(throws: Diagnostics.self) { try CSVReader.read(text: "a,b,a\n1,2,3\n", file: "d.csv", expecting: [ColumnSpec("a")]) }
    }

    @Test func aNIPStoredAsDigitsLeavesTheOtherCellsInPlace() throws {
        // RecordChecks writes a NIP typed with spaces back as digits: that one cell becomes a stored value.
        let (_, r, _) = try records("nip,nama\n19720514 199803 1 006,Sri\n19810123 200501 2 003,Ani\n", [ColumnSpec("nip", .identifier)])
        var a = r[0], b = r[1]
        a["nip"] = .string("197205141998031006")
        b["nip"] = .string("198101232005012003")
        #expect(a["nip"] == .string("197205141998031006") && a["nama"] == .string("Sri"))
        #expect(b["nip"] == .string("198101232005012003") && b["nama"] == .string("Ani"))
        #expect(r[0]["nip"] == .string("19720514 199803 1 006"))
        a.set("seleksi", .bool(false))
        #expect(a.values == [.string("197205141998031006"), .string("Sri"), .bool(false)])
    }

    @Test func settingACellOrAddingAColumnKeepsTheOthers() throws {
        var (_, r, _) = try records("a,b\nx,y\n")
        var rec = r[0]
        rec.set("seleksi", .bool(true))
        #expect(rec["a"] == .string("x") && rec["b"] == .string("y") && rec["seleksi"] == .bool(true))
        rec["a"] = .string("z")
        #expect(rec["a"] == .string("z") && rec["b"] == .string("y") && rec["seleksi"] == .bool(true))
        #expect(rec.order == ["a", "b", "seleksi"])
        r[0].set("b", .null)
        #expect(r[0]["b"] == .null && r[0]["a"] == .string("x"))
    }

    @Test func aCompactRecordEqualsOneMadeFromItsValues() throws {
        let (_, r, _) = try records("nama,nip\nSri,19720514 199803 1 006\n", [ColumnSpec("nama"), ColumnSpec("nip", .identifier)])
        let plain = Record(dataset: "d", location: nil, fields: ["nama": .string("Sri"), "nip": .string("19720514 199803 1 006")])
        #expect(r[0] == plain)
        #expect(r[0].fields == plain.fields)
        #expect(r[0].location?.line == 2)
    }

    @Test func aNULInATextCellIsNotReadFromTheCells() throws {
        // A column the form does not declare is left empty when its cell cannot be read (a NUL).
        let (_, r, rejected) = try records("a,b\nx,y\u{0}z\n", [ColumnSpec("a")])
        #expect(rejected.isEmpty)
        #expect(r[0]["b"] == .null && r[0]["a"] == .string("x"))
        // Declared, it rejects the row.
        let (_, none, bad) = try records("a,b\nx,y\u{0}z\n", [ColumnSpec("a"), ColumnSpec("b")])
        #expect(none.isEmpty && bad.count == 1)
    }

    @Test func aShortenedNumberInAnUndeclaredIdentifierColumnReadsEmpty() throws {
        // `nip` is an identifier by its name; the form does not read it, so what cannot be read is left empty.
        let (_, r, rejected) = try records("nama,nip\nSri,1.97506E+17\nAni,197205141998031006\n", [ColumnSpec("nama")])
        #expect(rejected.isEmpty)
        #expect(r[0]["nip"] == .null && r[0]["nama"] == .string("Sri"))
        #expect(r[1]["nip"] == .string("197205141998031006") && r[1]["nama"] == .string("Ani"))
    }
}
