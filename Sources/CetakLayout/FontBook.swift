import CetakCore

/// The fonts of a run: resolves families through fontconfig, loads each face once and caches
/// shaped text. Shared by all documents and threads (every mutable part behind a lock).
public final class FontBook: Sendable {
    private struct StyleKey: Hashable {
        var family: String
        var fallbacks: [String]
        var bold: Bool
        var italic: Bool
    }

    private struct ShapeKey: Hashable {
        var set: Int
        var text: String
    }

    private struct State {
        let config: FontConfigHandle
        var faces: [FontRef: FontFace] = [:]
        var matches: [String: FontRef?] = [:]
        var sets: [StyleKey: FontSet] = [:]
        /// Faces found by fontconfig for characters no face of a style has (nil: no installed font has it).
        var coverage: [CoverageKey: FontFace?] = [:]
    }

    private struct CoverageKey: Hashable { var scalar: UInt32; var bold: Bool; var italic: Bool }

    private let state: Locked<State>
    /// Shaped words, bounded (a shaped word is some hundreds of bytes; 2 × 2,048 of them ≈ 3 MB: a form's own
    /// words and the common ones of its data stay, and 50,000 certificates merged measured no slower than with 8,192).
    private let shapes = Locked(GenerationalCache<ShapeKey, [ShapedPiece]>(limit: 2_048))
    /// Styles with their faces and space width, made once per style (a template has a handful).
    private let styledFonts = Locked(GenerationalCache<TextStyle, StyledFont>(limit: 1_024))

    /// Creates a font book over the system's fontconfig configuration.
    public init() throws(Diagnostic) {
        state = Locked(State(config: try FontConfigHandle()))
    }

    /// The font file fontconfig gives for the family, or nil when the family is not installed.
    public func resolve(family: String, bold: Bool = false, italic: Bool = false) throws(Diagnostic) -> FontRef? {
        try state.withLock { (s: inout State) throws(Diagnostic) -> FontRef? in try Self.match(&s, family, bold, italic) }
    }

    private static func match(_ s: inout State, _ family: String, _ bold: Bool, _ italic: Bool) throws(Diagnostic) -> FontRef? {
        let key = "\(family)|\(bold)|\(italic)"
        if let known = s.matches[key] { return known }
        let found = try s.config.match(family: family, bold: bold, italic: italic)
        s.matches[key] = found
        return found
    }

    private static func face(_ s: inout State, _ ref: FontRef) throws(Diagnostic) -> FontFace {
        if let f = s.faces[ref] { return f }
        let f = try FontFace(ref: ref)
        s.faces[ref] = f
        return f
    }

    /// Families tried for characters no named family has (✓, ✗ in Liberation): never for a missing family.
    static let glyphFallbacks = ["DejaVu Sans"]

    /// The faces for a style: its family (or, when missing, its first installed declared fallback) and
    /// the fallbacks for characters. A family that is not installed, with no declared fallback that is,
    /// is an error naming it — never silently another font.
    func fontSet(for style: TextStyle) throws(Diagnostic) -> FontSet {
        let key = StyleKey(family: style.family, fallbacks: style.fallbacks, bold: style.bold, italic: style.italic)
        return try state.withLock { (s: inout State) throws(Diagnostic) -> FontSet in
            if let set = s.sets[key] { return set }
            var declared: [FontFace] = []
            for family in style.fallbacks {
                if let ref = try Self.match(&s, family, style.bold, style.italic) {
                    declared.append(try Self.face(&s, ref))
                }
            }
            let primary: FontFace
            if let ref = try Self.match(&s, style.family, style.bold, style.italic) {
                primary = try Self.face(&s, ref)
            } else if let first = declared.first {
                primary = first
            } else {
                throw .fontNotFound(family: style.family)
            }
            var fallbacks = declared
            for family in Self.glyphFallbacks where !style.fallbacks.contains(family) {
                if let ref = try Self.match(&s, family, style.bold, style.italic) { fallbacks.append(try Self.face(&s, ref)) }
            }
            let set = FontSet(id: s.sets.count, primary: primary, fallbacks: fallbacks.filter { $0 !== primary },
                              bold: style.bold, italic: style.italic)
            s.sets[key] = set
            return set
        }
    }

    /// The style with its faces resolved and the width of its space.
    func styled(_ style: TextStyle) throws(Diagnostic) -> StyledFont {
        if let hit = styledFonts.withLock({ $0.value(style) }) { return hit }
        let set = try fontSet(for: style)
        let space = try shape(" ", with: set).reduce(0) { $0 + Double($1.advance) / $1.face.upem }
        let font = StyledFont(style: style, set: set, spaceEm: space)
        styledFonts.withLock { $0.insert(style, font) }
        return font
    }

    /// Shapes a piece of text (no line breaks) with the set: each character with the first face that has it.
    func shape(_ text: String, with set: FontSet) throws(Diagnostic) -> [ShapedPiece] {
        let key = ShapeKey(set: set.id, text: text)
        if let hit = shapes.withLock({ $0.value(key) }) { return hit }
        let pieces = try shapeUncached(text, set)
        shapes.withLock { $0.insert(key, pieces) }
        return pieces
    }

    /// The face for a character no face of the set has: the installed font fontconfig finds for it (cached),
    /// or nil when there is none.
    private func coveringFace(_ character: Character, _ set: FontSet) throws(Diagnostic) -> FontFace? {
        guard let scalar = character.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return nil }
        let key = CoverageKey(scalar: scalar.value, bold: set.bold, italic: set.italic)
        return try state.withLock { (s: inout State) throws(Diagnostic) -> FontFace? in
            if let known = s.coverage[key] { return known }
            var face: FontFace?
            if let ref = try s.config.match(covering: scalar.value, bold: set.bold, italic: set.italic) {
                let f = try Self.face(&s, ref)
                if f.covers(character) { face = f }
            }
            s.coverage[key] = .some(face)
            return face
        }
    }

    private func shapeUncached(_ text: String, _ set: FontSet) throws(Diagnostic) -> [ShapedPiece] {
        // Split into stretches of characters drawn by the same face: the style's faces first, then any
        // installed font that has the character (Javanese, Balinese, Sundanese, Jawi … from Noto); a
        // character no installed font has is drawn with the primary face and noted as missing.
        var stretches: [(face: FontFace, start: String.Index, end: String.Index)] = []
        var missing: [Character] = []
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            let ch = text[i]
            var face = set.face(for: ch)
            if face == nil, !ch.isWhitespace {
                face = try coveringFace(ch, set)
                if face == nil, !missing.contains(ch) { missing.append(ch) }
            }
            let chosen = face ?? set.primary
            if let last = stretches.last, last.face === chosen {
                stretches[stretches.count - 1].end = next
            } else {
                stretches.append((chosen, i, next))
            }
            i = next
        }
        let buffer = try ShapingBuffer()
        var pieces: [ShapedPiece] = []
        for stretch in stretches {
            let piece = String(text[stretch.start..<stretch.end])
            let glyphs = buffer.shape(piece, face: stretch.face)
            let offset = text.utf8.distance(from: text.startIndex, to: stretch.start)
            pieces.append(ShapedPiece(face: stretch.face, text: piece, byteOffset: offset, glyphs: glyphs,
                                      advance: glyphs.reduce(0) { $0 + Int($1.advance) },
                                      missing: missing.filter { piece.contains($0) }))
        }
        return pieces
    }
}

/// The faces resolved for one style: the primary and the fallbacks, in order.
struct FontSet: Sendable {
    /// Identity in the font book (cache key).
    let id: Int
    /// The style's own family.
    let primary: FontFace
    /// Fallback families, in the style's order.
    let fallbacks: [FontFace]
    /// The style's weight and slant (for a font found for a character none of these has).
    let bold: Bool
    let italic: Bool

    /// The first face that has the character; nil when none of the style's faces has it.
    func face(for character: Character) -> FontFace? {
        if character.isASCII || primary.covers(character) { return primary }
        for f in fallbacks where f.covers(character) { return f }
        return nil
    }
}
