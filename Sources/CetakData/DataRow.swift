import CetakCore

/// Where a cell's value starts: 1-based line and column (a JSON value's character column).
public struct CellPosition: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One row of a table: the raw text of each cell and where it is.
///
/// Cells are stored in column order beside a header shared with the other rows, so a million
/// rows cost a million small arrays, not a million dictionaries; `cells` builds one on request.
public struct DataRow: Sendable {
    /// The file, for locations.
    public let file: String
    /// 1-based line where the row starts.
    public let line: Int
    /// Raw cell texts in the order of the table's columns ("" for a JSON key the object lacks); a
    /// row shorter than the header has fewer.
    public var values: [String] {
        guard let span else { return strings }
        if header.sourceColumns == nil && span.count <= header.names.count { return span.strings }
        return header.names.indices.map { span[header.sourceColumn($0) - 1] }
    }
    private let strings: [String]
    /// The cells of a CSV row where the file's texts hold them (nil: `strings`); the header says
    /// which cell is which column.
    let span: CellSpan?
    /// Where each value is (JSON); nil for CSV, where a cell is at the row's line and its column number.
    let positions: [CellPosition]?
    /// What each spreadsheet cell held (XLSX); nil when every cell is text.
    let origins: [CellOrigin]?
    let header: ColumnHeader

    init(file: String, line: Int, values: [String], positions: [CellPosition]?, header: ColumnHeader, origins: [CellOrigin]? = nil) {
        self.file = file
        self.line = line
        self.strings = values
        self.span = nil
        self.positions = positions
        self.header = header
        self.origins = origins
    }

    /// A CSV row whose cells stay in the file's texts.
    init(file: String, line: Int, cells: CellSpan, header: ColumnHeader) {
        self.file = file
        self.line = line
        self.strings = []
        self.span = cells
        self.positions = nil
        self.header = header
        self.origins = nil
    }

    /// Number of values (see `values`).
    public var count: Int {
        guard let span else { return strings.count }
        return header.sourceColumns == nil ? min(span.count, header.names.count) : header.names.count
    }

    /// The raw text of column index i; "" past the row's end.
    public func value(at i: Int) -> String {
        guard let span else { return i < strings.count ? strings[i] : "" }
        return i < header.names.count ? span[header.sourceColumn(i) - 1] : ""
    }

    /// The index of the row's cell holding column i, for a row whose cells are in a `CellTexts`.
    func cellIndex(of i: Int) -> Int? {
        guard let span, i < header.names.count else { return nil }
        let c = header.sourceColumn(i) - 1
        return c < span.count ? c : nil
    }

    /// What the cell at a column index held (`.text` for CSV and JSON).
    public func origin(at i: Int) -> CellOrigin {
        guard let origins, i < origins.count else { return .text }
        return origins[i]
    }

    /// The column names, in order.
    public var columns: [String] { header.names }

    /// The raw text of a column, or nil when the table has no such column.
    public subscript(_ column: String) -> String? {
        guard let i = header.index[column], i < count else { return nil }
        return value(at: i)
    }

    /// Raw text by column name.
    public var cells: [String: String] {
        var d: [String: String] = [:]
        d.reserveCapacity(count)
        for (i, name) in header.names.enumerated() where i < count { d[name] = value(at: i) }
        return d
    }

    /// The location of the row (file and line).
    public var location: SourceLocation { SourceLocation(file: file, line: line, sheet: header.sheet) }

    /// The location of the cell at a column index: line, column number and column name.
    /// True when the cells have locations of their own (JSON), not derived from the row's line.
    var hasOwnPositions: Bool { positions != nil }

    func location(at i: Int) -> SourceLocation {
        if let p = positions?[i] { return SourceLocation(file: file, line: p.line, column: p.column, field: header.names[i]) }
        return SourceLocation(file: file, line: line, column: header.sourceColumn(i), field: header.names[i], sheet: header.sheet)
    }

    /// The location of a named cell, or nil when the table has no such column.
    public func location(of column: String) -> SourceLocation? {
        header.index[column].map { location(at: $0) }
    }

    /// Locations of every cell by column name.
    public var cellLocations: [String: SourceLocation] {
        var d: [String: SourceLocation] = [:]
        d.reserveCapacity(count)
        for i in header.names.indices where i < count { d[header.names[i]] = location(at: i) }
        return d
    }
}

extension DataRow {
    /// Creates a row with its own column names (for tests and hand-made tables).
    public init(file: String, line: Int, columns: [String], values: [String]) {
        self.init(file: file, line: line, values: values, positions: nil, header: ColumnHeader(columns))
    }
}
