import Testing
@testable import CetakCore

/// Keys, terminal text, SOURCE_DATE_EPOCH, image headers and whole numbers: the small rules of issue 14.
@Suite struct DocumentKeyTests {
    @Test func keysEqualAfterSanitisingGetSuffixesNoOtherKeyHas() {
        #expect(DocumentKey.unique(["A", "A", "A-2"]) == ["A", "A-3", "A-2"])
        let safe = ["x:y", "x/y", "x-y-2"].map(DocumentKey.safe)
        #expect(safe == ["x-y", "x-y", "x-y-2"])
        #expect(DocumentKey.unique(safe) == ["x-y", "x-y-3", "x-y-2"])
        // Case differs only: one file on Windows, macOS and a USB stick.
        #expect(DocumentKey.unique(["Budi", "BUDI", "budi"]) == ["Budi", "BUDI-2", "budi-3"])
        #expect(DocumentKey.unique(["a", "b", "c"]) == ["a", "b", "c"])
    }

    @Test func aSuffixKeepsTheKeyWithin120Bytes() {
        let long = DocumentKey.safe(String(repeating: "é", count: 80))  // 160 bytes → 120
        #expect(long.utf8.count == 120)
        let keys = DocumentKey.unique([long, long, long])
        #expect(Set(keys).count == 3)
        #expect(keys.allSatisfy { $0.utf8.count <= 120 && DocumentKey.isSafe($0) })
        #expect(keys[1].hasSuffix("-2") && keys[2].hasSuffix("-3"))
    }

    @Test func theSameListGivesTheSameKeys() {
        let list = (0..<200).map { "K\($0 % 7)" }
        #expect(DocumentKey.unique(list) == DocumentKey.unique(list))
        #expect(Set(DocumentKey.unique(list).map { $0.lowercased() }).count == 200)
    }

    @Test func pathsAndFormatCharactersAreNeverAName() {
        #expect(DocumentKey.safe("../../x") == "x")
        #expect(DocumentKey.safe("..") == "dokumen")
        #expect(DocumentKey.safe("a\u{202E}gpj.exe") == "a-gpj.exe")
        #expect(DocumentKey.isSafe("M01-2019-09"))
        #expect(!DocumentKey.isSafe("a/b") && !DocumentKey.isSafe("..") && !DocumentKey.isSafe(""))
    }
}

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreShownNotObeyed() {
        #expect(TerminalText.escaped("\u{1B}[2J\u{1B}]0;x\u{07}rusak") == "\\u{1B}[2J\\u{1B}]0;x\\u{7}rusak")
        #expect(TerminalText.escaped("a\nb\tc\r") == "a\\nb\\tc\\r")
        #expect(TerminalText.escaped("\u{9B}31m") == "\\u{9B}31m")
        #expect(TerminalText.escaped("abc\u{202E}def") == "abc\\u{202E}def")
        #expect(TerminalText.escaped("André, Ngurah, ꦲꦤ꧀ꦢ") == "André, Ngurah, ꦲꦤ꧀ꦢ")
        #expect(TerminalText.escapedLines("a\u{1B}\nb") == "a\\u{1B}\nb")
    }
}

@Suite struct SourceDateEpochTests {
    @Test func onlyWholeSecondsFrom1970To9999() throws {
        #expect(try SourceDateEpoch.parse(nil).get() == nil)
        #expect(try SourceDateEpoch.parse("").get() == nil)
        #expect(try SourceDateEpoch.parse("0").get() == 0)
        #expect(try SourceDateEpoch.parse("1700000000").get() == 1_700_000_000)
        #expect(try SourceDateEpoch.parse("253402300799").get() == 253_402_300_799)
        for bad in ["abc", "-1", "-9223372036854775808", "253402300800", "99999999999999", "1e9", " 1", "+5", "9223372036854775808"] {
            #expect("\(bad)") { try SourceDateEpoch.parse(bad).get() } throws: { ($0 as? Diagnostic)?.kind == .usage }
        }
        let message = Diagnostic.sourceDateEpoch("\u{1B}[31m").description
        #expect(!message.contains("\u{1B}"))
    }
}

@Suite struct ImageHeaderTests {
    static func png(_ w: UInt32, _ h: UInt32) -> [UInt8] {
        let be = { (v: UInt32) in [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + be(w) + be(h) + [8, 6, 0, 0, 0]
    }

    @Test func sizesFromAPNGHeader() {
        let h = ImageHeader(Self.png(640, 480)[...])
        #expect(h == ImageHeader(format: .png, width: 640, height: 480))
        #expect(h?.problem == nil)
        #expect(ImageHeader(Self.png(23_000, 23_000)[...])?.problem?.contains("23000 × 23000 pixels") == true)
        #expect(ImageHeader(Self.png(8000, 5000)[...])?.problem == nil)   // 40 MP exactly
        #expect(ImageHeader(Self.png(8000, 5001)[...])?.problem != nil)
        #expect(ImageHeader(Self.png(40_000, 10)[...])?.problem != nil)   // wider than cairo allows
        #expect(ImageHeader(Self.png(0, 10)[...])?.problem?.contains("no pixels") == true)
        #expect(ImageHeader(Self.png(UInt32.max, UInt32.max)[...])?.problem != nil)
        #expect(ImageHeader(Array(Self.png(10, 10).prefix(20))[...]) == nil)
    }

    @Test func sizesFromAJPEGAfterItsMetadata() {
        // SOI, an APP1 block of 100 bytes, a DQT, then SOF0: height 1200 (0x04B0), width 1600 (0x0640).
        var b: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 102] + Array(repeating: 0, count: 100)
        b += [0xFF, 0xDB, 0x00, 0x04, 0, 0]
        b += [0xFF, 0xC0, 0x00, 0x11, 8, 0x04, 0xB0, 0x06, 0x40, 3] + Array(repeating: 0, count: 9)
        #expect(ImageHeader(b[...]) == ImageHeader(format: .jpeg, width: 1600, height: 1200))
        // A DHT marker (C4) is not a frame; a progressive frame (C2) is.
        var p: [UInt8] = [0xFF, 0xD8, 0xFF, 0xC4, 0x00, 0x04, 0, 0]
        p += [0xFF, 0xC2, 0x00, 0x11, 8, 0x5A, 0x00, 0x5A, 0x00, 3] + Array(repeating: 0, count: 9)
        #expect(ImageHeader(p[...])?.problem?.contains("23040 × 23040") == true)
        #expect(ImageHeader([0xFF, 0xD8, 0xFF, 0xDA, 0, 2][...]) == nil)
        #expect(ImageHeader(Array("GIF89a".utf8)[...]) == nil)
    }

    @Test func theFormatIsTheFileSignature() {
        #expect(ImageHeader.format(of: Self.png(1, 1)) == .png)
        #expect(ImageHeader.format(of: [0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        // A PNG signature cut short, a JPEG start without its marker, a GIF: neither.
        #expect(ImageHeader.format(of: [0x89, 0x50, 0x4E, 0x47]) == nil)
        #expect(ImageHeader.format(of: [0xFF, 0xD8, 0x00]) == nil)
        #expect(ImageHeader.format(of: Array("GIF89a".utf8)) == nil)
    }
}

@Suite struct WholeNumberTests {
    @Test func onlyWholeNumbersInRange() {
        #expect(DecimalText.wholeNumber(3, in: 0...10) == 3)
        #expect(DecimalText.wholeNumber(Decimal(string: "2.5")!, in: 0...10) == nil)
        #expect(DecimalText.wholeNumber(Decimal(string: "99999999999999999999999")!, in: 0...10) == nil)
        #expect(DecimalText.wholeNumber(Decimal(string: "-9223372036854775807")!, in: -10...10) == nil)
        #expect(DecimalText.clampedWhole(Decimal(string: "99999999999999999999999")!, to: 0...1000) == 1000)
        #expect(DecimalText.clampedWhole(Decimal(string: "-5.7")!, to: -10...10) == -5)
    }
}

import Foundation
