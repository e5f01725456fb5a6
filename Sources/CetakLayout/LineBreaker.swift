import CetakCore

/// One line of a paragraph before placement.
struct TextLine {
    /// Fragments and the spaces between them (no leading or trailing space).
    var items: [TextItem] = []
    /// The line ends in a forced break (not justified).
    var endsForced = false
    /// The style of a forced break ending an otherwise empty line (for its height).
    var emptyStyle: StyledFont?

    /// Natural width, points.
    var width: Double {
        items.reduce(0) { acc, item in
            switch item {
            case .seg(let s): return acc + s.width
            case .glue(let em, let size, _): return acc + em * size
            case .forced: return acc
            }
        }
    }
}

/// Greedy first-fit line breaking at spaces, after hyphens/slashes/en dashes, and inside words
/// (between characters) when a word alone is wider than the line.
struct LineBreaker {
    let itemizer: TextItemizer

    /// Breaks `input` into lines; `widthOf(n)` is the width available to line n.
    func lines(_ input: [TextItem], widthOf: (Int) -> Double) throws(Diagnostic) -> [TextLine] {
        var items = input
        var lines: [TextLine] = []
        var line = TextLine()
        var lineWidth = 0.0
        var pendingGlue: TextItem?
        var i = 0
        let eps = 0.01

        func finish(forced: Bool, style: StyledFont? = nil) {
            line.endsForced = forced
            if line.items.isEmpty { line.emptyStyle = style }
            lines.append(line)
            line = TextLine()
            lineWidth = 0
            pendingGlue = nil
        }

        while i < items.count {
            switch items[i] {
            case .forced(let style):
                finish(forced: true, style: style)
                i += 1
            case .glue(let em, let size, _):
                if !line.items.isEmpty, em * size > 0 { pendingGlue = items[i] }
                i += 1
            case .seg:
                let avail = widthOf(lines.count)
                // The unbreakable unit: fragments up to the next break point.
                var j = i
                var unitWidth = 0.0
                while j < items.count, case .seg(let s) = items[j] {
                    unitWidth += s.width
                    j += 1
                    if s.breakAfter { break }
                }
                let glueWidth: Double
                if case .glue(let em, let size, _)? = pendingGlue { glueWidth = em * size } else { glueWidth = 0 }
                if lineWidth + glueWidth + unitWidth <= avail + eps {
                    if let g = pendingGlue { line.items.append(g); pendingGlue = nil }
                    line.items.append(contentsOf: items[i..<j])
                    lineWidth += glueWidth + unitWidth
                    i = j
                } else if !line.items.isEmpty {
                    finish(forced: false)
                } else {
                    // A unit wider than a whole line: break it between characters.
                    var k = i
                    while k < j, case .seg(let s) = items[k], lineWidth + s.width <= avail + eps {
                        line.items.append(items[k]); lineWidth += s.width; k += 1
                    }
                    if k < j, case .seg(let s) = items[k] {
                        if let (head, tail) = try itemizer.split(s, fitting: avail - lineWidth, force: line.items.isEmpty) {
                            line.items.append(.seg(head))
                            items[k] = .seg(tail)
                        } else if line.items.isEmpty {
                            // A single character wider than the line: nothing narrower exists.
                            line.items.append(items[k])
                            k += 1
                        }
                    }
                    i = k
                    finish(forced: false)
                }
            }
        }
        if !line.items.isEmpty || lines.isEmpty {
            finish(forced: false, style: nil)
        }
        return lines
    }
}
