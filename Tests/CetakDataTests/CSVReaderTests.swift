import CetakCore
import CetakData
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    @Test func readsCommaSeparatedFileWithLines() throws {
        let t = try CSVReader.read(text: "id,peran,nama\nI01,inti,Sri\nM01,mitra,Yohanes\n", file: "Data/peserta.csv")
        #expect(t.name == "peserta")
        #expect(t.format == .csv)
        #expect(t.columns == ["id", "peran", "nama"])
        #expect(t.rows.count == 2)
        #expect(t.rows[0].line == 2)
        #expect(t.rows[1].line == 3)
        #expect(t.rows[1]["nama"] == "Yohanes")
        #expect(t.rows[1].cells == ["id": "M01", "peran": "mitra", "nama": "Yohanes"])
        #expect(t.rejected.isEmpty && t.warnings.isEmpty)
    }

    @Test func excelIndonesianExportReadsWithNoOption() throws {
        // BOM, semicolons, CRLF, a quoted newline, a quoted semicolon, a doubled quote, decimal comma.
        let text = "\u{FEFF}nip;nama;alamat;makalah\r\n"
            + "197205141998031006;Bambang;\"Jl. Kaliurang Km 7;\r\nSleman\";85\r\n"
            + "198101232005012003;\"Siti \"\"Ani\"\"\";Bantul;70,5\r\n"
        let t = try CSVReader.read(text: text, file: "nilai.csv")
        #expect(t.columns == ["nip", "nama", "alamat", "makalah"])
        #expect(t.rows.count == 2)
        #expect(t.rows[0]["alamat"] == "Jl. Kaliurang Km 7;\nSleman")
        #expect(t.rows[1]["nama"] == "Siti \"Ani\"")
        #expect(t.rows[1]["makalah"] == "70,5")
        #expect(t.rejected.isEmpty)
    }

    @Test func quotedNewlineGivesTheNextRecordItsPhysicalLine() throws {
        let t = try CSVReader.read(text: "a,b\n1,\"x\ny\nz\"\n2,w\n", file: "t.csv")
        #expect(t.rows.map(\.line) == [2, 5])
        #expect(t.rows[0]["b"] == "x\ny\nz")
    }

    @Test func lineEndsCRLFLFAndLoneCRAllCount() throws {
        let t = try CSVReader.read(text: "a\r\n1\n2\r3\r\n", file: "t.csv")
        #expect(t.rows.map(\.line) == [2, 3, 4])
        #expect(t.rows.map { $0["a"] } == ["1", "2", "3"])
    }

    @Test func emptyLinesAndTrailingEmptyLineAreSkippedButCounted() throws {
        let t = try CSVReader.read(text: "a,b\n\n1,2\n\r\n3,4\n\n", file: "t.csv")
        #expect(t.rows.map(\.line) == [3, 5])
        #expect(t.rejected.isEmpty)
    }

    @Test func rowOfOnlyDelimitersIsSkipped() throws {
        let t = try CSVReader.read(text: "a;b;c\n1;2;3\n;;\n ; ;\n", file: "t.csv")
        #expect(t.rows.count == 1)
        #expect(t.rejected.isEmpty)
    }

    @Test func unclosedQuoteNamesTheLineWhereItOpened() {
        let text = "a,b\n1,2\n3,\"never\nclosed\n4,5\n"
        #expect {
            _ = try CSVReader.read(text: text, file: "Data/x.csv")
        } throws: { error in
            let d = (error as? Diagnostics)?.errors.first
            return d?.location?.line == 3 && d?.description.contains("Data/x.csv:3") == true
                && d?.message.contains("line 3") == true && d?.message.contains("never closed") == true
        }
    }

    @Test func wrongFieldCountRejectsOnlyThatRow() throws {
        let t = try CSVReader.read(text: "a,b,c\n1,2,3\n1,2\n1,2,3,4\n7,8,9\n", file: "Data/r.csv")
        #expect(t.rows.map(\.line) == [2, 5])
        #expect(t.rejected.count == 2)
        #expect(t.rejected[0].description == "Data/r.csv:3: error: expected 3 fields as in the header, found 2; the row is left out")
        #expect(t.rejected[1].location?.line == 4)
        #expect(t.rejected[1].message.contains("found 4"))
    }

    /// A row one field too wide because of an unquoted decimal comma is still left out, and the
    /// message says what most likely happened; other too-wide rows get no guess.
    @Test func unquotedDecimalCommaIsNamed() throws {
        let text = "id,rapor,catatan\nM1,Standar pengelolaan 4,10,baik\nM2,3,95,x,y\nM3,lain,teks,lagi\nM4,ok,ok\n"
        let t = try CSVReader.read(text: text, file: "p.csv")
        #expect(t.rows.map(\.line) == [5])
        #expect(t.rejected.count == 3)
        #expect(t.rejected[0].message.hasSuffix("the row is left out (is \"engelolaan 4,10\" one number with a decimal comma? Put it in quotes, or save the file with ; between fields)"))
        #expect(!t.rejected[1].message.contains("decimal comma"))  // two fields too many
        #expect(!t.rejected[2].message.contains("decimal comma"))  // no number split
    }

    @Test func headerNamesAreTrimmedAndLowerCased() throws {
        let t = try CSVReader.read(text: " NIP ;Nama Lengkap ; Tanggal_Lahir\n1;A;2020-01-01\n", file: "t.csv")
        #expect(t.columns == ["nip", "nama lengkap", "tanggal_lahir"])
        #expect(t.rows[0]["tanggal_lahir"] == "2020-01-01")
    }

    @Test func columnWithoutANameIsIgnoredAndLocationsKeepTheFileColumn() throws {
        let t = try CSVReader.read(text: "a,,c,\n1,2,x3,\n", file: "t.csv")
        #expect(t.columns == ["a", "c"])
        #expect(t.rows[0].values == ["1", "x3"])
        let (_, rejected) = t.records(columns: [ColumnSpec("c", .number)])
        #expect(rejected.first?.location == SourceLocation(file: "t.csv", line: 2, column: 3, field: "c"))
    }

    @Test func duplicateHeaderNamesNameBothColumns() {
        #expect {
            _ = try CSVReader.read(text: "nip,nama,NIP \n1,2,3\n", file: "t.csv")
        } throws: { error in
            let m = (error as? Diagnostics)?.errors.first?.message ?? ""
            return m.contains("'nip'") && m.contains("columns 1 and 3")
        }
    }

    @Test func emptyFileIsAnError() {
        for text in ["", "\u{FEFF}", "\n\r\n  \n"] {
            #expect {
                _ = try CSVReader.read(text: text, file: "Data/kosong.csv")
            } throws: { error in
                (error as? Diagnostics)?.errors.first?.description.hasPrefix("Data/kosong.csv: error: the file is empty") == true
            }
        }
    }

    @Test func headerOnlyGivesZeroRows() throws {
        let t = try CSVReader.read(text: "nip,nama\n", file: "t.csv")
        #expect(t.columns == ["nip", "nama"])
        #expect(t.rows.isEmpty)
        let noNewline = try CSVReader.read(text: "nip;nama", file: "t.csv")
        #expect(noNewline.columns == ["nip", "nama"])
    }

    @Test func emptyFieldsAndTrailingDelimiter() throws {
        let t = try CSVReader.read(text: "a,b,c\n,,x\n1,,\n,2,", file: "t.csv")
        #expect(t.rows.map(\.values) == [["", "", "x"], ["1", "", ""], ["", "2", ""]])
    }

    @Test func quotedEmptyFieldAndQuotedDelimiter() throws {
        let t = try CSVReader.read(text: "a,b\n\"\",\"x,y\"\n", file: "t.csv")
        #expect(t.rows[0].values == ["", "x,y"])
    }

    @Test func strayTextAfterClosingQuoteIsAppended() throws {
        let t = try CSVReader.read(text: "a,b\n\"ab\"c,d\nx\"y,z\n", file: "t.csv")
        #expect(t.rows[0].values == ["abc", "d"])
        #expect(t.rows[1].values == ["x\"y", "z"]) // a quote inside an unquoted field is literal
    }

    @Test func cellLocationsCarryColumnNumberAndName() throws {
        let t = try CSVReader.read(text: "nip,nama\n1,A\n", file: "Data/calon.csv")
        let loc = t.rows[0].location(of: "nama")
        #expect(loc == SourceLocation(file: "Data/calon.csv", line: 2, column: 2, field: "nama"))
        #expect(t.rows[0].cellLocations["nip"]?.column == 1)
        #expect(t.rows[0].location(of: "absent") == nil)
    }

    @Test func twoMegabyteCell() throws {
        let big = String(repeating: "abcdefgh", count: 262_144) // 2 MiB
        let t = try CSVReader.read(text: "a,b\n\"\(big)\",x\n\(big),y\n", file: "t.csv")
        #expect(t.rows.count == 2)
        #expect(t.rows[0]["a"]?.utf8.count == 2_097_152)
        #expect(t.rows[1]["a"]?.utf8.count == 2_097_152)
        #expect(t.rows[1]["b"] == "y")
    }

    @Test func rawRowsWithExplicitDelimiter() throws {
        let rows = try CSVReader.rawRows(Array("a|b\n1|\"2|3\"\n".utf8), delimiter: UInt8(ascii: "|"), file: "t")
        #expect(rows == [CSVRawRow(line: 1, fields: ["a", "b"]), CSVRawRow(line: 2, fields: ["1", "2|3"])])
    }

    @Test func snippetOfExampleKegiatan() throws {
        let text = """
            mitra_id,tahap,tanggal,jam,kegiatan,tujuan,indikator_hasil,uraian_pelaksanaan,tempat,hasil,terlaksana,catatan
            M01,ojl1,2019-07-22,08.00 – 10.00,Perkenalan KS mitra dengan komunitas sekolah inti,Mengenal warga sekolah inti,Daftar hadir dan catatan perkenalan,"Apel pagi bersama guru, staf, dan siswa; KS Inti memperkenalkan KS Mitra",SMP Negeri 5 Yogyakarta,Terjalin komunikasi dengan warga sekolah inti,ya,Diverifikasi KS Inti

            """
        let t = try CSVReader.read(text: text, file: "kegiatan.csv")
        #expect(t.columns.count == 12)
        #expect(t.rows.count == 1)
        #expect(t.rows[0]["jam"] == "08.00 – 10.00")
        #expect(t.rows[0]["uraian_pelaksanaan"] == "Apel pagi bersama guru, staf, dan siswa; KS Inti memperkenalkan KS Mitra")
    }
}
