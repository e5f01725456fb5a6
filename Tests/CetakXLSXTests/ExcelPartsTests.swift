import CetakCore
import CetakData
@testable import CetakXLSX
import Foundation
import Testing

/// What Excel and other writers put in a workbook that LibreOffice does not: inline strings, numbers
/// with 17 digits, serial 60, cells without references, ISO date cells, unsaved formulas, escapes.
@Suite struct ExcelPartsTests {
    static let header = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>nama</t></is></c><c r="B1" t="inlineStr"><is><t>nilai</t></is></c>\
        <c r="C1" t="inlineStr"><is><t>tanggal</t></is></c></row>
        """

    func table(_ rows: String, sheet: String = "data", strings: [String] = [], specs: [ColumnSpec]? = nil) throws -> DataTable {
        let data = try Fixture.package(sheets: [(sheet, "<sheetData>\(Self.header)\(rows)</sheetData>")], sharedStrings: strings,
                                       numFmts: "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>", cellXfs: [0, 14, 164, 22, 2])
        let book = try XLSXWorkbook(data: data, file: "unggah.xlsx")
        return try book.table(sheet: sheet, dataset: "data", expecting: specs)
    }

    @Test func inlineRichTextWithoutPhoneticGuides() throws {
        let t = try table("""
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>Yosias </t></r><r><rPr><b/></rPr><t>Wenda</t></r><rPh><t>ヨシアス</t></rPh></is></c></row>
            """)
        #expect(t.rows.first?["nama"] == "Yosias Wenda")
        let escaped = try table("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>SD &amp; SMP &lt;Inti&gt; &#169; &#x41;</t></is></c></row>")
        #expect(escaped.rows.first?["nama"] == "SD & SMP <Inti> © A")
    }

    @Test func seventeenDigitNumbersReadAsTheSheetShowsThem() throws {
        let t = try table("""
            <row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2"><v>85.150000000000006</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>b</t></is></c><c r="B3" s="4"><v>0.30000000000000004</v></c></row>
            """)
        #expect(t.rows.map { $0["nilai"] } == ["85.15", "0.30000000000000004"])
        let (records, _) = t.records(columns: [ColumnSpec("nilai", .number)])
        #expect(records[0]["nilai"] == .number(Decimal(string: "85.15")!))
    }

    @Test func serial60IsRejectedAndItsNeighboursAreRight() throws {
        let t = try table("""
            <row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C2" s="1"><v>59</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>b</t></is></c><c r="C3" s="1"><v>60</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><t>c</t></is></c><c r="C4" s="2"><v>61</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t>d</t></is></c><c r="C5" s="3"><v>43668.75</v></c></row>
            """)
        let (records, rejected) = t.records(columns: [ColumnSpec("tanggal", .date)])
        #expect(records.map { $0["tanggal"].text } == ["1900-02-28", "1900-03-01", "2019-07-22"])
        #expect(rejected.count == 1)
        #expect(rejected.first?.location?.description == "unggah.xlsx:data!C3:tanggal")
        #expect(rejected.first?.message.contains("29 February 1900") == true)
        #expect(t.rows[3]["tanggal"] == "2019-07-22 18:00")
        // The same number without a date format is a number, and no date.
        let plain = try table("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C2\"><v>43668</v></c></row>")
        let (_, refused) = plain.records(columns: [ColumnSpec("tanggal", .date)])
        #expect(refused.first?.message.contains("give the column a date format") == true)
    }

    @Test func cellsWithoutReferencesFollowTheOneBefore() throws {
        let t = try table("""
            <row><c t="inlineStr"><is><t>a</t></is></c><c><v>7</v></c><c t="d"><v>2019-07-22T00:00:00</v></c></row>
            <row><c r="A3" t="str"><f>UPPER("b")</f><v>B</v></c><c r="C3" t="d"><v>2019-07-23</v></c></row>
            """)
        #expect(t.rows.map(\.line) == [2, 3])
        #expect(t.rows[0].values == ["a", "7", "2019-07-22"])
        #expect(t.rows[1].values == ["B", "", "2019-07-23"])
    }

    @Test func sharedStringsWithEscapesAndAnUnsavedFormula() throws {
        let strings = ["<si><t>a_x0009_b</t></si>", "<si><r><t>x</t></r><r><t>y</t></r><rPh sb=\"0\" eb=\"1\"><t>z</t></rPh></si>"]
        let t = try table("""
            <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><f>1/0</f></c></row>
            <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="e"><v>#DIV/0!</v></c></row>
            """, strings: strings)
        #expect(t.rows.map { $0["nama"] } == ["a\tb", "xy"])
        let (records, rejected) = t.records(columns: [ColumnSpec("nilai", .number)])
        #expect(records.isEmpty)
        #expect(rejected.map { $0.location?.cell } == ["B2", "B3"])
        #expect(rejected[0].message.contains("not saved"))
        #expect(rejected[1].message.contains("#DIV/0!"))
    }

    @Test func aSharedStringTheWorkbookLacksIsAnErrorNamingTheCell() {
        #expect {
            _ = try table("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>9</v></c></row>")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("A2") == true
        }
    }

    @Test func notAZipIsAClearError() throws {
        let good = try Fixture.package(sheets: [("data", "<sheetData/>")])
        let bad: [Data] = [
            Data("nama,nilai\n".utf8), Data(), Data(repeating: 0x50, count: 100_000),
            good.prefix(good.count / 2),                    // cut in half: no end record
            good + Data(repeating: 0, count: 70_000),       // the end record too far from the end
            good.dropLast(1),                               // the end record cut (its comment length is 0)
        ]
        for data in bad {
            #expect {
                _ = try XLSXWorkbook(data: data, file: "data.xlsx")
            } throws: { error in
                (error as? Diagnostics)?.errors.first?.message.contains("cannot be read as an Excel workbook") == true
            }
        }
        _ = try XLSXWorkbook(data: good + Data(), file: "data.xlsx")
        #expect(WorkbookArchive.endsAsAZip(Array(good)))
    }

    @Test func aPackageThatSeeksPastItsEndIsReadWithoutATrap() throws {
        // Found by make fuzz: read from memory, ZIPFoundation trapped on it; read as a file, it is an error or nothing.
        let path = Fixture.folder + "/../../CetakTests/Fixtures/bad-inputs/fuzz-xlsx-1ea4c944bf/program.xlsx"
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        if let book = try? XLSXWorkbook(data: data, file: "fuzz.xlsx") {
            for sheet in book.sheetNames { _ = try? book.rows(of: sheet) }
        }
    }

    @Test func aPartLargerThanTheLimitIsRefusedEvenWhenItsSizeIsALie() throws {
        let rows = (1...400).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        var data = try Fixture.package(sheets: [("data", "<sheetData>\(rows)</sheetData>")])
        let book = try XLSXWorkbook(data: data, file: "a.xlsx")
        #expect(try book.rows(of: "data").rows.count == 400)
        book.partLimit = 4096
        #expect(throws: Diagnostics.self) { _ = try book.rows(of: "data") }
        // The central directory claims 100 bytes for the sheet (a "ZIP bomb" lies so): refused while unpacking.
        let name = Data("xl/worksheets/sheet1.xml".utf8)
        var from = data.startIndex
        while let sig = data.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: from..<data.endIndex) {
            if data[(sig.lowerBound + 46)..<(sig.lowerBound + 46 + name.count)] == name {
                data.replaceSubrange((sig.lowerBound + 24)..<(sig.lowerBound + 28), with: [100, 0, 0, 0])
            }
            from = sig.upperBound
        }
        let lying = try XLSXWorkbook(data: data, file: "bom.xlsx")
        lying.partLimit = 4096
        #expect {
            _ = try lying.rows(of: "data")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("too large to read") == true
        }
    }

    @Test func badXMLNamesThePartAndLine() throws {
        let data = try Fixture.package(sheets: [("data", "<sheetData><row r=\"1\"><c r=\"A1\"></row></sheetData>")])
        let book = try XLSXWorkbook(data: data, file: "rusak.xlsx")
        #expect {
            _ = try book.rows(of: "data")
        } throws: { error in
            let d = (error as? Diagnostics)?.errors.first
            return d?.kind == .input && d?.location?.sheet == "data" && d?.message.contains("xl/worksheets/sheet1.xml, line 1") == true
        }
    }

    @Test func aChangedByteIsCaughtByTheChecksum() throws {
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\"><v>85.15</v></c></row></sheetData>"
        var data = try Fixture.package(sheets: [("data", sheet)], stored: true)
        let good = try XLSXWorkbook(data: data, file: "a.xlsx").rows(of: "data").rows
        #expect(good.first?.fields == ["85.15"])
        let at = try #require(data.range(of: Data("<v>85.15".utf8)))
        data[at.lowerBound + 3] = UInt8(ascii: "6")  // 65.15: still well-formed, still a number
        #expect {
            _ = try XLSXWorkbook(data: data, file: "a.xlsx").rows(of: "data")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("checksum does not match") == true
        }
    }

    @Test func entitiesOfADocumentAreNeverExpanded() throws {
        // An external entity (a file of this machine) and a billion laughs: neither is read nor expanded.
        let doctype = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\"><!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        for body in ["<c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c>"] {
            let part = "<sheetData><row r=\"1\">\(body)</row></sheetData>"
            let data = try Fixture.package(sheets: [("data", part)], prolog: doctype)
            let book = try XLSXWorkbook(data: data, file: "x.xlsx")
            // An undeclared entity is an error of the part; either way nothing of the entities is read.
            let rows = try? book.rows(of: "data").rows
            let text = rows?.flatMap(\.fields).joined() ?? ""
            #expect(!text.contains("root:"))
            #expect(!text.contains("aaaaaaaaaaaaaaaaaaaa"))
        }
    }

    @Test func sheetNamesMatchWithoutRegardToCase() throws {
        let data = try Fixture.package(sheets: [("Kegiatan ", "<sheetData/>"), ("KONTEKS", "<sheetData/>")])
        let book = try XLSXWorkbook(data: data, file: "b.xlsx")
        #expect(book.sheet(named: "kegiatan") == "Kegiatan ")
        #expect(book.sheet(named: "konteks") == "KONTEKS")
        #expect(book.sheet(named: "peserta") == nil)
        let escaped = try XLSXWorkbook(data: try Fixture.package(sheets: [("R&amp;D &lt;1&gt; &#x41;", "<sheetData/>")]), file: "e.xlsx")
        #expect(escaped.sheetNames == ["R&D <1> A"])
        #expect {
            _ = try book.table(sheet: "KONTEKS", dataset: "konteks", expecting: nil)
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("is empty") == true
        }
    }

    func konteks(_ rows: [(String, String)]) throws -> Value {
        let cells = rows.enumerated().map { i, kv in
            "<row r=\"\(i + 2)\"><c r=\"A\(i + 2)\" t=\"inlineStr\"><is><t>\(kv.0)</t></is></c>\(kv.1)</row>"
        }.joined()
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kunci</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>nilai</t></is></c></row>\(cells)</sheetData>"
        let book = try XLSXWorkbook(data: try Fixture.package(sheets: [("konteks", sheet)]), file: "k.xlsx")
        return try book.context(sheet: "konteks")
    }

    func text(_ s: String, _ row: Int) -> String { "<c r=\"B\(row)\" t=\"inlineStr\"><is><t>\(s)</t></is></c>" }

    @Test func konteksMistakesNameTheCells() throws {
        func message(_ rows: [(String, String)]) -> String? {
            do { _ = try konteks(rows); return nil } catch { return (error as? Diagnostics)?.all.first.map { "\($0.location?.cell ?? "-") \($0.message)" } }
        }
        #expect(message([("a", text("1", 2)), ("A", text("2", 3))])?.hasPrefix("A3 the key 'a' is written twice (first at A2)") == true)
        #expect(message([("p.1.nama", text("x", 2)), ("p.3.nama", text("y", 3))])?.contains("'p.2' is missing") == true)
        #expect(message([("p", text("x", 2)), ("p.nama", text("y", 3))])?.contains("both a value and a group") == true)
        #expect(message([("p.1", text("x", 2)), ("p.nama", text("y", 3))])?.contains("mixed") == true)
        #expect(message([("kepala.nip", "<c r=\"B2\"><v>1.96804121994031E+17</v></c>")])?.hasPrefix("B2 'kepala.nip': the cell holds a number") == true)
        #expect(message([("a..b", text("x", 2))])?.contains("empty part") == true)
        let ok = try konteks([("penilai.1", text("x", 2)), ("penilai.2", text("y", 3)), ("tahun", "<c r=\"B4\"><v>2019</v></c>")])
        #expect(ok.record?["penilai"] == .list([.string("x"), .string("y")]))
        #expect(ok.record?["tahun"] == .number(2019))
    }
}
