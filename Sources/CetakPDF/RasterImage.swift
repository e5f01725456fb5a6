/// A rendered page as pixels.
public struct RasterImage: Sendable, Hashable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Premultiplied ARGB words (alpha in the top byte), row by row from the top.
    public var pixels: [UInt32]

    /// Creates an image.
    public init(width: Int, height: Int, pixels: [UInt32]) {
        self.width = width; self.height = height; self.pixels = pixels
    }
}
