import CetakCore
import Foundation
import Testing
@testable import CetakPDF

@Suite("PNG rendering and comparison")
struct PNGRendererTests {
    @Test func renderHasExpectedPixelSizeAndInk() throws {
        let frame = try Fixture.page(1)
        let image = try PNGRenderer().pixels(frame, dpi: 36)
        #expect(image.width == 421 && image.height == 298)
        #expect(image.pixels.count == 421 * 298)
        #expect(image.pixels[0] == 0xFFFF_FFFF)  // white background
        let ink = image.pixels.filter { $0 & 0x00FF_FFFF < 0x0080_8080 }.count
        #expect(ink > 50)  // text and lines were drawn
    }

    @Test func identicalRendersCompareEqualAndChangesAreSeen() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let renderer = try PNGRenderer()
        try renderer.write(try Fixture.page(1), dpi: 36, to: dir + "/a.png")
        try renderer.write(try Fixture.page(1), dpi: 36, to: dir + "/b.png")
        try renderer.write(try Fixture.page(1, words: "Halaman 9 — berbeda sekali"), dpi: 36, to: dir + "/c.png")
        try renderer.write(try Fixture.page(1), dpi: 24, to: dir + "/small.png")

        #expect(try PNGCompare.difference(a: dir + "/a.png", b: dir + "/b.png") == 0)
        let changed = try PNGCompare.difference(a: dir + "/a.png", b: dir + "/c.png")
        #expect(changed > 0 && changed < 0.05)
        #expect(try PNGCompare.difference(a: dir + "/a.png", b: dir + "/small.png") == 1.0)
        #expect(try Fixture.files(in: dir) == ["a.png", "b.png", "c.png", "small.png"])
    }

    @Test func fileAndMemoryRendersAgree() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let renderer = try PNGRenderer()
        let frame = try Fixture.page(3)
        try renderer.write(frame, dpi: 36, to: dir + "/p.png")
        let onDisk = try CairoImage.load(dir + "/p.png")
        let fromFile = RasterImage(width: onDisk.width, height: onDisk.height, pixels: onDisk.argbPixels())
        #expect(PNGCompare.difference(fromFile, try renderer.pixels(frame, dpi: 36), tolerance: 0) == 0)
    }
}
