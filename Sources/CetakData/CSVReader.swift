import CetakCore
import Foundation

/// Reads a CSV file (any of the encodings and delimiters Excel writes) into a `DataTable`.
///
/// File-level problems (empty file, unclosed quote, bad header) throw; a row with the wrong
/// number of fields is left out with a diagnostic in `rejected` and reading goes on. Rows whose
/// every field is blank (`;;;;`, as Excel writes formatted but empty rows) are skipped.
public enum CSVReader {
    /// Reads CSV bytes; `file` names the file in messages and gives the dataset name.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostics) -> DataTable {
        if let problem = BinaryFile.problem(bytes, file: file) { throw Diagnostics([problem]) }
        let (utf8, warning) = TextDecoding.utf8(bytes, file: file)
        if let problem = BinaryFile.problem(decoded: utf8, file: file) { throw Diagnostics([problem]) }
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), "the file is empty (a CSV file needs at least a header line)")])
        }
        let delimiter = CSVDelimiter.detect(utf8)
        let raw = try CSVScanner.rows(utf8, delimiter: delimiter, file: file)
        return try table(raw, file: file, warnings: warning.map { [$0] } ?? [])
    }

    /// Reads CSV data; `file` names the file in messages and gives the dataset name.
    public static func read(_ data: Data, file: String) throws(Diagnostics) -> DataTable {
        try read([UInt8](data), file: file)
    }

    /// Reads CSV text (for tests and generated input).
    public static func read(text: String, file: String) throws(Diagnostics) -> DataTable {
        try read(Array(text.utf8), file: file)
    }

    /// Splits UTF-8 CSV bytes into raw records with a given delimiter, with no header handling.
    public static func rawRows(_ utf8: [UInt8], delimiter: UInt8, file: String) throws(Diagnostics) -> [CSVRawRow] {
        try CSVScanner.rows(utf8, delimiter: delimiter, file: file)
    }

    /// Header checks and row-width checks over the raw records.
    static func table(_ raw: [CSVRawRow], file: String, warnings: [Diagnostic]) throws(Diagnostics) -> DataTable {
        guard let first = raw.first else {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), "the file is empty (a CSV file needs at least a header line)")])
        }
        let header = try headerNames(first, file: file)
        let names = ColumnHeader(header)
        var rows: [DataRow] = []
        rows.reserveCapacity(raw.count - 1)
        var rejected: [Diagnostic] = []
        for r in raw.dropFirst() {
            if r.fields.allSatisfy(isBlank) { continue }
            guard r.fields.count == header.count else {
                rejected.append(Diagnostic(.error, at: SourceLocation(file: file, line: r.line),
                    "expected \(header.count) fields as in the header, found \(r.fields.count); the row is left out"))
                continue
            }
            rows.append(DataRow(file: file, line: r.line, values: r.fields, positions: nil, header: names))
        }
        var notes = warnings
        if rows.isEmpty, rejected.isEmpty {
            notes.append(Diagnostic(.warning, at: SourceLocation(file: file, line: first.line),
                "the file has a header line but no records: nothing is read from it"))
        }
        return DataTable(name: DataTable.datasetName(of: file), file: file, format: .csv, header: names, rows: rows,
                         warnings: notes, rejected: rejected)
    }

    /// Header names trimmed and lower-cased; an empty or repeated name is an error.
    static func headerNames(_ row: CSVRawRow, file: String) throws(Diagnostics) -> [String] {
        var problems = Diagnostics()
        var seen: [String: Int] = [:]
        var names: [String] = []
        for (i, field) in row.fields.enumerated() {
            let name = field.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let loc = SourceLocation(file: file, line: row.line, column: i + 1)
            if name.isEmpty {
                problems.error(loc, "column \(i + 1) of the header has no name")
            } else if let earlier = seen[name] {
                problems.error(loc, "column '\(name)' appears twice in the header (columns \(earlier + 1) and \(i + 1))", value: field)
            } else {
                seen[name] = i
            }
            names.append(name)
        }
        try problems.throwIfErrors()
        return names
    }

    static func isBlank(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
