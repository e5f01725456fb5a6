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
    /// The records, in file order.
    public let records: [Record]

    // Guarded by `lock`: column name → key → positions in `records`.
    private var indexes: [String: [String: [Int]]] = [:]
    private let lock = NSLock()

    /// Creates a dataset of records.
    public init(name: String, records: [Record]) {
        self.name = name
        self.records = records
    }

    /// The key two values are compared by: their text, outer spaces trimmed, case folded (number 1 and
    /// text "1" match; so do "Mitra" and "mitra", as a spreadsheet typed by hand spells them).
    public static func key(_ value: Value) -> String {
        CellConversion.trimmedOuter(value.text).lowercased()
    }

    /// Builds (once) and returns the index of a column: key → positions of the records having it.
    @discardableResult
    public func buildIndex(on column: String) -> [String: [Int]] {
        lock.lock()
        defer { lock.unlock() }
        if let index = indexes[column] { return index }
        var index: [String: [Int]] = [:]
        for (i, r) in records.enumerated() {
            let k = Dataset.key(r[column])
            if k.isEmpty { continue } // an empty cell matches nothing
            index[k, default: []].append(i)
        }
        indexes[column] = index
        return index
    }

    /// The index of a column (built on first use).
    public func index(on column: String) -> [String: [Int]] { buildIndex(on: column) }

    /// Positions of the records whose column equals the value (by key); none for an empty value.
    public func positions(where column: String, equals value: Value) -> [Int] {
        let k = Dataset.key(value)
        if k.isEmpty { return [] }
        return buildIndex(on: column)[k] ?? []
    }

    /// The records whose column equals the value, in file order.
    public func rows(where column: String, equals value: Value) -> [Record] {
        positions(where: column, equals: value).map { records[$0] }
    }

    /// The first record whose column equals the value, or nil.
    public func first(where column: String, equals value: Value) -> Record? {
        positions(where: column, equals: value).first.map { records[$0] }
    }
}

extension Dataset {
    /// Types a table's rows into a dataset; also returns every rejected row (see `DataTable.records`).
    public static func make(from table: DataTable, columns: [ColumnSpec]) -> (dataset: Dataset, rejected: [Diagnostic]) {
        let (records, rejected) = table.records(columns: columns)
        return (Dataset(name: table.name, records: records), rejected)
    }
}
