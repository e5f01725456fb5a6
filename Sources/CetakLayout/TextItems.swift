import CetakCore

/// A run style with its resolved faces, shared by the fragments of a paragraph (a reference keeps fragments small).
final class StyledFont: Sendable {
    /// The style.
    let style: TextStyle
    /// Its faces.
    let set: FontSet
    /// Width of a space, em.
    let spaceEm: Double

    init(style: TextStyle, set: FontSet, spaceEm: Double) { self.style = style; self.set = set; self.spaceEm = spaceEm }
}

/// A word or word fragment in one style: shaped, with what may follow it on a line.
struct Seg {
    /// The characters shown.
    var text: String
    /// Style and faces.
    var font: StyledFont
    /// Shaped pieces (one per face).
    var pieces: [ShapedPiece]
    /// Advance in em (multiply by `size`).
    var em: Double
    /// Size actually used (shrink-to-fit may lower it below the style's).
    var size: Double
    /// A line may break after this fragment (a space, a hyphen, a slash or an en dash follows or ends it).
    var breakAfter: Bool

    /// The style.
    var style: TextStyle { font.style }
    /// The faces.
    var set: FontSet { font.set }
    /// Width in points.
    var width: Double { em * size }

    init(text: String, font: StyledFont, pieces: [ShapedPiece], breakAfter: Bool) {
        self.text = text; self.font = font; self.pieces = pieces
        self.em = pieces.reduce(0) { $0 + Double($1.advance) / $1.face.upem }
        self.size = font.style.size; self.breakAfter = breakAfter
    }
}

/// What a paragraph is made of, in order.
enum TextItem {
    /// A word fragment.
    case seg(Seg)
    /// An inter-word space (consecutive spaces collapse), width in em of its style.
    case glue(em: Double, size: Double, font: StyledFont)
    /// A forced line break.
    case forced(StyledFont)
}

/// Cuts runs into words and spaces and shapes the words.
struct TextItemizer {
    let fonts: FontBook
    /// Where the characters no installed font has are noted (nil: not noted).
    var missing: MissingGlyphs? = nil

    /// Words longer than this many characters are cut into pieces of this length (see `items`).
    static let longWord = 48

    /// Characters after which a line may break inside a word: hyphen, slash, en dash.
    static func isBreakAfter(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "/" || c == "\u{2013}" }

    /// The style with its faces resolved.
    func styled(_ style: TextStyle) throws(Diagnostic) -> StyledFont { try fonts.styled(style) }

    /// Items for runs whose page-number runs already hold their text.
    func items(_ runs: [TextRun]) throws(Diagnostic) -> [TextItem] {
        var out: [TextItem] = []
        var last: StyledFont?
        for run in runs {
            if run.kind != .lineBreak && run.text.isEmpty { continue }
            let font: StyledFont
            if let last, last.style == run.style { font = last } else { font = try styled(run.style); last = font }
            if run.kind == .lineBreak { out.append(.forced(font)); continue }
            // A word is a stretch of the run's scalars, cut out once it ends (no copy scalar by scalar).
            let scalars = run.text.unicodeScalars
            var wordStart: String.Index?
            func flushWord(upTo end: String.Index, breakAfter: Bool) throws(Diagnostic) {
                guard let start = wordStart else { return }
                wordStart = nil
                let text = String(Substring(scalars[start..<end]))
                // A word longer than any line (a pasted URL, a cell of garbage) is cut into pieces that
                // may break between them, so that breaking it costs time in proportion to its length.
                if text.unicodeScalars.count > Self.longWord {
                    let chars = Array(text)
                    var start = 0
                    while start < chars.count {
                        let end = min(chars.count, start + Self.longWord)
                        let piece = String(chars[start..<end])
                        let pieces = try fonts.shape(piece, with: font.set)
                        missing?.note(pieces)
                        out.append(.seg(Seg(text: piece, font: font, pieces: pieces, breakAfter: end < chars.count ? true : breakAfter)))
                        start = end
                    }
                    return
                }
                let pieces = try fonts.shape(text, with: font.set)
                missing?.note(pieces)
                out.append(.seg(Seg(text: text, font: font, pieces: pieces, breakAfter: breakAfter)))
            }
            var previousCR = false
            var i = scalars.startIndex
            while i < scalars.endIndex {
                let c = scalars[i]
                let next = scalars.index(after: i)
                defer { previousCR = c == "\r"; i = next }
                switch c {
                case "\n", "\u{2028}", "\r":
                    if c == "\n" && previousCR { continue }
                    try flushWord(upTo: i, breakAfter: true)
                    out.append(.forced(font))
                case " ", "\t":
                    try flushWord(upTo: i, breakAfter: true)
                    if case .glue = out.last { continue }
                    out.append(.glue(em: font.spaceEm, size: run.style.size, font: font))
                default:
                    if wordStart == nil { wordStart = i }
                    if Self.isBreakAfter(c) { try flushWord(upTo: next, breakAfter: true) }
                }
            }
            try flushWord(upTo: scalars.endIndex, breakAfter: false)
        }
        // A fragment is a break point when a space, a forced break or the end follows it.
        for i in out.indices {
            guard case .seg(var s) = out[i], !s.breakAfter else { continue }
            if i + 1 == out.count { s.breakAfter = true } else if case .seg = out[i + 1] {} else { s.breakAfter = true }
            out[i] = .seg(s)
        }
        return out
    }

    /// Splits a fragment after as many whole characters as fit in `width` (at least one when `force`).
    func split(_ seg: Seg, fitting width: Double, force: Bool) throws(Diagnostic) -> (Seg, Seg)? {
        var cut = seg.text.startIndex
        var best: String.Index?
        while cut < seg.text.endIndex {
            let next = seg.text.index(after: cut)
            if next == seg.text.endIndex { break }
            let prefix = String(seg.text[..<next])
            let w = try fonts.shape(prefix, with: seg.set).reduce(0) { $0 + Double($1.advance) / $1.face.upem } * seg.size
            if w <= width + 0.01 { best = next } else { break }
            cut = next
        }
        if best == nil && force { best = seg.text.index(after: seg.text.startIndex) }
        guard let at = best, at < seg.text.endIndex else { return nil }
        func part(_ text: String, breakAfter: Bool) throws(Diagnostic) -> Seg {
            var s = Seg(text: text, font: seg.font, pieces: try fonts.shape(text, with: seg.set), breakAfter: breakAfter)
            s.size = seg.size
            return s
        }
        return (try part(String(seg.text[..<at]), breakAfter: true), try part(String(seg.text[at...]), breakAfter: seg.breakAfter))
    }
}
