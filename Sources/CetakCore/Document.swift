/// A bound document: every value filled in, ready for layout. Produced by binding a template to
/// data; consumed by layout. Knows nothing of expressions, data files or PDF.
public struct Document: Sendable {
    /// The document key (file name stem), e.g. `M01-2019-09`.
    public var key: String
    /// PDF metadata title.
    public var title: String
    /// PDF metadata author (the issuing body), may be empty.
    public var author: String
    /// Page geometry, header and footer.
    public var page: PageSetup
    /// The flowing content.
    public var body: [Block]

    /// Creates a document.
    public init(key: String, title: String, author: String = "", page: PageSetup, body: [Block]) {
        self.key = key; self.title = title; self.author = author; self.page = page; self.body = body
    }
}

/// Paper, margins and the blocks repeated on every page.
public struct PageSetup: Sendable {
    /// Page width, points.
    public var width: Double
    /// Page height, points.
    public var height: Double
    /// Margins top, right, bottom, left, points.
    public var margin: (top: Double, right: Double, bottom: Double, left: Double)
    /// Blocks at the top of every page, inside the top margin area's bottom.
    public var header: [Block]
    /// Blocks at the bottom of every page (may hold page-number runs).
    public var footer: [Block]
    /// A decorative frame drawn on every page (certificates); nil for none.
    public var border: PageBorder?
    /// Where the page is set in the template (for a message when its margins leave no room).
    public var location: SourceLocation?

    /// Creates a page setup.
    public init(width: Double, height: Double, margin: (Double, Double, Double, Double),
                header: [Block] = [], footer: [Block] = [], border: PageBorder? = nil) {
        self.width = width; self.height = height
        self.margin = (margin.0, margin.1, margin.2, margin.3)
        self.header = header; self.footer = footer; self.border = border
    }
}

/// A frame around the page: an outer thick and an inner thin line at an inset from the edge.
public struct PageBorder: Sendable, Hashable {
    /// Distance of the outer line from the page edge, points.
    public var inset: Double
    /// Outer line width.
    public var outer: Double
    /// Inner line width (0 for none).
    public var inner: Double
    /// Gap between the two lines.
    public var gap: Double
    /// Colour.
    public var color: Color
    /// Creates a border.
    public init(inset: Double, outer: Double, inner: Double, gap: Double, color: Color = .black) {
        self.inset = inset; self.outer = outer; self.inner = inner; self.gap = gap; self.color = color
    }
}

/// A block of flowing content.
public indirect enum Block: Sendable {
    /// A paragraph of styled text.
    case paragraph(Paragraph)
    /// A table (also used for label–value grids, signature blocks and letterheads).
    case table(Table)
    /// An image on its own line.
    case image(BlockImage)
    /// Vertical space, and how much of it may go when that saves a sheet (points).
    case spacer(Double, shrink: Double = 0)
    /// A horizontal rule (single or thick-and-thin double).
    case rule(Rule)
    /// Start a new page.
    case pageBreak
    /// A square grid of dark and light modules (a QR code).
    case modules(ModuleGrid)
}

/// A square grid of modules drawn as filled squares, e.g. a QR code, with its quiet zone.
public struct ModuleGrid: Sendable, Hashable {
    /// Rows of modules, true for dark; every row as long as the number of rows.
    public var rows: [[Bool]]
    /// Side of the whole square including a 4-module quiet zone, points.
    public var size: Double
    /// Horizontal placement.
    public var align: TextAlign
    /// Creates a grid.
    public init(rows: [[Bool]], size: Double, align: TextAlign = .left) { self.rows = rows; self.size = size; self.align = align }
}

/// A piece of text in one style. A page-number run is filled in at pagination.
public struct TextRun: Sendable, Hashable {
    /// What a run holds.
    public enum Kind: Sendable, Hashable {
        /// Literal text (data values included: never interpreted).
        case text
        /// The current page number, 1-based.
        case pageNumber
        /// The number of pages of the document.
        case pageCount
        /// A forced line break.
        case lineBreak
    }
    /// Literal text (empty for the other kinds).
    public var text: String
    /// The style.
    public var style: TextStyle
    /// The kind.
    public var kind: Kind
    /// Creates a run.
    public init(_ text: String, style: TextStyle, kind: Kind = .text) { self.text = text; self.style = style; self.kind = kind }
}

/// A paragraph: runs of text broken into lines within the available width.
public struct Paragraph: Sendable {
    /// The text.
    public var runs: [TextRun]
    /// Alignment.
    public var align: TextAlign
    /// Space above, points (dropped at the top of a page).
    public var spaceBefore: Double
    /// Space below, points.
    public var spaceAfter: Double
    /// Left indent of every line, points.
    public var indent: Double
    /// Extra indent of the first line (negative for a hanging indent, as in numbered lists).
    public var firstLineIndent: Double
    /// Fill the rest of the last line with a dotted leader (a blank to write on by hand).
    public var leader: Leader?
    /// Keep with the next block on the same page.
    public var keepWithNext: Bool
    /// Keep with the end of the block before (closing matter: a summary line under its table).
    public var keepWithPrevious: Bool
    /// How much of the space above and below may go when that saves a sheet.
    public var flex: SpaceFlex
    /// Shrink the font size down to this floor (points) before wrapping, to fit one line; nil: never shrink.
    public var shrinkToFit: Double?

    /// Creates a paragraph.
    public init(runs: [TextRun], align: TextAlign = .left, spaceBefore: Double = 0, spaceAfter: Double = 0,
                indent: Double = 0, firstLineIndent: Double = 0, leader: Leader? = nil, keepWithNext: Bool = false,
                keepWithPrevious: Bool = false, flex: SpaceFlex = .none, shrinkToFit: Double? = nil) {
        self.runs = runs; self.align = align; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.indent = indent; self.firstLineIndent = firstLineIndent; self.leader = leader
        self.keepWithNext = keepWithNext; self.keepWithPrevious = keepWithPrevious; self.flex = flex
        self.shrinkToFit = shrinkToFit
    }
}

/// A line to write on by hand, drawn after the text to the end of the line.
public enum Leader: String, Sendable, Hashable {
    /// A dotted line.
    case dots
    /// A solid underline.
    case line
}

/// How wide a table column is.
public enum ColumnWidth: Sendable, Hashable {
    /// A fixed width in points.
    case fixed(Double)
    /// A share of what is left after the fixed columns (`2*`).
    case proportional(Double)
}

/// Which cell borders to draw.
public enum BorderStyle: String, Sendable, Hashable {
    /// Every cell boxed.
    case all
    /// No lines.
    case none
}

/// How much of the space above and below a block may go when that saves a sheet (points; 0: fixed).
public struct SpaceFlex: Sendable, Hashable {
    /// Of the space above.
    public var before: Double
    /// Of the space below.
    public var after: Double
    /// Creates the allowance.
    public init(before: Double = 0, after: Double = 0) { self.before = before; self.after = after }
    /// Fixed space.
    public static let none = SpaceFlex()
}

/// What a table is for: the page rules treat signature blocks and data grids differently.
public enum TableRole: String, Sendable, Hashable {
    /// A `<table>`: data rows, or a layout grid.
    case grid
    /// Label : value lines (`<fields>`).
    case fields
    /// Signature blocks (`<signatures>`).
    case signatures
    /// A numbered or bulleted list.
    case list
}

/// A table: columns, header rows repeated on every page, body rows.
public struct Table: Sendable {
    /// Column widths.
    public var columns: [ColumnWidth]
    /// Header rows (with the column-number row), repeated at the top of every page the table spans.
    public var header: [Row]
    /// Body rows.
    public var rows: [Row]
    /// Body rows made on demand (a long data table); when set, it stands for the body and `rows` is empty.
    public var source: RowSource?
    /// Borders.
    public var border: BorderStyle
    /// Border line width.
    public var borderWidth: Double
    /// Cell padding, points (top, right, bottom, left).
    public var padding: (top: Double, right: Double, bottom: Double, left: Double)
    /// Never split the table across pages (signature blocks, letterheads, field grids that must stay whole).
    public var keepTogether: Bool
    /// Keep with the last line or row of the block before (a signature block never alone on a page).
    public var keepWithPrevious: Bool
    /// Space above, points.
    public var spaceBefore: Double
    /// Space below, points.
    public var spaceAfter: Double
    /// How much of the space above and below may go when that saves a sheet.
    public var flex: SpaceFlex
    /// What the table is for.
    public var role: TableRole
    /// The `<table>` of the template (for a message when it cannot be laid out).
    public var location: SourceLocation?

    /// Number of body rows.
    public var bodyCount: Int { source?.count ?? rows.count }

    /// Creates a table.
    public init(columns: [ColumnWidth], header: [Row] = [], rows: [Row], border: BorderStyle = .all, borderWidth: Double = 0.5,
                padding: (Double, Double, Double, Double) = (2, 3, 2, 3), keepTogether: Bool = false,
                keepWithPrevious: Bool = false, spaceBefore: Double = 0, spaceAfter: Double = 0, source: RowSource? = nil,
                flex: SpaceFlex = .none, role: TableRole = .grid) {
        self.columns = columns; self.header = header; self.rows = rows; self.source = source; self.border = border
        self.borderWidth = borderWidth; self.padding = (padding.0, padding.1, padding.2, padding.3)
        self.keepTogether = keepTogether; self.keepWithPrevious = keepWithPrevious
        self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
        self.flex = flex; self.role = role
    }
}

/// A table row.
public struct Row: Sendable {
    /// The cells, left to right; a cell covered by a rowspan from above is simply absent.
    public var cells: [Cell]
    /// Minimum height, points (empty rows to fill in by hand).
    public var minHeight: Double
    /// An empty row for handwriting (`min-rows` padding): elastic, dropped where the page has no room
    /// for it, and never one of the rows kept with the closing matter.
    public var filler: Bool
    /// Creates a row.
    public init(cells: [Cell], minHeight: Double = 0, filler: Bool = false) {
        self.cells = cells; self.minHeight = minHeight; self.filler = filler
    }
}

/// A table cell.
public struct Cell: Sendable {
    /// Paragraphs (and nested blocks: images, spacers) inside the cell.
    public var content: [Block]
    /// Columns spanned.
    public var colspan: Int
    /// Rows spanned (within the header or within the body).
    public var rowspan: Int
    /// Vertical alignment.
    public var valign: VerticalAlign
    /// Background fill; nil for none.
    public var fill: Color?
    /// What the cell shows instead when its row is the first on a page that continues the table (a
    /// value left out because it repeats the row above, printed again there); nil: the same content.
    public var continued: [Block]?
    /// Creates a cell.
    public init(content: [Block], colspan: Int = 1, rowspan: Int = 1, valign: VerticalAlign = .top, fill: Color? = nil,
                continued: [Block]? = nil) {
        self.content = content; self.colspan = colspan; self.rowspan = rowspan; self.valign = valign; self.fill = fill
        self.continued = continued
    }
}

/// An image block.
public struct BlockImage: Sendable, Hashable {
    /// Absolute path of the PNG file; nil draws an empty frame with `placeholder` text (a photo box).
    public var path: String?
    /// Width, points.
    public var width: Double
    /// Height, points.
    public var height: Double
    /// Horizontal placement.
    public var align: TextAlign
    /// Text inside the empty frame when there is no image.
    public var placeholder: String
    /// Style of the placeholder text.
    public var style: TextStyle
    /// Creates an image block.
    public init(path: String?, width: Double, height: Double, align: TextAlign = .left, placeholder: String = "", style: TextStyle = TextStyle()) {
        self.path = path; self.width = width; self.height = height; self.align = align; self.placeholder = placeholder; self.style = style
    }
}

/// A horizontal rule across the available width.
public struct Rule: Sendable, Hashable {
    /// Width of the (first) line.
    public var width: Double
    /// When set, a second thinner line below (the kop surat's thick-and-thin rule): its width.
    public var second: Double?
    /// Gap between the two lines.
    public var gap: Double
    /// Space above.
    public var spaceBefore: Double
    /// Space below.
    public var spaceAfter: Double
    /// Creates a rule.
    public init(width: Double = 0.75, second: Double? = nil, gap: Double = 1.5, spaceBefore: Double = 2, spaceAfter: Double = 6) {
        self.width = width; self.second = second; self.gap = gap; self.spaceBefore = spaceBefore; self.spaceAfter = spaceAfter
    }
}
