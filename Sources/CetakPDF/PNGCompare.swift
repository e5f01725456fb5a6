import CetakCore

/// Compares PNG images pixel by pixel, for reference-image tests.
public enum PNGCompare {
    /// The fraction (0–1) of pixels of which some channel differs by more than `tolerance`
    /// (out of 255); 1.0 when the sizes differ. Unreadable files throw an error naming them.
    public static func difference(a: String, b: String, tolerance: UInt8 = 8) throws(Diagnostic) -> Double {
        let first = try CairoImage.load(a)
        let second = try CairoImage.load(b)
        return difference(RasterImage(width: first.width, height: first.height, pixels: first.argbPixels()),
                          RasterImage(width: second.width, height: second.height, pixels: second.argbPixels()),
                          tolerance: tolerance)
    }

    /// The same measure for two rasters already in memory.
    public static func difference(_ a: RasterImage, _ b: RasterImage, tolerance: UInt8 = 8) -> Double {
        guard a.width == b.width, a.height == b.height, a.pixels.count == b.pixels.count else { return 1.0 }
        guard !a.pixels.isEmpty else { return 0 }
        var differing = 0
        for (p, q) in zip(a.pixels, b.pixels) where p != q {
            for shift in stride(from: 0, to: 32, by: 8) {
                let x = Int((p >> UInt32(shift)) & 0xFF), y = Int((q >> UInt32(shift)) & 0xFF)
                if abs(x - y) > Int(tolerance) { differing += 1; break }
            }
        }
        return Double(differing) / Double(a.pixels.count)
    }
}
