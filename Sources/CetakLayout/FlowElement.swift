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
