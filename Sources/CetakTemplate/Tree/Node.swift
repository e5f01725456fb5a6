import CetakCore

/// A content node of a template, before binding.
public indirect enum Node: Sendable {
    /// `<p>`: text with inline formatting and `{...}` values.
    case paragraph(ParagraphNode)
    /// `<fields>`: label–value lines, one or two columns.
    case fields(FieldsNode)
    /// `<table>`.
    case table(TableNode)
    /// `<signatures>`: one to three signatories side by side.
    case signatures(SignaturesNode)
    /// `<image>`.
    case image(ImageNode)
    /// `<list>`: a numbered or bulleted list.
    case list(ListNode)
    /// `<spacer height>`.
    case spacer(FlexSpace)
    /// `<rule>`.
    case rule(Rule)
    /// `<page-break/>`.
    case pageBreak
    /// `<if test>` … `<else>` ….
    case conditional(ConditionalNode)
    /// `<each in as>`: repeat the children for every item of a list.
    case each(EachNode)
    /// `<let>` inside content: bind a variable for the following siblings.
    case binding(LetDecl)
    /// `<qr value size align>`: a QR code of the value.
    case qr(QRNode)
}

/// A QR code node.
public struct QRNode: Sendable {
    /// The text to encode.
    public var value: Interpolation
    /// Side of the square, quiet zone included.
    public var size: Double
    /// Placement.
    public var align: TextAlign
    /// Where it is.
    public var location: SourceLocation
}

/// A piece of inline content with the formatting that applies to it.
public struct InlineNode: Sendable {
    /// What it holds.
    public enum Kind: Sendable {
        /// Literal template text.
        case text(String)
        /// A value to print literally.
        case expr(Expr)
        /// `<br/>`.
        case lineBreak
    }
    /// What it holds.
    public var kind: Kind
    /// Bold from `<b>`.
    public var bold: Bool
    /// Italic from `<i>`.
    public var italic: Bool
    /// Underline from `<u>`.
    public var underline: Bool
    /// A named style from `<span style>`.
    public var style: String?
}

/// A paragraph node.
public struct ParagraphNode: Sendable {
    /// Named style.
    public var style: String?
    /// Alignment overriding the style.
    public var align: TextAlign?
    /// Content.
    public var inlines: [InlineNode]
    /// Space above, overriding the style.
    public var spaceBefore: FlexSpace?
    /// Space below, overriding the style.
    public var spaceAfter: FlexSpace?
    /// Left indent.
    public var indent: Double
    /// First line indent (negative: hanging).
    public var firstLineIndent: Double
    /// Leader to the end of the last line.
    public var leader: Leader?
    /// Keep with the next block.
    public var keepWithNext: Bool
    /// Keep with the end of the block before (closing matter).
    public var keepWithPrevious: Bool = false
    /// Leave the paragraph out when every value in it is empty (a letterhead line with no data).
    public var omitEmpty: Bool = false
    /// Shrink to fit one line down to this size.
    public var shrink: Double?
    /// Only when this holds (nil: always).
    public var when: Expr?
    /// Where it is.
    public var location: SourceLocation
}

/// Label–value lines.
public struct FieldsNode: Sendable {
    /// One or two columns of fields.
    public var columns: Int
    /// Width of the label column.
    public var labelWidth: Double
    /// Text style.
    public var style: String?
    /// The fields in reading order (row by row).
    public var fields: [FieldNode]
    /// Space above.
    public var spaceBefore: FlexSpace
    /// Space below.
    public var spaceAfter: FlexSpace
    /// Where it is.
    public var location: SourceLocation
}

/// One label–value line.
public struct FieldNode: Sendable {
    /// The label.
    public var label: [InlineNode]
    /// The value.
    public var value: [InlineNode]
    /// Where it is.
    public var location: SourceLocation
}

/// A table node.
public struct TableNode: Sendable {
    /// Default text style of the cells.
    public var style: String?
    /// Style of the header cells.
    public var headerStyle: String?
    /// Columns.
    public var columns: [TableColumn]
    /// Header rows.
    public var header: [RowNode]
    /// Print the row of column numbers "(1) (2) …" under the header; `numbering` gives custom labels.
    public var numbers: [String]?
    /// Body content: fixed rows and data row sources.
    public var body: [TableBodyItem]
    /// Borders.
    public var border: BorderStyle
    /// Padding.
    public var padding: (Double, Double, Double, Double)
    /// Never split.
    public var keepTogether: Bool
    /// Keep with the previous block.
    public var keepWithPrevious: Bool
    /// Space above.
    public var spaceBefore: FlexSpace
    /// Space below.
    public var spaceAfter: FlexSpace
    /// Where it is.
    public var location: SourceLocation
}

/// A column of a table.
public struct TableColumn: Sendable {
    /// Its width.
    public var width: ColumnWidth
    /// Default alignment of its cells.
    public var align: TextAlign?
    /// Default vertical alignment of its cells.
    public var valign: VerticalAlign?
}

/// Body content of a table.
public enum TableBodyItem: Sendable {
    /// A fixed row.
    case row(RowNode)
    /// Rows from data.
    case rows(RowsNode)
}

/// `<rows>`: one row per item of a list, padded with empty numbered rows up to `minRows`.
public struct RowsNode: Sendable {
    /// The list.
    public var source: Expr
    /// Name bound to each item (its fields are in scope by bare name too).
    public var itemName: String?
    /// Sort keys.
    public var sort: [SortKey]
    /// Pad with empty rows up to this count.
    public var minRows: Int
    /// How far the padding of an empty table goes: `min-rows` rows, or down to the bottom of the page.
    public var fill: RowsFill = .rows
    /// Height of an empty padding row.
    public var emptyHeight: Double
    /// Text printed as the only row when the list is empty (e.g. "Tidak ada").
    public var emptyText: String?
    /// Fixed leading rows, matched to items: each value of `fixed` gets a row, filled by the first item whose `match` equals it; unmatched items follow.
    public var fixed: [String]
    /// The expression compared with each fixed value.
    public var match: Expr?
    /// Variables bound per row, in order, before its cells (`<let>` inside `<rows>`).
    public var lets: [LetDecl]
    /// The row template.
    public var row: RowNode
    /// Where it is.
    public var location: SourceLocation
}

/// How far `<rows>` pads a table that has no data rows (a blank form, a document with nothing to list).
public enum RowsFill: String, Sendable {
    /// Up to `min-rows` rows.
    case rows
    /// Down to the bottom of the page: a form for handwriting uses the sheet.
    case page
}

/// A row template.
public struct RowNode: Sendable {
    /// Cells.
    public var cells: [CellNode]
    /// Minimum height.
    public var minHeight: Double
    /// Only when this holds.
    public var when: Expr?
    /// Where it is.
    public var location: SourceLocation
}

/// A cell template.
public struct CellNode: Sendable {
    /// Content nodes (inline text becomes one paragraph).
    public var content: [Node]
    /// Columns spanned.
    public var colspan: Int
    /// Rows spanned.
    public var rowspan: Int
    /// Alignment.
    public var align: TextAlign?
    /// Vertical alignment.
    public var valign: VerticalAlign?
    /// Text style.
    public var style: String?
    /// Background.
    public var fill: Color?
    /// What the cell prints instead on the first row of a page that continues the table.
    public var continued: Interpolation? = nil
    /// Where it is.
    public var location: SourceLocation
}

/// Signatories side by side.
public struct SignaturesNode: Sendable {
    /// One to three columns.
    public var signatories: [SignatoryNode]
    /// Text style.
    public var style: String?
    /// Space above.
    public var spaceBefore: FlexSpace
    /// Where it is.
    public var location: SourceLocation
}

/// One signatory: role lines, signature space, name, NIP.
public struct SignatoryNode: Sendable {
    /// Print the place-and-date line above the role.
    public var placeDate: [InlineNode]?
    /// Role lines ("Mengetahui,", "Kepala Sekolah Inti").
    public var lines: [[InlineNode]]
    /// The name (printed bold and underlined).
    public var name: [InlineNode]
    /// Lines after the name, before the NIP (pangkat, golongan).
    public var after: [[InlineNode]]
    /// The NIP (printed "NIP. …", left out when empty).
    public var nip: Expr?
    /// A scanned signature image, when given.
    public var image: Expr?
    /// A box "Meterai 10000" beside the signature space.
    public var meterai: Bool
    /// Where it is.
    public var location: SourceLocation
}

/// An image node.
public struct ImageNode: Sendable {
    /// Path of the PNG (relative paths resolve against the context file, then the template).
    public var src: Expr?
    /// Width.
    public var width: Double
    /// Height.
    public var height: Double
    /// Placement.
    public var align: TextAlign
    /// Text in the empty frame when there is no image.
    public var placeholder: String
    /// Where it is.
    public var location: SourceLocation
}

/// A numbered or bulleted list.
public struct ListNode: Sendable {
    /// Text style.
    public var style: String?
    /// "1." numbering, "a." letters, or "•".
    public var marker: ListMarker
    /// Items.
    public var items: [[InlineNode]]
    /// Indent of the item text.
    public var indent: Double
    /// Space below.
    public var spaceAfter: FlexSpace
    /// Where it is.
    public var location: SourceLocation
}

/// List markers.
public enum ListMarker: String, Sendable {
    /// 1. 2. 3.
    case decimal
    /// a. b. c.
    case alpha
    /// •
    case bullet
    /// - 
    case dash
}

/// `<if>`.
public struct ConditionalNode: Sendable {
    /// The test.
    public var test: Expr
    /// When true.
    public var then: [Node]
    /// When false.
    public var otherwise: [Node]
    /// Where it is (the `<if>`, or the `<include>` it stands for).
    public var location: SourceLocation? = nil
}

/// `<each>`.
public struct EachNode: Sendable {
    /// The list.
    public var source: Expr
    /// Name of each item.
    public var itemName: String
    /// Repeated content.
    public var body: [Node]
    /// Where it is.
    public var location: SourceLocation? = nil
}
