import CetakCore

/// One row of a CSV file or a sheet as written, before its header is known.
public struct SheetRow: Sendable {
    /// 1-based line of a CSV file, or the row number of a sheet.
    public var line: Int
    /// The cells in column order ("" for an empty one): column n is at index n − 1.
    public var fields: [String] {
        get { cells?.strings ?? strings }
        set { strings = newValue; cells = nil }
    }
    /// What each cell held (XLSX), or nil when every cell is text.
    public var origins: [CellOrigin]?
    private var strings: [String]
    /// The cells of a CSV row, held in the file's `CellTexts` (nil: `strings`).
    private(set) var cells: CellSpan?

    /// Creates a row.
    public init(line: Int, fields: [String], origins: [CellOrigin]? = nil) {
        self.line = line
        self.strings = fields
        self.origins = origins
    }

    /// Creates a row of cells held in a table's texts.
    init(line: Int, cells: CellSpan) {
        self.line = line
        self.strings = []
        self.cells = cells
    }

    /// Number of cells.
    var count: Int { cells?.count ?? strings.count }

    /// The text of cell i (i < count).
    func field(_ i: Int) -> String { cells.map { $0[i] } ?? strings[i] }

    /// True when cell i holds nothing but spaces (i < count).
    func isBlankField(_ i: Int) -> Bool { cells.map { $0.isBlank(i) } ?? SheetRow.isBlank(strings[i]) }

    /// What the cell at an index held.
    func origin(at i: Int) -> CellOrigin {
        guard let origins, i < origins.count else { return .text }
        return origins[i]
    }

    /// True when no cell holds anything but spaces.
    var isBlank: Bool { (0..<count).allSatisfy(isBlankField) }

    /// True for a cell of spaces, tabs and line breaks only.
    static func isBlank(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// A rectangle of merged cells of a sheet: 1-based rows and columns, both ends included.
public struct CellRange: Sendable, Hashable {
    /// Top row.
    public var firstRow: Int
    /// Bottom row.
    public var lastRow: Int
    /// Left column.
    public var firstColumn: Int
    /// Right column.
    public var lastColumn: Int

    /// Creates a range.
    public init(firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.lastRow = lastRow
        self.firstColumn = firstColumn
        self.lastColumn = lastColumn
    }

    /// Parses `A1:C3` (or a single `B2`); nil for anything else.
    public init?(reference: String) {
        let parts = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let a = CellRange.cell(parts[0]), let b = CellRange.cell(parts[parts.count - 1]) else { return nil }
        self.init(firstRow: min(a.row, b.row), lastRow: max(a.row, b.row),
                  firstColumn: min(a.column, b.column), lastColumn: max(a.column, b.column))
    }

    /// Row and column of a reference such as `B17` (`$` signs allowed); nil when it is not one.
    public static func cell<S: StringProtocol>(_ ref: S) -> (row: Int, column: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for b in ref.utf8 {
            switch b {
            case 0x24: continue
            case 0x41...0x5A, 0x61...0x7A:
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((b | 0x20) - 0x60)
                letters += 1
            case 0x30...0x39:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(b - 0x30)
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (row, column)
    }
}
