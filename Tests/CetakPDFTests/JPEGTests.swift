import CetakCore
import CTurboJPEG
import Foundation
import Testing
@testable import CetakPDF

/// JPEG logos and photos are decoded by libjpeg-turbo into cairo surfaces; damaged files are refused with the file named.
@Suite struct JPEGTests {
    /// A JPEG of `width` × `height` pixels in one colour, made with libjpeg-turbo's compressor.
    static func jpeg(width: Int, height: Int, rgb: (UInt8, UInt8, UInt8)) throws -> [UInt8] {
        let handle = try #require(tjInitCompress())
        defer { tjDestroy(handle) }
        var pixels: [UInt8] = []
        for _ in 0..<(width * height) { pixels += [rgb.0, rgb.1, rgb.2] }
        var out: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        let status = pixels.withUnsafeBufferPointer { buf in
            tjCompress2(handle, buf.baseAddress, Int32(width), 0, Int32(height), Int32(TJPF_RGB.rawValue), &out, &size,
                        Int32(TJSAMP_444.rawValue), 95, 0)
        }
        #expect(status == 0)
        let base = try #require(out)
        defer { tjFree(base) }
        return Array(UnsafeBufferPointer(start: base, count: Int(size)))
    }

    @Test func decodesIntoTheRightColours() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/merah.jpg"
        try Data(try Self.jpeg(width: 40, height: 20, rgb: (220, 20, 20))).write(to: URL(fileURLWithPath: path))
        let image = try CairoImage.load(path)
        #expect(image.width == 40 && image.height == 20)
        // Cairo's RGB24 is 0xXXRRGGBB: red stays red (channel order BGRX in memory), within JPEG's rounding.
        let px = image.argbPixels()[20 * 10 + 20]
        let (r, g, b) = (Int(px >> 16 & 0xFF), Int(px >> 8 & 0xFF), Int(px & 0xFF))
        #expect(abs(r - 220) <= 4 && abs(g - 20) <= 4 && abs(b - 20) <= 4, "pixel \(String(px, radix: 16))")
        try ImageFile.check(path)
    }

    @Test func drawsAJPEGOnAPageAndIntoAPDF() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/biru.jpg"
        try Data(try Self.jpeg(width: 30, height: 30, rgb: (20, 40, 200))).write(to: URL(fileURLWithPath: path))
        let frame = Frame(width: 200, height: 200, items: [.image(ImageItem(rect: Rect(x: 50, y: 50, width: 100, height: 100), path: path))])
        let page = try PNGRenderer().pixels(frame, dpi: 72)
        let px = page.pixels[100 * page.width + 100]
        #expect(px & 0xFF > 180 && (px >> 16) & 0xFF < 60, "blue in the middle of the page: \(String(px, radix: 16))")
        let w = try PDFWriter(path: dir + "/a.pdf", metadata: Fixture.metadata())
        try w.add(page: frame)
        try w.finish()
        let pdf = try Data(contentsOf: URL(fileURLWithPath: dir + "/a.pdf"))
        #expect(pdf.count > 800)
    }

    @Test func refusesACutShortOrFakeJPEGNamingTheFile() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let whole = try Self.jpeg(width: 64, height: 64, rgb: (10, 200, 10))
        let cut = dir + "/cut.jpg"
        try Data(whole.prefix(whole.count / 2)).write(to: URL(fileURLWithPath: cut))
        #expect { try ImageFile.check(cut) } throws: { ($0 as? Diagnostic)?.description.contains("cut.jpg") == true }
        let fake = dir + "/fake.jpg"
        try Data([0xFF, 0xD8, 0xFF, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: fake))
        #expect { try ImageFile.check(fake) } throws: { ($0 as? Diagnostic)?.description.contains("fake.jpg") == true }
    }
}
