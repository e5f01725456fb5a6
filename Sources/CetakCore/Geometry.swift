/// A point in page space: points from the top-left corner, y growing downwards.
public struct Point: Sendable, Hashable {
    /// Horizontal position.
    public var x: Double
    /// Vertical position (down).
    public var y: Double
    /// Creates a point.
    public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

/// A rectangle in page space (top-left origin, y down).
public struct Rect: Sendable, Hashable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double
    /// Creates a rectangle.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
}

/// An RGB colour, components 0–1.
public struct Color: Sendable, Hashable {
    /// Red.
    public var r: Double
    /// Green.
    public var g: Double
    /// Blue.
    public var b: Double
    /// Creates a colour.
    public init(_ r: Double, _ g: Double, _ b: Double) { self.r = r; self.g = g; self.b = b }
    /// Black.
    public static let black = Color(0, 0, 0)
    /// White.
    public static let white = Color(1, 1, 1)
    /// Parses `#rrggbb`; nil otherwise.
    public static func parse(_ text: String) -> Color? {
        guard text.count == 7, text.first == "#", let v = Int(text.dropFirst(), radix: 16) else { return nil }
        return Color(Double((v >> 16) & 0xFF) / 255, Double((v >> 8) & 0xFF) / 255, Double(v & 0xFF) / 255)
    }
}

/// Paper sizes the forms use, portrait, in points.
public enum Paper: String, Sendable, CaseIterable {
    /// ISO A4, 210 × 297 mm.
    case a4
    /// F4 / Folio as Indonesian offices use it, 215 × 330 mm.
    case f4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// Width and height in points, portrait.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: return (Units.mm(210), Units.mm(297))
        case .f4: return (Units.mm(215), Units.mm(330))
        case .letter: return (612, 792)
        }
    }
}
