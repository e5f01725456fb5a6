/// A laid-out page: its size and positioned items, independent of any output backend.
public struct Frame: Sendable {
    /// Page width in points.
    public var width: Double
    /// Page height in points.
    public var height: Double
    /// What is drawn, in painting order.
    public var items: [FrameItem]
    /// The body blocks placed on the page (empty for a frame not made by pagination).
    public var content: PageContent

    /// Creates a page frame.
    public init(width: Double, height: Double, items: [FrameItem] = [], content: PageContent = PageContent()) {
        self.width = width; self.height = height; self.items = items; self.content = content
    }
}

/// One thing drawn on a page.
public enum FrameItem: Sendable {
    /// Shaped text.
    case glyphs(GlyphRun)
    /// A straight line (cell borders, rules, underlines, signature lines).
    case line(LineItem)
    /// A rectangle, stroked and/or filled.
    case rect(RectItem)
    /// A raster image (PNG).
    case image(ImageItem)
}

/// Identifies a font file (and face within it) for the backend to load.
public struct FontRef: Sendable, Hashable {
    /// Absolute path of the font file.
    public var path: String
    /// Face index inside the file (0 for a plain .ttf).
    public var index: Int
    /// Creates a reference.
    public init(path: String, index: Int = 0) { self.path = path; self.index = index }
}

/// A glyph placed relative to its run's origin.
public struct PositionedGlyph: Sendable, Hashable {
    /// Glyph id in the font.
    public var id: UInt32
    /// Horizontal offset from the run's origin, points.
    public var x: Double
    /// Vertical offset from the baseline, points (down positive).
    public var y: Double
    /// Byte offset in the run's UTF-8 text where this glyph's cluster starts.
    public var cluster: Int
    /// Creates a glyph.
    public init(id: UInt32, x: Double, y: Double = 0, cluster: Int) { self.id = id; self.x = x; self.y = y; self.cluster = cluster }
}

/// A run of glyphs of one font and size on one baseline, with the text it shows.
public struct GlyphRun: Sendable {
    /// The font.
    public var font: FontRef
    /// Size in points.
    public var size: Double
    /// Baseline start, page coordinates.
    public var origin: Point
    /// The glyphs.
    public var glyphs: [PositionedGlyph]
    /// The text the glyphs show (for extraction and searching).
    public var text: String
    /// Advance width of the whole run.
    public var width: Double
    /// Text colour.
    public var color: Color
    /// Creates a run.
    public init(font: FontRef, size: Double, origin: Point, glyphs: [PositionedGlyph], text: String, width: Double, color: Color = .black) {
        self.font = font; self.size = size; self.origin = origin; self.glyphs = glyphs; self.text = text; self.width = width; self.color = color
    }
}

/// A line segment.
public struct LineItem: Sendable, Hashable {
    /// Start point.
    public var from: Point
    /// End point.
    public var to: Point
    /// Stroke width, points.
    public var width: Double
    /// Dash pattern (on, off, …), empty for solid.
    public var dash: [Double]
    /// Colour.
    public var color: Color
    /// Creates a line.
    public init(from: Point, to: Point, width: Double = 0.5, dash: [Double] = [], color: Color = .black) {
        self.from = from; self.to = to; self.width = width; self.dash = dash; self.color = color
    }
}

/// A rectangle.
public struct RectItem: Sendable, Hashable {
    /// Where.
    public var rect: Rect
    /// Stroke width; nil for no stroke.
    public var stroke: Double?
    /// Fill colour; nil for no fill.
    public var fill: Color?
    /// Stroke colour.
    public var color: Color
    /// Creates a rectangle item.
    public init(rect: Rect, stroke: Double? = 0.5, fill: Color? = nil, color: Color = .black) {
        self.rect = rect; self.stroke = stroke; self.fill = fill; self.color = color
    }
}

/// A PNG image scaled into a rectangle.
public struct ImageItem: Sendable, Hashable {
    /// Where.
    public var rect: Rect
    /// Absolute path of the PNG or JPEG file.
    public var path: String
    /// Creates an image item.
    public init(rect: Rect, path: String) { self.rect = rect; self.path = path }
}

extension Frame {
    /// The page's text, runs ordered top to bottom then left to right, one line per baseline.
    public var text: String {
        let runs = items.compactMap { item -> GlyphRun? in if case .glyphs(let r) = item { return r } else { return nil } }
            .sorted { abs($0.origin.y - $1.origin.y) > 0.5 ? $0.origin.y < $1.origin.y : $0.origin.x < $1.origin.x }
        var lines: [String] = []
        var lastY = -Double.infinity
        for r in runs {
            if abs(r.origin.y - lastY) > 0.5 || lines.isEmpty { lines.append(r.text) } else { lines[lines.count - 1] += " " + r.text }
            lastY = r.origin.y
        }
        return lines.joined(separator: "\n")
    }
}
