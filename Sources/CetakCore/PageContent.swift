/// What pagination put on a page, block by block, in the order placed: lets tests and tools check the
/// page rules (closing matter never alone, signatures with the data rows above them) on the layout's
/// own terms instead of guessing from glyphs.
public struct PageContent: Sendable, Hashable {
    /// The blocks on the page (a block split over pages is on each of them).
    public var blocks: [PlacedBlock]
    /// Creates a summary.
    public init(blocks: [PlacedBlock] = []) { self.blocks = blocks }
}

/// One body block, or the part of it, on a page.
public struct PlacedBlock: Sendable, Hashable {
    /// What was placed.
    public enum Kind: Sendable, Hashable {
        /// Lines of a paragraph.
        case text(lines: Int)
        /// Rows of a table: its data rows here, its empty rows for handwriting here, and its data rows in all.
        case table(role: TableRole, dataRows: Int, fillerRows: Int, totalDataRows: Int)
        /// An image, rule or QR code.
        case other
    }
    /// What was placed.
    public var kind: Kind
    /// The block's position in the document body (blocks of the same number are one block).
    public var element: Int
    /// Closing matter: the block is kept with the end of the block before it (keep-with-previous, or a
    /// chain of keeps leading from such a block).
    public var closing: Bool
    /// Creates an entry.
    public init(kind: Kind, element: Int, closing: Bool) { self.kind = kind; self.element = element; self.closing = closing }
}
