/// A value of a candidate record that has the wrong kind (the record is rejected).
public enum SeleksiInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The column holds a value that is not what it should be.
    case badValue(field: String, value: String, expected: String)

    /// The column at fault.
    public var field: String {
        switch self { case .badValue(let f, _, _): return f }
    }

    /// "kolom tmt_pns: \"2020-02-30\" bukan tanggal".
    public var description: String {
        switch self {
        case let .badValue(field, value, expected): return "kolom \(field): \"\(value)\" bukan \(expected)"
        }
    }
}
