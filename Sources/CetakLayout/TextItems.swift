import CetakCore

/// A word or word fragment in one style: shaped, with what may follow it on a line.
struct Seg {
    /// The characters shown.
    var text: String
    /// The style.
    var style: TextStyle
    /// Faces of the style.
    var set: FontSet
    /// Shaped pieces (one per face).
    var pieces: [ShapedPiece]
    /// Advance in em (multiply by `size`).
    var em: Double
    /// Size actually used (shrink-to-fit may lower it below the style's).
    var size: Double
    /// A line may break after this fragment (a space, a hyphen, a slash or an en dash follows or ends it).
    var breakAfter: Bool

    /// Width in points.
    var width: Double { em * size }

    init(text: String, style: TextStyle, set: FontSet, pieces: [ShapedPiece], breakAfter: Bool) {
        self.text = text; self.style = style; self.set = set; self.pieces = pieces
        self.em = pieces.reduce(0) { $0 + Double($1.advance) / $1.face.upem }
        self.size = style.size; self.breakAfter = breakAfter
    }
}

/// What a paragraph is made of, in order.
enum TextItem {
    /// A word fragment.
    case seg(Seg)
    /// An inter-word space (consecutive spaces collapse), width in em of its style.
    case glue(em: Double, size: Double, style: TextStyle)
    /// A forced line break.
    case forced(TextStyle)
}

/// Cuts runs into words and spaces and shapes the words.
struct TextItemizer {
    let fonts: FontBook

    /// Characters after which a line may break inside a word.
    static func isBreakAfter(_ c: Character) -> Bool { c == "-" || c == "/" || c == "\u{2013}" }

    /// Items for runs whose page-number runs already hold their text.
    func items(_ runs: [TextRun]) throws(LayoutError) -> [TextItem] {
        var out: [TextItem] = []
        for run in runs {
            if run.kind == .lineBreak { out.append(.forced(run.style)); continue }
            if run.text.isEmpty { continue }
            let set = try fonts.fontSet(for: run.style)
            var word = ""
            func flushWord(breakAfter: Bool) throws(LayoutError) {
                guard !word.isEmpty else { return }
                let pieces = try fonts.shape(word, with: set)
                out.append(.seg(Seg(text: word, style: run.style, set: set, pieces: pieces, breakAfter: breakAfter)))
                word = ""
            }
            for c in run.text {
                if c == "\n" || c == "\r\n" || c == "\u{2028}" {
                    try flushWord(breakAfter: true)
                    out.append(.forced(run.style))
                } else if c == " " || c == "\t" {
                    try flushWord(breakAfter: true)
                    if case .glue = out.last { continue }
                    let em = try spaceEm(set)
                    out.append(.glue(em: em, size: run.style.size, style: run.style))
                } else {
                    word.append(c)
                    if Self.isBreakAfter(c) { try flushWord(breakAfter: true) }
                }
            }
            try flushWord(breakAfter: false)
        }
        // A fragment is a break point when a space, a forced break or the end follows it.
        for i in out.indices {
            guard case .seg(var s) = out[i], !s.breakAfter else { continue }
            if i + 1 == out.count { s.breakAfter = true } else if case .seg = out[i + 1] {} else { s.breakAfter = true }
            out[i] = .seg(s)
        }
        return out
    }

    /// Width of a space in the set's primary face, em.
    func spaceEm(_ set: FontSet) throws(LayoutError) -> Double {
        let pieces = try fonts.shape(" ", with: set)
        return pieces.reduce(0) { $0 + Double($1.advance) / $1.face.upem }
    }

    /// Splits a fragment after as many whole characters as fit in `width` (at least one when `force`).
    func split(_ seg: Seg, fitting width: Double, force: Bool) throws(LayoutError) -> (Seg, Seg)? {
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
        func part(_ text: String, breakAfter: Bool) throws(LayoutError) -> Seg {
            var s = Seg(text: text, style: seg.style, set: seg.set, pieces: try fonts.shape(text, with: seg.set), breakAfter: breakAfter)
            s.size = seg.size
            return s
        }
        return (try part(String(seg.text[..<at]), breakAfter: true), try part(String(seg.text[at...]), breakAfter: seg.breakAfter))
    }
}
