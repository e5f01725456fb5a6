import CetakCore

/// A body block measured for pagination.
enum FlowElement {
    /// A paragraph: lines that may split across pages.
    case paragraph(lines: [VAtom], before: Double, after: Double, keepWithNext: Bool)
    /// A table: rows that may split across pages, header repeated.
    case table(TableLayout)
    /// Something that moves whole (image, rule).
    case atom(VAtom)
    /// Vertical space.
    case spacer(Double)
    /// A forced page break.
    case pageBreak

    /// Height of what must come first on a page when this element starts (for keep-with-next).
    var leadHeight: Double {
        switch self {
        case .paragraph(let lines, let before, _, _): return before + Array(lines.prefix(2)).height
        case .table(let t):
            if t.table.keepTogether { return t.table.spaceBefore + t.totalHeight }
            return t.table.spaceBefore + t.headerHeight + (t.groups.first.map { t.height($0) } ?? 0)
        case .atom(let a): return a.height
        case .spacer(let h): return h
        case .pageBreak: return 0
        }
    }
}

/// What is put on a page: positioned items, or a table's rows there.
enum Placed {
    /// Finished items.
    case items([FrameItem])
    /// Rows of a table.
    case segment(TableSegment)
}

/// Where the previous block's last row or last two lines start, to move them along with a
/// keep-with-previous block that would otherwise start a page alone.
struct Tail {
    /// The page.
    var page: Int
    /// Placed entries from this index on belong to the tail.
    var placedIndex: Int
    /// For a table tail, the row slot of the segment where it starts (nil: the whole entry goes).
    var slot: Int?
    /// Top of the tail on its page.
    var y: Double
    /// What to put again on the next page.
    var replay: Replay
    /// Space placed after the tail (spacers), put again after the replay.
    var gapAfter: Double = 0

    /// What a tail is made of.
    enum Replay {
        /// Paragraph lines.
        case lines([VAtom])
        /// Body rows of a table (its header is repeated before them).
        case rows(TableLayout, Range<Int>)
    }
}
