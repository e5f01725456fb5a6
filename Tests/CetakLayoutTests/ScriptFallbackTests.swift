import CetakCore
import Testing
@testable import CetakLayout

/// Issue 14: names in Indonesia's scripts print with an installed font that has them (fontconfig finds it),
/// a character no font has is noted for a warning, and right-to-left words keep their order.
@Suite struct ScriptFallbackTests {
    func frame(_ text: String, missing: MissingGlyphs? = nil) throws -> Frame {
        var frames: [Frame] = []
        _ = try layouter().layout(document([.paragraph(para(text))]), missing: missing) { frames.append($0); return true }
        return frames[0]
    }

    @Test(arguments: [("ꦲꦤ꧀ꦢꦿ", "NotoSansJavanese"), ("ᬅᬦ᭄ᬤ᭄ᬭ", "NotoSansBalinese"), ("ᮃᮔ᮪ᮓᮢ", "NotoSansSundanese"),
                      ("ᯅᯖᯂ᯲", "NotoSansBatak"), ("ᨅᨘᨁᨗ", "NotoSansBuginese")])
    func aScriptNoStyleFontHasComesFromAnInstalledNotoFont(_ text: String, _ font: String) throws {
        let missing = MissingGlyphs()
        let f = try frame("Nama \(text)", missing: missing)
        let run = try #require(f.runs.first { $0.text == text })
        #expect(run.font.path.contains(font), "\(run.font.path)")
        #expect(run.glyphs.allSatisfy { $0.id != 0 }, "an empty box in \(text)")
        #expect(f.runs.first { $0.text == "Nama" }?.font.path.contains("LiberationSerif") == true)
        #expect(missing.characters.isEmpty)
    }

    @Test func aCharacterNoFontHasIsNotedWithItsScript() throws {
        let missing = MissingGlyphs()
        _ = try frame("Daeng 𑻠𑻡 dan 𑻠", missing: missing)
        #expect(missing.characters == ["𑻠", "𑻡"])
        let message = MissingGlyphs.message(for: "ꦲ")
        #expect(message.contains("U+A9B2") && message.contains("Javanese") && message.contains("fonts-noto-core"))
        #expect(MissingGlyphs.message(for: "𑻠").contains("Makasar"))
    }

    @Test func rightToLeftWordsAreInReadingOrder() throws {
        let f = try frame("Madrasah محمد عبدالله Nurul")
        let xs = ["Madrasah", "محمد", "عبدالله", "Nurul"].map { w in f.runs.first { $0.text == w }?.origin.x ?? -1 }
        #expect(xs.allSatisfy { $0 >= 0 }, "\(f.runs.map(\.text))")
        // Left to right on the page: Madrasah, then the second Arabic word, then the first, then Nurul.
        #expect(xs[0] < xs[2] && xs[2] < xs[1] && xs[1] < xs[3], "\(xs)")
        let latin = try frame("Madrasah Ibtidaiyah Nurul")
        let lx = ["Madrasah", "Ibtidaiyah", "Nurul"].map { w in latin.runs.first { $0.text == w }?.origin.x ?? -1 }
        #expect(lx[0] < lx[1] && lx[1] < lx[2])
    }
}
