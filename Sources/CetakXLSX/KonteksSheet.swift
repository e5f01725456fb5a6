import CetakCore
import CetakData
import Foundation

/// The context written as a sheet (docs/data.md): two columns, `kunci` and `nilai`. A dotted key is a
/// nested one (`kepala_dinas.nama`), a number in it an item of a list (`penilai.1.nama`,
/// `penilai.2.nama` → a list of two records); keys are trimmed and lower-cased. A date cell is a
/// date, a number cell a number, a text cell text. A row without a key, or with an empty value, is
/// left out. Duplicate keys, a key that is both a value and a group, list items not numbered
/// 1, 2, 3, ... and identifiers stored as numbers are errors naming the cells.
public enum KonteksSheet {
    /// The columns of the sheet.
    public static let columns = [ColumnSpec("kunci", required: true), ColumnSpec("nilai", required: true)]

    /// A key's value being built, with where each part came from.
    indirect enum Node {
        case leaf(Value, SourceLocation)
        case group([(key: String, node: Node)], SourceLocation)
        var location: SourceLocation {
            switch self { case .leaf(_, let l), .group(_, let l): return l }
        }
    }

    /// The context record of a konteks table.
    public static func value(_ table: DataTable) throws(Diagnostics) -> Value {
        var problems = Diagnostics()
        var root: [(key: String, node: Node)] = []
        var firstCell: [String: SourceLocation] = [:]
        for row in table.rows {
            guard let rawKey = row["kunci"], let keyAt = row.location(of: "kunci"), let valueAt0 = row.location(of: "nilai") else { continue }
            let key = rawKey.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if key.isEmpty { continue }
            let i = row.columns.firstIndex(of: "nilai") ?? 0
            let raw = i < row.values.count ? row.values[i] : ""
            let origin = row.origin(at: i)
            var at = valueAt0
            at.field = key
            if let earlier = firstCell[key] {
                problems.error(keyAt, "the key '\(key)' is written twice (first at \(earlier.cell ?? String(earlier.line))): keep one")
                continue
            }
            firstCell[key] = keyAt
            let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if parts.contains(where: \.isEmpty) {
                problems.error(keyAt, "the key '\(key)' has an empty part (two dots, or a dot at an end)")
                continue
            }
            let value: Value
            switch leafValue(raw, origin: origin, key: parts[parts.count - 1]) {
            case .success(let v): value = v
            case .failure(let f): problems.error(at, "'\(key)': \(f.text)", value: raw); continue
            }
            if value == .null { continue }
            if let conflict = insert(&root, parts[...], .leaf(value, at), path: "") {
                problems.error(keyAt, conflict)
            }
        }
        try problems.throwIfErrors()
        let result = convert(Node.group(root, table.location), path: "")
        return try result.get()
    }

    /// The value of a `nilai` cell: as the cell held it (a date cell a date, a number cell a number).
    static func leafValue(_ raw: String, origin: CellOrigin, key: String) -> Result<Value, ConversionFailure> {
        let type: ColumnSpec.Kind
        switch origin {
        case .date: type = .date
        case .number: type = IdentifierColumn.matches(key) ? .identifier : .number
        case .bool: type = .bool
        default: type = IdentifierColumn.matches(key) ? .identifier : .text
        }
        // A date cell of a date-and-time format has a time: the day is the value.
        return CellConversion.value(raw, as: type, origin: origin)
    }

    /// Puts a leaf at a path; returns why it cannot go there, if so.
    static func insert(_ members: inout [(key: String, node: Node)], _ path: ArraySlice<String>, _ leaf: Node, path done: String) -> String? {
        guard let head = path.first else { return nil }
        let here = done.isEmpty ? head : done + "." + head
        let rest = path.dropFirst()
        if let i = members.firstIndex(where: { $0.key == head }) {
            guard case .group(var children, let at) = members[i].node, !rest.isEmpty else {
                return "'\(here)' is both a value and a group of keys (\(here).…): keep one of them"
            }
            let problem = insert(&children, rest, leaf, path: here)
            members[i].node = .group(children, at)
            return problem
        }
        if rest.isEmpty {
            members.append((head, leaf))
            return nil
        }
        var children: [(key: String, node: Node)] = []
        let problem = insert(&children, rest, leaf, path: here)
        members.append((head, Node.group(children, leaf.location)))
        return problem
    }

    /// A node as a value: groups whose keys are all numbers become lists (numbered from 1), others records.
    static func convert(_ node: Node, path: String) -> Result<Value, Diagnostics> {
        switch node {
        case .leaf(let v, _): return .success(v)
        case .group(let members, let at):
            let numbers = members.map { Int($0.key) }
            if !members.isEmpty, numbers.allSatisfy({ $0 != nil }) {
                let sorted = zip(numbers, members).sorted { ($0.0 ?? 0) < ($1.0 ?? 0) }.map(\.1)
                for (k, m) in sorted.enumerated() where Int(m.key) != k + 1 {
                    return .failure(Diagnostics([Diagnostic(.error, at: m.node.location,
                        "the items of '\(path)' must be numbered 1, 2, 3, ... without gaps: '\(path).\(k + 1)' is missing")]))
                }
                var items: [Value] = []
                for m in sorted {
                    switch convert(m.node, path: path + "." + m.key) {
                    case .success(let v): items.append(v)
                    case .failure(let d): return .failure(d)
                    }
                }
                return .success(Value.list(items))
            }
            if numbers.contains(where: { $0 != nil }), let m = members.first(where: { Int($0.key) != nil }) {
                return .failure(Diagnostics([Diagnostic(.error, at: m.node.location,
                    "'\(path)' has numbered items and named keys mixed: number all of them (\(path).1.…) or none")]))
            }
            var fields: [String: Value] = [:]
            var locations: [String: SourceLocation] = [:]
            for m in members {
                switch convert(m.node, path: path.isEmpty ? m.key : path + "." + m.key) {
                case .success(let v): fields[m.key] = v
                case .failure(let d): return .failure(d)
                }
                locations[m.key] = m.node.location
            }
            return .success(Value.record(Record(dataset: "", location: at, fields: fields, order: members.map(\.key), cellLocations: locations)))
        }
    }
}
