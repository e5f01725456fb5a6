import CetakCore

/// The file format a table was read from.
public enum DataFormat: String, Sendable, Hashable {
    /// Comma- or semicolon-separated values.
    case csv
    /// An array of JSON objects.
    case json
    /// A sheet of an Excel workbook.
    case xlsx
}

/// A data file read as text: header, rows, and what was wrong with some of them (not yet typed).
public struct DataTable: Sendable {
    /// Dataset name: the file's base name without extension, lower-cased (`kegiatan`).
    public var name: String
    /// The file as the user named it, for messages.
    public var file: String
    /// The format it was read from.
    public var format: DataFormat
    /// Column names (trimmed, lower-case) in file order; for JSON, keys in first-seen order.
    public var columns: [String] { header.names }
    /// The rows that were read whole.
    public var rows: [DataRow]
    /// File-level warnings (e.g. read as Windows-1252).
    public var warnings: [Diagnostic]
    /// Rows left out with the reason (wrong number of fields, nested JSON value).
    public var rejected: [Diagnostic]
    /// The line (a sheet's row) of the header row; title rows may stand above it. 0 when unknown (JSON).
    public var headerLine: Int = 0
    /// The sheet the table was read from, when it is one of a workbook.
    public var sheet: String? { header.sheet }
    /// Where the table is: the file (and sheet).
    public var location: SourceLocation { SourceLocation(file: file, sheet: header.sheet) }

    let header: ColumnHeader

    /// Creates a table; every row must have been built with the same column names.
    public init(name: String, file: String, format: DataFormat, columns: [String], rows: [DataRow],
                warnings: [Diagnostic] = [], rejected: [Diagnostic] = []) {
        self.init(name: name, file: file, format: format, header: ColumnHeader(columns), rows: rows,
                  warnings: warnings, rejected: rejected)
    }

    init(name: String, file: String, format: DataFormat, header: ColumnHeader, rows: [DataRow],
         warnings: [Diagnostic], rejected: [Diagnostic]) {
        self.name = name
        self.file = file
        self.format = format
        self.header = header
        self.rows = rows
        self.warnings = warnings
        self.rejected = rejected
    }

    /// The dataset name of a path: base name without extension, lower-cased (`Data/Kegiatan.csv` → `kegiatan`).
    public static func datasetName(of path: String) -> String {
        let base = path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base.lowercased() }
        return String(base[..<dot]).lowercased()
    }
}

/// Column names and their positions, shared by every row of a table (one copy, not one per row).
final class ColumnHeader: Sendable {
    let names: [String]
    let index: [String: Int]
    /// The file's 1-based column number of each column, when some columns of the file were left
    /// out (unnamed ones); nil when the n-th column is the file's n-th.
    let sourceColumns: [Int]?
    /// The workbook's sheet, for locations.
    let sheet: String?

    init(_ names: [String], sourceColumns: [Int]? = nil, sheet: String? = nil) {
        self.names = names
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() where index[n] == nil { index[n] = i }
        self.index = index
        if let s = sourceColumns, !s.enumerated().allSatisfy({ $0.element == $0.offset + 1 }) {
            self.sourceColumns = s
        } else {
            self.sourceColumns = nil
        }
        self.sheet = sheet
    }

    /// The file's column number of column index i.
    func sourceColumn(_ i: Int) -> Int {
        guard let sourceColumns, i < sourceColumns.count else { return i + 1 }
        return sourceColumns[i]
    }
}
