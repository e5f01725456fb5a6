import CetakCore
import CetakData
import Foundation
import Testing

@Suite("JSON reader")
struct JSONReaderTests {
    /// The first error of parsing the text, or nil when it parses.
    func error(_ text: String, file: String = "k.json") -> Diagnostic? {
        do {
            _ = try JSONReader.parse(text: text, file: file)
            return nil
        } catch {
            return error.errors.first
        }
    }

    @Test func everyValueHasItsLineAndColumn() throws {
        let text = "{\n  \"tempat\": \"Manokwari\",\n  \"tahun\": 2026,\n  \"list\": [true, null]\n}"
        let root = try JSONReader.parse(text: text, file: "konteks.json")
        #expect(root.location == SourceLocation(file: "konteks.json", line: 1, column: 1))
        #expect(root["tempat"]?.location == SourceLocation(file: "konteks.json", line: 2, column: 13))
        #expect(root["tahun"]?.kind == .number("2026"))
        #expect(root["tahun"]?.location.line == 3)
        let list = try #require(root["list"]?.elements)
        #expect(list.map(\.kind) == [.bool(true), .null])
        #expect(list[1].location == SourceLocation(file: "konteks.json", line: 4, column: 18))
        #expect(root.members?.first?.keyLocation == SourceLocation(file: "konteks.json", line: 2, column: 3))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try JSONReader.parse(text: "{\"é\": \"ü\", \"x\": 1}", file: "f")
        #expect(root["x"]?.location.column == 17)
    }

    @Test func errorAtLine3Column7NamesIt() {
        let d = error("{\n  \"a\": 1,\n  \"b\" 2\n}", file: "Data/x.json")
        #expect(d?.location == SourceLocation(file: "Data/x.json", line: 3, column: 7))
        #expect(d?.description == "Data/x.json:3:7: error: expected ':' after the key 'b', found '2'")
    }

    @Test func escapesIncludingSurrogatePairs() throws {
        let root = try JSONReader.parse(text: #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00"]"#, file: "f")
        let items = try #require(root.elements)
        #expect(items[0].string == "a\"b\\c/d\u{8}\u{c}\n\r\t")
        #expect(items[1].string == "é€")
        #expect(items[2].string == "😀")
    }

    @Test func loneSurrogateIsAnError() {
        #expect(error(#"["\ud83d x"]"#)?.message.contains("surrogate") == true)
        #expect(error(#"["\ude00"]"#)?.message.contains("surrogate") == true)
    }

    @Test func numbersStayExact() throws {
        let root = try JSONReader.parse(text: "[0.1, -12.50, 1e3, 123456789012345678901234567890]", file: "f")
        let values = try #require(root.elements).map { $0.toValue() }
        #expect(values[0] == .number(Decimal(string: "0.1")!))
        #expect(values[1] == .number(Decimal(string: "-12.5")!))
        #expect(values[2] == .number(1000))
        #expect(values[3] == .number(Decimal(string: "123456789012345678901234567890")!))
        #expect(root.elements?[1].kind == .number("-12.50"))
    }

    @Test(arguments: [
        ("[01]", "leading zeros", 1, 2),
        ("[1.]", "after the decimal point", 1, 4),
        ("[-]", "after '-'", 1, 3),
        ("[1e]", "exponent", 1, 4),
        ("[1, 2,]", "no comma before a closing bracket", 1, 6),
        ("{\"a\": 1,}", "no comma before a closing brace", 1, 8),
        ("{\"a\": 1,\n}", "no comma before a closing brace", 1, 8),
        ("[1 2]", "a comma is missing after this value", 1, 3),
        ("{\"a\": 1 \"b\": 2}", "a comma is missing after this value", 1, 8),
        ("{\"a\": \"x\"\n \"b\": 2}", "a comma is missing after this value", 1, 10),
        ("[1 x]", "expected ',' or ']'", 1, 4),
        ("{\"a\": “x”}", "a curly quote, as Word types it", 1, 7),
        ("{“a”: 1}", "a curly quote, as Word types it", 1, 2),
        ("{\"a\": \"x”, \"b\": 1}", "holds a curly quote", 1, 13),
        ("{'a': 1}", "straight double quotes", 1, 2),
        (#"{"logo": "C:\Users\tu\logo.png"}"#, "Write each backslash twice", 1, 13),
        (#"{"logo": "foto\budi.png"}"#, "Write each backslash twice", 1, 15),
        ("[tru]", "expected a value", 1, 2),
        ("[\"abc", "never closed", 1, 2),
        ("[\"a\tb\"]", "control character", 1, 4),
        (#"["\x"]"#, "unknown escape '\\x'", 1, 3),
        ("[1] x", "expected the end of the file", 1, 5),
        ("{\"a\": 1, \"a\": 2}", "appears twice", 1, 10),
        ("{1: 2}", "expected a key in quotes", 1, 2),
        ("\n\n  ", "is empty", 0, 0),
    ])
    func syntaxErrorsSayWhatWasExpected(text: String, words: String, line: Int, column: Int) throws {
        let d = try #require(error(text))
        #expect(d.message.contains(words), "\(d.message)")
        #expect(d.location?.line == line)
        #expect((d.location?.column ?? 0) == column)
    }

    @Test func depthLimitIsAnErrorNotACrash() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try JSONReader.parse(text: ok, file: "f")
        let deep = String(repeating: "[", count: 100_000)
        let d = try #require(error(deep))
        #expect(d.message.contains("512 levels"))
        #expect(d.location?.column == 513)
    }

    @Test func invalidUTF8InAStringIsAnError() {
        let bytes: [UInt8] = Array("[\"Jos".utf8) + [0xE9] + Array("\"]".utf8)
        #expect {
            _ = try JSONReader.parse(bytes, file: "f.json")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("not valid UTF-8") == true
        }
    }

    @Test func bomIsAllowed() throws {
        let root = try JSONReader.parse([0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8), file: "f")
        #expect(root["a"]?.location.column == 7)
    }

    @Test func crlfCountsAsOneLine() throws {
        let root = try JSONReader.parse(text: "{\r\n\"a\":\r\n1}", file: "f")
        #expect(root["a"]?.location.line == 3)
    }

    @Test func objectToValueIsALocatedRecord() throws {
        let text = """
            {
              "kepala_dinas": { "nama": "Drs. Markus Wanma, M.Si.", "nip": "196804121994031008" },
              "proyeksi_tahun": 2,
              "penilai": [ { "nama": "Yosina" } ],
              "aktif": false
            }
            """
        let value = try JSONReader.parse(text: text, file: "konteks.json").toValue()
        let r = try #require(value.record)
        #expect(r.dataset == "")
        #expect(r.order == ["kepala_dinas", "proyeksi_tahun", "penilai", "aktif"])
        #expect(r["proyeksi_tahun"] == .number(2))
        #expect(r["aktif"] == .bool(false))
        #expect(r["kepala_dinas"].record?["nama"] == .string("Drs. Markus Wanma, M.Si."))
        #expect(r["penilai"].list?.first?.record?["nama"] == .string("Yosina"))
        #expect(r.cellLocations["proyeksi_tahun"] == SourceLocation(file: "konteks.json", line: 3, column: 21, field: "proyeksi_tahun"))
        #expect(r["kepala_dinas"].record?.cellLocations["nip"]?.line == 2)
    }
}

@Suite("JSON big inputs")
struct JSONBigInputTests {
    @Test func duplicateKeyInABigObjectIsFound() {
        let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect {
            _ = try JSONReader.parse(text: "{\(members), \"k7\": 1}", file: "f")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("'k7' appears twice") == true
        }
    }

    @Test func longArrayParsesInLinearTime() throws {
        let text = "[" + Array(repeating: "{\"a\": 1}", count: 50_000).joined(separator: ",") + "]"
        let root = try JSONReader.parse(text: text, file: "f")
        #expect(root.elements?.count == 50_000)
        #expect(root.elements?.last?.location.column == 50_000 * 9 - 7)
    }
}
