import CetakCore

/// A body block measured for pagination.
enum FlowElement {
    /// A paragraph: lines that may split across pages.
    case paragraph(FlowParagraph)
    /// A table: rows that may split across pages, header repeated.
    case table(TableLayout)
    /// Something that moves whole (image, rule).
    case atom(VAtom)
    /// Vertical space, and how much of it may go when that saves a sheet.
    case spacer(Double, shrink: Double)
    /// A forced page break.
    case pageBreak

    /// Kept on one page with the block after it.
    var keepWithNext: Bool {
        if case .paragraph(let p) = self { return p.keepWithNext }
        return false
    }

    /// Kept on one page with the end of the block before it.
    var keepWithPrevious: Bool {
        switch self {
        case .paragraph(let p): return p.keepWithPrevious
        case .table(let t): return t.table.keepWithPrevious
        default: return false
        }
    }

    /// A block (not space or a break): what keep chains are made of.
    var isBlock: Bool {
        switch self {
        case .spacer, .pageBreak: return false
        default: return true
        }
    }
}

/// A paragraph's lines and the spacing and keeps around them.
struct FlowParagraph {
    /// The lines.
    var lines: [VAtom]
    /// Space above and below (the space above is dropped at the top of a page).
    var before: Double, after: Double
    /// How much of that space may go when that saves a sheet.
    var flex: SpaceFlex
    /// Keeps.
    var keepWithNext: Bool, keepWithPrevious: Bool
}

/// What is put on a page: positioned items, or a table's rows there.
enum Placed {
    /// Finished items.
    case items([FrameItem])
    /// Rows of a table.
    case segment(TableSegment)
}

/// How hard pagination tries to save a sheet (the cheap fixes, in the order tried).
struct Squeeze: Equatable {
    /// Empty rows for handwriting give way to everything that follows their table on the page, not
    /// only to the closing matter kept with it.
    var fillersYield = false
    /// Share (0…1) of every flexible space's allowance taken away.
    var tightness = 0.0

    /// `natural` less this share of its allowance `shrink`.
    func space(_ natural: Double, _ shrink: Double) -> Double {
        natural - tightness * min(max(0, shrink), max(0, natural))
    }
}

/// Keep chains: runs of blocks that keep-with-next / keep-with-previous tie together (space between
/// them belongs to the run; a page break ends it). A chain goes on one page as: the end of its first
/// block (the last two data rows of a table, the last two lines of a paragraph, or all of anything
/// else), every block between whole, and the start of its last block (a table's header and first row,
/// a paragraph's first two lines). A chain holding a keep-with-previous block is closing matter from
/// its second block on: summary lines, legends, place and date, signatures.
struct KeepChains {
    /// For the first block of each chain: the index of its last block.
    private(set) var end: [Int: Int] = [:]
    /// Per element: part of closing matter.
    private(set) var closing: [Bool]

    init(_ elements: [FlowElement]) {
        closing = [Bool](repeating: false, count: elements.count)
        var next = [Int?](repeating: nil, count: elements.count)
        var linkedInto = [Bool](repeating: false, count: elements.count)
        for i in elements.indices where elements[i].isBlock {
            var j = i + 1
            while j < elements.count, case .spacer = elements[j] { j += 1 }
            guard j < elements.count, elements[j].isBlock, elements[i].keepWithNext || elements[j].keepWithPrevious else { continue }
            next[i] = j
            linkedInto[j] = true
        }
        for i in elements.indices where next[i] != nil && !linkedInto[i] {
            var members = [i]
            while let j = next[members[members.count - 1]] { members.append(j) }
            end[i] = members[members.count - 1]
            if members.dropFirst().contains(where: { elements[$0].keepWithPrevious }) {
                for m in members.dropFirst() { closing[m] = true }
            }
        }
    }
}

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
