import CetakCore
import Foundation
import Testing
@testable import CetakPDF

@Suite("Unusable fonts and images are reported by path")
struct InputErrorTests {
    @Test func unreadableFontNamesThePath() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let fake = dir + "/not-a-font.ttf"
        try Data("hello".utf8).write(to: URL(fileURLWithPath: fake))
        for path in [fake, dir + "/missing.ttf"] {
            #expect { try PDFFontCache().preload(FontRef(path: path)) } throws: { error in
                guard let d = error as? Diagnostic, d.kind == .system, d.message.hasPrefix("cannot use font") else { return false }
                let p = d.file
                return p == path && "\(error)".contains(path)
            }
        }
        let run = GlyphRun(font: FontRef(path: fake), size: 10, origin: Point(10, 10), glyphs: [PositionedGlyph(id: 1, x: 0, cluster: 0)], text: "a", width: 5)
        let writer = try PDFWriter(path: dir + "/x.pdf", metadata: Fixture.metadata())
        #expect { try writer.add(page: Frame(width: 100, height: 100, items: [.glyphs(run)])) } throws: { error in
            guard let d = error as? Diagnostic, d.kind == .system, d.message.hasPrefix("cannot use font") else { return false }
            let p = d.file
            return p == fake
        }
        #expect(try Fixture.files(in: dir) == ["not-a-font.ttf"])
    }

    @Test func nonPNGImageNamesThePath() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let fake = dir + "/logo.png"
        try Data("GIF89a not really".utf8).write(to: URL(fileURLWithPath: fake))
        let frame = Frame(width: 100, height: 100, items: [.image(ImageItem(rect: Rect(x: 0, y: 0, width: 50, height: 50), path: fake))])
        #expect { _ = try PNGRenderer().pixels(frame, dpi: 36) } throws: { error in
            guard let d = error as? Diagnostic, d.kind == .record, d.message.hasPrefix("cannot use image") else { return false }
            let p = d.file
            return p == fake
        }
    }

    @Test func sameFontIsLoadedOnce() throws {
        let cache = PDFFontCache()
        let a = try cache.face(for: Fixture.serif), b = try cache.face(for: Fixture.serif)
        #expect(a === b)
        #expect(try cache.face(for: Fixture.sans) !== a)
    }
}
