/// Horizontal alignment of text.
public enum TextAlign: String, Sendable, Hashable {
    /// Flush left.
    case left
    /// Centred.
    case center
    /// Flush right.
    case right
    /// Both edges flush, the last line left.
    case justify
}

/// Vertical alignment of a cell's content.
public enum VerticalAlign: String, Sendable, Hashable {
    /// At the top.
    case top
    /// In the middle.
    case middle
    /// At the bottom.
    case bottom
}

/// A fully resolved text style: what a run of text looks like.
public struct TextStyle: Sendable, Hashable {
    /// Font family as fontconfig knows it ("Liberation Serif").
    public var family: String
    /// Families the template names to stand in: for the family itself when it is not installed, and
    /// for characters it lacks. (Layout always adds DejaVu Sans for characters, never for the family.)
    public var fallbacks: [String]
    /// Size in points.
    public var size: Double
    /// Bold face.
    public var bold: Bool
    /// Italic face.
    public var italic: Bool
    /// Underlined.
    public var underline: Bool
    /// Line height as a multiple of the size.
    public var lineHeight: Double
    /// Colour.
    public var color: Color

    /// Creates a style.
    public init(family: String = "Liberation Serif", fallbacks: [String] = [], size: Double = 11,
                bold: Bool = false, italic: Bool = false, underline: Bool = false, lineHeight: Double = 1.2,
                color: Color = .black) {
        self.family = family; self.fallbacks = fallbacks; self.size = size; self.bold = bold
        self.italic = italic; self.underline = underline; self.lineHeight = lineHeight; self.color = color
    }
}
