/// What the first bytes of a PNG or JPEG file say about it — its format and size in pixels — read without
/// decoding, so that an image too large to decode (a 64 KB PNG of 23000 × 23000 pixels is 2 GB once
/// decoded) is refused with a message before any memory is spent on it.
public struct ImageHeader: Sendable, Equatable {
    /// PNG or JPEG.
    public enum Format: Sendable, Equatable { case png, jpeg }

    /// The format.
    public var format: Format
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// The most pixels an image may have: 40 megapixels (8000 × 5000), 160 MB once decoded — several times a
    /// phone photo, far more than a photo or a logo on a form needs.
    public static let maxPixels = 40_000_000
    /// The most pixels on a side (cairo's limit).
    public static let maxSide = 32_767
    /// The largest image file read (a scan or a phone photo is a few MB).
    public static let maxBytes = 32 << 20
    /// The first bytes of every PNG file.
    public static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// The first bytes of every JPEG file (start of image, then a marker).
    public static let jpegSignature: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// The format the first bytes of a file announce, or nil when they are neither a PNG's nor a JPEG's.
    public static func format(of bytes: some Collection<UInt8>) -> Format? {
        if bytes.starts(with: pngSignature) { return .png }
        if bytes.starts(with: jpegSignature) { return .jpeg }
        return nil
    }

    /// Reads the header from the first bytes of a file (a few KB are enough for a JPEG whose size marker comes
    /// after its metadata; 64 KB covers a phone's EXIF block); nil when the bytes are neither format, or the
    /// size cannot be found in them.
    public init?(_ bytes: ArraySlice<UInt8>) {
        let b = Array(bytes)
        let format = Self.format(of: b)
        if format == .png {
            guard b.count >= 24, b[12..<16].elementsEqual("IHDR".utf8) else { return nil }
            let be = { (i: Int) in b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
            self.init(format: .png, width: be(16), height: be(20))
            return
        }
        guard format == .jpeg else { return nil }
        // JPEG: walk the markers to the first start-of-frame (SOF0–SOF15 but DHT, JPG, DAC), which holds the size.
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || (0xD0...0xD7).contains(marker) || marker == 0x01 { i += 2; continue }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2 else { return nil }
            if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC {
                let height = Int(b[i + 5]) << 8 | Int(b[i + 6])
                let width = Int(b[i + 7]) << 8 | Int(b[i + 8])
                self.init(format: .jpeg, width: width, height: height)
                return
            }
            if marker == 0xD9 || marker == 0xDA { return nil }
            i += 2 + length
        }
        return nil
    }

    /// Creates a header.
    public init(format: Format, width: Int, height: Int) { self.format = format; self.width = width; self.height = height }

    /// Why the image cannot be drawn (no pixels, or too many), or nil when it can.
    public var problem: String? {
        guard width > 0, height > 0 else { return "the image has no pixels (\(width) × \(height))" }
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= Self.maxPixels, width <= Self.maxSide, height <= Self.maxSide else {
            return "the image is \(width) × \(height) pixels; cetak draws images of at most \(Self.maxPixels / 1_000_000) megapixels (\(Self.maxSide) pixels a side): scale it down — a photo or a logo on a form needs some hundred pixels a side"
        }
        return nil
    }
}
