import CetakCore
import Foundation

/// The typed records of one dataset, with equality indexes for fast look-ups by column.
///
/// A class so indexes are built once and shared: `rows(where:equals:)` builds the index of a
/// column on first use (O(n), under a lock) and answers in O(1) after; call `buildIndex(on:)`
/// ahead to keep that cost out of a parallel phase. Safe to use from many threads.
public final class Dataset: @unchecked Sendable {
    /// Dataset name (`peserta`).
    public let name: String
    /// The records, in file order, each as the evaluator reads it (`Value.record`): held once, the
    /// datasets of a run and the lists its expressions read share them.
    public let values: [Value]
    /// The records, in file order (an array made when asked for).
    public var records: [Record] { values.indices.map(record(at:)) }
    /// Record i.
    public func record(at i: Int) -> Record { values[i].record ?? Record(dataset: name, location: nil, fields: [:]) }

    // Guarded by `lock`: column name → key → positions in `records`.
    private var indexes: [String: ColumnIndex] = [:]

    /// Key → positions of one column: one number per key, a list only for a key that comes more than
    /// once (a key column of 50,000 rows holds 50,000 numbers, not 50,000 arrays).
    private struct ColumnIndex {
        var first: [String: Int] = [:]
        var more: [String: [Int]] = [:]
        func positions(_ k: String) -> [Int] { more[k] ?? first[k].map { [$0] } ?? [] }
    }
    private let lock = NSLock()

    /// Creates a dataset of records.
    public init(name: String, records: [Record]) {
        self.name = name
        values = records.map(Value.record)
    }

    /// Creates a dataset of records given as values (`Value.record`), held as they are: a reader that
    /// boxes each record as it is typed never holds an array of records beside them.
    public init(name: String, values: [Value]) {
        self.name = name
        self.values = values
    }

    /// The key two values are compared by: their text, outer spaces trimmed, case folded (number 1 and
    /// text "1" match; so do "Mitra" and "mitra", as a spreadsheet typed by hand spells them).
    public static func key(_ value: Value) -> String {
        CellConversion.trimmedOuter(value.text).lowercased()
    }

    /// Builds the index of a column (once): key → positions of the records having it.
    public func buildIndex(on column: String) {
        _ = columnIndex(column)
    }

    private func columnIndex(_ column: String) -> ColumnIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index = indexes[column] { return index }
        var index = ColumnIndex()
        for i in values.indices {
            let k = Dataset.key(record(at: i)[column])
            if k.isEmpty { continue } // an empty cell matches nothing
            if let p = index.first[k] { index.more[k, default: [p]].append(i) } else { index.first[k] = i }
        }
        indexes[column] = index
        return index
    }

    /// The index of a column (built on first use): key → positions of the records having it.
    public func index(on column: String) -> [String: [Int]] {
        let index = columnIndex(column)
        var out = index.more
        for (k, p) in index.first where out[k] == nil { out[k] = [p] }
        return out
    }

    /// Positions of the records whose column equals the value (by key); none for an empty value.
    public func positions(where column: String, equals value: Value) -> [Int] {
        let k = Dataset.key(value)
        if k.isEmpty { return [] }
        return columnIndex(column).positions(k)
    }

    /// The records whose column equals the value, in file order.
    public func rows(where column: String, equals value: Value) -> [Record] {
        positions(where: column, equals: value).map(record(at:))
    }

    /// The first record whose column equals the value, or nil.
    public func first(where column: String, equals value: Value) -> Record? {
        positions(where: column, equals: value).first.map(record(at:))
    }
}

extension Dataset {
    /// Types a table's rows into a dataset; also returns every rejected row (see `DataTable.records`).
    public static func make(from table: DataTable, columns: [ColumnSpec]) -> (dataset: Dataset, rejected: [Diagnostic]) {
        var values: [Value] = []
        values.reserveCapacity(table.rows.count)
        let rejected = table.forEachRecord(columns: columns) { values.append(.record($0)) }
        return (Dataset(name: table.name, values: values), rejected)
    }
}
