import CetakCore
@testable import CetakData
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
        let (bytes, warnings) = TextDecoding.utf8(Array("ab".utf8), file: "f")
        #expect(bytes == Array("ab".utf8))
        #expect(warnings.isEmpty)
        #expect(TextDecoding.utf8([0xEF, 0xBB, 0xBF] + Array("José".utf8), file: "f").bytes == Array("José".utf8))
        #expect(TextDecoding.utf8([0xEF, 0xBB, 0xBF], file: "f").bytes.isEmpty)
    }

    @Test(arguments: [
        ([0x41, 0xC3, 0xA9], true), ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xE2, 0x82, 0xAC], true),
        ([0xC0, 0xAF], false), ([0xED, 0xA0, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false), ([0xE2, 0x82], false),
        ([0x41, 0xFF], false), ([0x80], false),
    ] as [([UInt8], Bool)])
    func utf8IsValidatedWhereItIs(bytes: [UInt8], valid: Bool) {
        // Well-formed UTF-8 as a string holds it: no overlong form, no surrogate, nothing past U+10FFFF, nothing cut.
        #expect(TextDecoding.isValidUTF8(bytes) == valid)
        #expect(TextDecoding.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
    }

    @Test func utf16IsReadAsAStringReadsIt() {
        // Lone surrogates (high at the end, low alone, a pair swapped) read as U+FFFD; an odd last byte is dropped.
        let cases: [[UInt16]] = [
            Array("nip;nama\r\nJosé 🙂\r\n".utf16), [0x41, 0xD83D], [0xDE42, 0x41], [0xDE42, 0xD83D, 0x42], [0xD83D, 0xDE42], [],
        ]
        for units in cases {
            let expected = Array(String(decoding: units, as: UTF16.self).utf8)
            for bigEndian in [false, true] {
                var bytes: [UInt8] = []
                for u in units { bytes += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
                #expect(TextDecoding.utf16(bytes[...], bigEndian: bigEndian) == expected, "\(units)")
                #expect(TextDecoding.utf16((bytes + [0x41])[...], bigEndian: bigEndian) == expected)
            }
        }
        // A slice not starting at 0 (after the byte-order mark).
        let marked: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0xE9, 0x00]
        #expect(TextDecoding.utf16(marked[2...], bigEndian: false) == Array("Aé".utf8))
    }
}

/// Issue 14: one broken line of a UTF-8 file is that line's problem, not the file's.
@Suite("Broken lines in UTF-8")
struct BrokenLineTests {
    @Test func oneStrayByteLeavesTheOtherLinesIntactAndNamesItsLine() throws {
        let bytes = Array("nama,kota\nAndré,Bantul\nS".utf8) + [0xE9] + Array("ka,Sorong\nNgurah,Denpasar\n".utf8)
        let t = try CSVReader.read(bytes, file: "peserta.csv")
        #expect(t.rows[0]["nama"] == "André")
        #expect(t.rows[1]["nama"] == "Séka")   // the broken line read as Windows-1252
        #expect(t.rows[2]["nama"] == "Ngurah")
        #expect(t.warnings.count == 1)
        let w = try #require(t.warnings.first)
        #expect(w.location?.line == 3 && w.location?.column == 2)
        #expect(w.message.contains("byte 0xE9") && w.message.contains("Séka,Sorong"))
    }

    @Test func aFileWithNoUTF8SequenceIsWindows1252AsAWhole() throws {
        let bytes = Array("nama\nJos".utf8) + [0xE9] + Array("\nAndr".utf8) + [0xE9] + [0x0A]
        let t = try CSVReader.read(bytes, file: "p.csv")
        #expect(t.rows.map { $0["nama"] } == ["José", "André"])
        #expect(t.warnings.count == 1 && t.warnings[0].location?.line == 0)
    }

    @Test func manyBrokenLinesAreNamedUpToALimit() throws {
        var bytes = Array("nama\n".utf8)
        for i in 0..<30 { bytes += Array("é\(i)\n".utf8); bytes += Array("x".utf8) + [0xFF] + [0x0A] }
        let (_, warnings) = TextDecoding.utf8(bytes, file: "p.csv")
        #expect(warnings.count == 21)  // twenty lines named, then one count
        #expect(warnings.last?.message.contains("10 more lines") == true)
    }

    @Test func aNulInACellRejectsItsRecord() throws {
        let t = try CSVReader.read(Array("id,nama\nA1,Satu\nA2,Du".utf8) + [0] + Array("a\n".utf8), file: "p.csv")
        let (records, rejected) = t.records(columns: [ColumnSpec("id"), ColumnSpec("nama")])
        #expect(records.count == 1)
        #expect(rejected.count == 1 && rejected[0].message.contains("NUL") && rejected[0].location?.line == 3)
    }
}
