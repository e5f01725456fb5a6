import CetakCore

/// Lays out a paragraph into lines (one `VAtom` each, spacing before/after not included).
struct ParagraphLayout {
    let itemizer: TextItemizer

    /// The lines of `p` set in `width` points.
    func lines(_ p: Paragraph, width: Double) throws(Diagnostic) -> [VAtom] {
        var items = try itemizer.items(p.runs)
        let firstStart = max(0, p.indent + p.firstLineIndent)
        let restStart = max(0, p.indent)
        let widthOf = { (n: Int) -> Double in max(0, width - (n == 0 ? firstStart : restStart)) }
        if let floor = p.shrinkToFit { shrink(&items, floor: floor, width: widthOf(0)) }
        let breaker = LineBreaker(itemizer: itemizer)
        let textLines = try breaker.lines(items, widthOf: widthOf)
        let fallbackStyle = try itemizer.styled(p.runs.first?.style ?? TextStyle())
        var out: [VAtom] = []
        out.reserveCapacity(textLines.count)
        for (n, line) in textLines.enumerated() {
            let isLast = n == textLines.count - 1
            let start = n == 0 ? firstStart : restStart
            out.append(place(line, start: start, avail: widthOf(n), width: width, align: p.align, isLast: isLast,
                                 leader: isLast ? p.leader : nil, fallback: fallbackStyle))
        }
        return out
    }

    /// Lowers every size by 0.5 pt steps until the text fits one line or the floor is reached.
    private func shrink(_ items: inout [TextItem], floor: Double, width: Double) {
        var natural = 0.0, maxSize = 0.0
        for item in items {
            switch item {
            case .seg(let s): natural += s.width; maxSize = max(maxSize, s.size)
            case .glue(let em, let size, _): natural += em * size
            case .forced: return
            }
        }
        guard natural > width, maxSize > floor else { return }
        var d = 0.0
        func widthAt(_ d: Double) -> Double {
            items.reduce(0) { acc, item in
                switch item {
                case .seg(let s): return acc + s.em * max(floor, s.size - d)
                case .glue(let em, let size, _): return acc + em * max(floor, size - d)
                case .forced: return acc
                }
            }
        }
        while maxSize - d > floor, widthAt(d) > width + 0.01 { d += 0.5 }
        for i in items.indices {
            switch items[i] {
            case .seg(var s): s.size = max(floor, s.size - d); items[i] = .seg(s)
            case .glue(let em, let size, let font): items[i] = .glue(em: em, size: max(floor, size - d), font: font)
            case .forced: break
            }
        }
    }

    /// Positions one line's glyph runs, underlines and leader; items relative to the line's top-left.
    private func place(_ line: TextLine, start: Double, avail: Double, width: Double, align: TextAlign, isLast: Bool,
                       leader: Leader?, fallback: StyledFont) -> VAtom {
        // Vertical metrics: each fragment centred in its own line height (half-leading), the line fits all.
        var above = 0.0, below = 0.0
        var glueCount = 0
        for item in line.items {
            switch item {
            case .seg(let s):
                let (a, b) = Self.extent(face: s.set.primary, size: s.size, lineHeight: s.style.lineHeight)
                above = max(above, a); below = max(below, b)
            case .glue: glueCount += 1
            case .forced: break
            }
        }
        if above == 0 && below == 0 {
            let font = line.emptyStyle ?? fallback
            (above, below) = Self.extent(face: font.set.primary, size: font.style.size, lineHeight: font.style.lineHeight)
        }
        let baseline = above
        let natural = line.width
        var x = start
        var stretch = 0.0
        switch align {
        case .left: break
        case .right: x += max(0, avail - natural)
        case .center: x += max(0, avail - natural) / 2
        case .justify:
            if !isLast && !line.endsForced && glueCount > 0 && natural < avail { stretch = (avail - natural) / Double(glueCount) }
        }

        var out: [FrameItem] = []
        var builder: RunBuilder?
        var underline: (from: Double, to: Double, y: Double, thickness: Double, color: Color)?
        func flushUnderline() {
            if let u = underline {
                out.append(.line(LineItem(from: Point(u.from, u.y), to: Point(u.to, u.y), width: u.thickness, color: u.color)))
            }
            underline = nil
        }
        var gapPending = false
        for item in BidiOrder.visual(line.items) {
            switch item {
            case .glue(let em, let size, let font):
                x += em * size + stretch
                gapPending = true
                if !font.style.underline { flushUnderline() }
            case .seg(let s):
                let segStart = x
                for piece in s.pieces {
                    // Appended in place (through the optional: no copy of the run's arrays).
                    if !gapPending, builder?.accepts(piece.face, size: s.size, color: s.style.color) == true {
                        builder?.append(piece, size: s.size)
                    } else {
                        if let b = builder { out.append(.glyphs(b.run)) }
                        var b = RunBuilder(face: piece.face, size: s.size, color: s.style.color, origin: Point(x, baseline))
                        b.append(piece, size: s.size)
                        builder = b
                    }
                    gapPending = false
                    x += piece.width(at: s.size)
                }
                if s.style.underline {
                    let face = s.set.primary
                    if underline == nil {
                        underline = (segStart, x, baseline + face.underlineOffset * s.size,
                                     max(0.25, face.underlineThickness * s.size), s.style.color)
                    } else {
                        underline?.to = x
                    }
                } else {
                    flushUnderline()
                }
            case .forced: break
            }
        }
        if let b = builder { out.append(.glyphs(b.run)) }
        flushUnderline()
        if let leader {
            let from = line.items.isEmpty ? start : x + 2
            if width - from > 1 {
                out.append(.line(LineItem(from: Point(from, baseline), to: Point(width, baseline), width: 0.5,
                                          dash: leader == .dots ? [0.5, 2] : [])))
            }
        }
        return VAtom(height: above + below, items: out)
    }

    /// Space above and below the baseline of text in `face` at `size` with the given line height.
    static func extent(face: FontFace, size: Double, lineHeight: Double) -> (Double, Double) {
        let asc = face.ascender * size, desc = face.descender * size
        let half = (size * lineHeight - asc - desc) / 2
        return (asc + half, desc + half)
    }
}

/// Accumulates shaped pieces of one font, size and colour into a glyph run.
struct RunBuilder {
    let face: FontFace
    let size: Double
    let color: Color
    let origin: Point
    var glyphs: [PositionedGlyph] = []
    var text = ""
    var width = 0.0

    init(face: FontFace, size: Double, color: Color, origin: Point) {
        self.face = face; self.size = size; self.color = color; self.origin = origin
    }

    /// Whether text in this face, size and colour continues the run.
    func accepts(_ face: FontFace, size: Double, color: Color) -> Bool {
        self.face === face && self.size == size && self.color == color
    }

    /// Adds a piece after what is there.
    mutating func append(_ piece: ShapedPiece, size: Double) {
        let scale = size / piece.face.upem
        let base = text.utf8.count
        var pen = width
        if glyphs.isEmpty { glyphs.reserveCapacity(piece.glyphs.count) }
        for g in piece.glyphs {
            glyphs.append(PositionedGlyph(id: g.id, x: pen + Double(g.xOffset) * scale, y: -Double(g.yOffset) * scale,
                                          cluster: base + g.cluster))
            pen += Double(g.advance) * scale
        }
        width = pen
        text += piece.text
    }

    /// The finished run.
    var run: GlyphRun { GlyphRun(font: face.ref, size: size, origin: origin, glyphs: glyphs, text: text, width: width, color: color) }
}
