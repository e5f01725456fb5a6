import CetakCore

/// Heights the keep rules need, at a given squeeze.
struct FlowMeasure {
    let elements: [FlowElement]
    let squeeze: Squeeze

    /// Space above an element.
    func before(_ e: FlowElement) -> Double {
        switch e {
        case .paragraph(let p): return squeeze.space(p.before, p.flex.before)
        case .table(let t): return squeeze.space(t.table.spaceBefore, t.table.flex.before)
        default: return 0
        }
    }

    /// Space below an element.
    func after(_ e: FlowElement) -> Double {
        switch e {
        case .paragraph(let p): return squeeze.space(p.after, p.flex.after)
        case .table(let t): return squeeze.space(t.table.spaceAfter, t.table.flex.after)
        default: return 0
        }
    }

    /// Height without the space around it; a table's empty rows for handwriting are left out (they give way).
    func body(_ e: FlowElement) -> Double {
        switch e {
        case .paragraph(let p): return p.lines.height
        case .table(let t): return t.headerHeight + t.dataHeight
        case .atom(let a): return a.height
        case .spacer(let h, let shrink): return squeeze.space(h, shrink)
        case .pageBreak: return 0
        }
    }

    /// What must come first on a page when the element starts there, space above included.
    func lead(_ e: FlowElement) -> Double {
        switch e {
        case .paragraph(let p): return before(e) + Array(p.lines.prefix(2)).height
        case .table(let t): return before(e) + t.leadHeight
        default: return body(e)
        }
    }

    /// Height of everything the chain from `first` to `last` needs after `first`'s end: the space
    /// between, the blocks between whole, and the lead of the last.
    func rest(from first: Int, to last: Int) -> Double {
        var h = after(elements[first])
        for j in (first + 1)..<last {
            let e = elements[j]
            h += e.isBlock ? before(e) + body(e) + after(e) : body(e)
        }
        return h + lead(elements[last])
    }

    /// Height of everything after element `i` up to the next page break (or the end).
    func following(_ i: Int) -> Double {
        var h = 0.0
        for e in elements[(i + 1)...] {
            if case .pageBreak = e { break }
            h += before(e) + body(e) + after(e)
        }
        return h
    }
}
