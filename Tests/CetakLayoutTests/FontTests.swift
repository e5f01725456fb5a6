import CetakCore
import Testing
@testable import CetakLayout

@Suite struct FontTests {
    @Test func checkMarkFallsBackToDejaVu() throws {
        let frame = try layout([.paragraph(para("Terlaksana ✓ ✗"))])[0]
        let word = try #require(frame.runs.first { $0.text == "Terlaksana" })
        let check = try #require(frame.runs.first { $0.text == "✓" })
        #expect(word.font.path.contains("LiberationSerif"))
        #expect(check.font.path.contains("DejaVuSans"))
        #expect(check.font != word.font)
        #expect(check.glyphs.count == 1 && check.glyphs[0].id != 0)
    }

    @Test func unknownFamilyWithoutFallbackThrowsNamingIt() throws {
        let p = para("x", style(family: "Nirwana Sans Pro", fallbacks: []))
        #expect(throws: Diagnostic.fontNotFound(family: "Nirwana Sans Pro")) { try layout([.paragraph(p)]) }
        let error = Diagnostic.fontNotFound(family: "Nirwana Sans Pro")
        #expect(error.description.contains("Nirwana Sans Pro") && error.kind == .system)
    }

    @Test func marginsThatLeaveNoRoomAreATemplateErrorAtThePage() throws {
        var doc = document([.paragraph(para("x"))])
        doc.page.margin = (420, 20, 420, 20)
        doc.page.location = SourceLocation(file: "t.xml", line: 5)
        #expect { _ = try layouter().layout(doc) } throws: { e in
            guard let d = e as? Diagnostic else { return false }
            return d.kind == .template && d.location == SourceLocation(file: "t.xml", line: 5) && d.message.contains("make the margins smaller")
        }
    }

    @Test func unknownFamilyUsesAnInstalledFallback() throws {
        let frame = try layout([.paragraph(para("x", style(family: "Nirwana Sans Pro", fallbacks: ["Nope", "DejaVu Sans"])))])[0]
        #expect(frame.runs.first?.font.path.contains("DejaVuSans") == true)
    }

    @Test func boldAndFamiliesResolveToTheirFiles() throws {
        let fonts = try sharedFonts.get()
        #expect(try fonts.resolve(family: "Liberation Sans", bold: true)?.path.hasSuffix("LiberationSans-Bold.ttf") == true)
        #expect(try fonts.resolve(family: "liberation serif")?.path.hasSuffix("LiberationSerif-Regular.ttf") == true)
        #expect(try fonts.resolve(family: "Nirwana Sans Pro") == nil)
    }

    @Test func advancesScaleLinearlyWithSize() throws {
        let small = try layout([.paragraph(para("Sekolah", style(10)))])[0].runs[0]
        let large = try layout([.paragraph(para("Sekolah", style(20)))])[0].runs[0]
        #expect(abs(large.width - 2 * small.width) < 1e-9)
    }
}
