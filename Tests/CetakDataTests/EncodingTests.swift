import CetakCore
import CetakData
import Testing

@Suite("Encodings")
struct EncodingTests {
    @Test func utf8BOMIsRemovedFromTheFirstHeaderName() throws {
        let t = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("nip,nama\n1,A\n".utf8), file: "t.csv")
        #expect(t.columns == ["nip", "nama"])
        #expect(t.warnings.isEmpty)
    }

    @Test func windows1252IsReadWithAWarning() throws {
        // "nama\nJos\xE9\n" as Excel on Windows saves it; 0x93/0x94 are curly quotes.
        let bytes: [UInt8] = Array("nama;kota\nJos".utf8) + [0xE9] + Array(";".utf8) + [0x93, 0x41, 0x94] + [0x0A]
        let t = try CSVReader.read(bytes, file: "Data/peserta.csv")
        #expect(t.rows[0]["nama"] == "José")
        #expect(t.rows[0]["kota"] == "\u{201C}A\u{201D}")
        #expect(t.warnings.count == 1)
        let w = try #require(t.warnings.first)
        #expect(w.severity == .warning)
        #expect(w.location?.file == "Data/peserta.csv")
        #expect(w.message.contains("not UTF-8") && w.message.contains("Windows-1252"))
    }

    @Test func validUTF8IsNotMistakenForWindows1252() throws {
        let t = try CSVReader.read(text: "nama\nJosé\n", file: "t.csv")
        #expect(t.rows[0]["nama"] == "José")
        #expect(t.warnings.isEmpty)
    }

    @Test(arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        let text = "nip;nama\r\n1;José\r\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for u in text.utf16 {
            let hi = UInt8(u >> 8), lo = UInt8(u & 0xFF)
            bytes += bigEndian ? [hi, lo] : [lo, hi]
        }
        let t = try CSVReader.read(bytes, file: "t.csv")
        #expect(t.columns == ["nip", "nama"])
        #expect(t.rows[0]["nama"] == "José")
        #expect(t.warnings.isEmpty)
    }

    @Test func decodingPassesUTF8Through() {
        let (bytes, warning) = TextDecoding.utf8(Array("ab".utf8), file: "f")
        #expect(bytes == Array("ab".utf8))
        #expect(warning == nil)
    }
}
