import CetakCore
import Foundation

/// Reads a JSON data file (an array of objects, one per row) into a `DataTable`.
///
/// Columns are the keys in the order first seen (lower-cased, trimmed); an object that lacks a
/// key has "" there. Numbers keep their text as written, true/false become "true"/"false"
/// (which the yes/no type reads), null becomes "". An object holding a nested array or
/// object is a rejected row; anything but an array of objects is an error for the whole file.
public enum JSONTable {
    /// Reads JSON bytes; `file` names the file in messages and gives the dataset name.
    public static func read(_ bytes: [UInt8], file: String) throws(Diagnostics) -> DataTable {
        try table(JSONReader.parse(bytes, file: file), file: file)
    }

    /// Reads JSON data.
    public static func read(_ data: Data, file: String) throws(Diagnostics) -> DataTable {
        try read([UInt8](data), file: file)
    }

    /// Reads JSON text (for tests and generated input).
    public static func read(text: String, file: String) throws(Diagnostics) -> DataTable {
        try read(Array(text.utf8), file: file)
    }

    /// The table of a parsed document.
    public static func table(_ root: JSONNode, file: String) throws(Diagnostics) -> DataTable {
        guard let items = root.elements else {
            throw Diagnostics([Diagnostic(.error, at: root.location, "expected an array of objects (one per row), found \(root.kindName)")])
        }
        var problems = Diagnostics()
        var names: [String] = []
        var seen: [String: Int] = [:]
        var firstPass: [String: Bool] = [:]
        for item in items {
            guard let members = item.members else {
                problems.error(item.location, "expected an object (one row) in the array, found \(item.kindName)")
                continue
            }
            for m in members where firstPass[m.key] == nil {
                firstPass[m.key] = true
                let name = normalized(m.key)
                if seen[name] == nil { seen[name] = names.count; names.append(name) }
            }
        }
        try problems.throwIfErrors()
        let header = ColumnHeader(names)
        var rows: [DataRow] = []
        rows.reserveCapacity(items.count)
        var rejected: [Diagnostic] = []
        var rawKeys: [String: Int] = [:] // keys as written → column, so each distinct key is normalized once
        for item in items {
            guard let members = item.members else { continue }
            let at = item.location
            var values = [String](repeating: "", count: names.count)
            var positions = [CellPosition](repeating: CellPosition(line: at.line, column: at.column ?? 1), count: names.count)
            var bad: [Diagnostic] = []
            for m in members {
                let column: Int?
                if let c = rawKeys[m.key] { column = c } else { column = seen[normalized(m.key)]; rawKeys[m.key] = column }
                guard let i = column else { continue }
                let v = m.value
                positions[i] = CellPosition(line: v.location.line, column: v.location.column ?? 1)
                switch v.kind {
                case .null: values[i] = ""
                case .bool(let b): values[i] = b ? "true" : "false"
                case .number(let text), .string(let text): values[i] = text
                case .array, .object:
                    bad.append(Diagnostic(.error, .record, at: v.location.with(field: names[i], column: v.location.column),
                        "the value of '\(m.key)' is \(v.kindName); a row's values must be text, numbers, true/false or null"))
                }
            }
            if !bad.isEmpty { rejected += bad; continue }
            rows.append(DataRow(file: file, line: at.line, values: values, positions: positions, header: header))
        }
        var warnings: [Diagnostic] = []
        if items.isEmpty {
            warnings.append(Diagnostic(.warning, at: root.location, "the array holds no records: nothing is read from the file"))
        }
        return DataTable(name: DataTable.datasetName(of: file), file: file, format: .json, header: header, rows: rows,
                         warnings: warnings, rejected: rejected)
    }

    /// Keys are matched like CSV headers: trimmed and lower-cased.
    static func normalized(_ key: String) -> String { key.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
}
