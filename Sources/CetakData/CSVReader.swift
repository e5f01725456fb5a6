import CetakCore
import Foundation

/// Reads a CSV file (any of the encodings and delimiters Excel writes) into a `DataTable`.
///
/// File-level problems (empty file, unclosed quote, a needed column named twice) throw; a row
/// with fields that do not fit the header is left out with a diagnostic in `rejected` and reading
/// goes on. The header row and the columns are found as `TableBuilder` says: title lines above
/// the header, unnamed columns and rows whose every field is blank (`;;;;`, as Excel writes
/// formatted but empty rows) are skipped.
public enum CSVReader {
    /// Reads CSV bytes; `file` names the file in messages and gives the dataset name (unless
    /// `dataset` is given); `expecting` (the form's columns) finds the header under title lines.
    /// The cells are read into the bytes themselves (`CSVScanner`): handed over (`consume`), they are
    /// not copied.
    public static func read(_ bytes: consuming [UInt8], file: String, dataset: String? = nil, expecting: [ColumnSpec]? = nil) throws(Diagnostics) -> DataTable {
        if let problem = BinaryFile.problem(bytes, file: file) { throw Diagnostics([problem]) }
        let (utf8, decodingWarnings) = TextDecoding.utf8(consume bytes, file: file)
        if let problem = BinaryFile.problem(decoded: utf8, file: file) { throw Diagnostics([problem]) }
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), "the file is empty (a CSV file needs at least a header line)")])
        }
        let delimiter = CSVDelimiter.detect(utf8)
        let cells = try CSVScanner.cells(consume utf8, delimiter: delimiter, file: file)
        let builder = TableBuilder(file: file, dataset: dataset ?? DataTable.datasetName(of: file), format: .csv, expecting: expecting)
        return try builder.table(cells.rows.indices.map { SheetRow(line: cells.rows[$0].line, cells: cells.span($0)) }, warnings: decodingWarnings)
    }

    /// Reads CSV data; `file` names the file in messages and gives the dataset name.
    public static func read(_ data: Data, file: String) throws(Diagnostics) -> DataTable {
        try read([UInt8](data), file: file)
    }

    /// Reads CSV text (for tests and generated input).
    public static func read(text: String, file: String, expecting: [ColumnSpec]? = nil) throws(Diagnostics) -> DataTable {
        try read(Array(text.utf8), file: file, expecting: expecting)
    }

    /// Splits UTF-8 CSV bytes into raw records with a given delimiter, with no header handling.
    public static func rawRows(_ utf8: [UInt8], delimiter: UInt8, file: String) throws(Diagnostics) -> [CSVRawRow] {
        try CSVScanner.rows(utf8, delimiter: delimiter, file: file)
    }
}
