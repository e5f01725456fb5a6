import CetakBind
import CetakCore
import CetakData
import Foundation

/// The datasets of one run, as the evaluator sees them: records, key look-ups, column indexes.
public final class RunData: DataSource, @unchecked Sendable {
    private let datasets: [String: Dataset]
    private let values: [String: [Value]]
    private let keys: [String: String]
    private let columnSets: [String: Set<String>]
    private let rejectedKeys: [String: [String: Diagnostic]]

    /// Creates the run's data from typed datasets and the key column of each (from the template), with the
    /// keys of the records rejected on reading (dataset → look-up key → why). A key's index is built on
    /// the first look-up (a run that looks nothing up, as a certificate per row, holds none).
    public init(datasets: [Dataset], keys: [String: String], rejectedKeys: [String: [String: Diagnostic]] = [:]) {
        self.rejectedKeys = rejectedKeys
        var ds: [String: Dataset] = [:], vs: [String: [Value]] = [:], cs: [String: Set<String>] = [:]
        for d in datasets {
            ds[d.name] = d
            vs[d.name] = d.values
            cs[d.name] = Set(d.values.first?.record?.order ?? [])
        }
        self.datasets = ds; self.values = vs; self.keys = keys; self.columnSets = cs
    }

    /// The stored name of a dataset: `data.peta_kebutuhan` reads the dataset `peta-kebutuhan`, since a
    /// name in an expression cannot hold a hyphen.
    private func name(_ dataset: String) -> String {
        if datasets[dataset] != nil { return dataset }
        return dataset.replacingOccurrences(of: "_", with: "-")
    }

    /// Every record of a dataset.
    public func values(of dataset: String) -> [Value]? { values[name(dataset)] }

    /// The record with that key.
    public func record(in dataset: String, key: String) -> Value? {
        let dataset = name(dataset)
        guard let d = datasets[dataset], let k = keys[dataset] else { return nil }
        return d.first(where: k, equals: .string(key)).map(Value.record)
    }

    /// Records whose column equals the value (index built on first use and shared).
    public func records(in dataset: String, column: String, equals value: String) -> [Value]? {
        guard let d = datasets[name(dataset)], !value.isEmpty else { return nil }
        return d.rows(where: column, equals: .string(value)).map(Value.record)
    }

    /// Why the record with that key was rejected on reading, if it was.
    public func rejection(in dataset: String, key: String) -> Diagnostic? {
        guard let r = rejectedKeys[name(dataset)], !r.isEmpty else { return nil }
        let k = Dataset.key(.string(key))
        return r[k] ?? r[k.filter { !$0.isWhitespace }]
    }

    /// True when a record of some dataset was rejected on reading.
    public var hasRejections: Bool { rejectedKeys.values.contains { !$0.isEmpty } }

    /// The columns of a dataset.
    public func columns(of dataset: String) -> Set<String> { columnSets[name(dataset)] ?? [] }
}
