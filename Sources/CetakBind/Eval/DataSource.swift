import CetakCore

/// What the evaluator needs of the loaded datasets: all records, a key look-up and an equality index.
public protocol DataSource: Sendable {
    /// Every record of a dataset as values (nil when the run has no such dataset).
    func values(of dataset: String) -> [Value]?
    /// The record whose key column equals `key` (the dataset's declared key).
    func record(in dataset: String, key: String) -> Value?
    /// The records whose `column` equals `value` (compared as trimmed text); nil when the column is not indexed.
    func records(in dataset: String, column: String, equals value: String) -> [Value]?
    /// The columns of a dataset (to know which names a filter's row provides).
    func columns(of dataset: String) -> Set<String>
    /// Why the record with that key was rejected when the data was read; nil when it was not (or never existed).
    func rejection(in dataset: String, key: String) -> Diagnostic?
}

extension DataSource {
    /// Why the record with that key was rejected when the data was read; nil when it was not.
    public func rejection(in dataset: String, key: String) -> Diagnostic? { nil }
}
