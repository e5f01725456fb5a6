/// What a form expects of one column: its name, its type and whether the file must have it.
public struct ColumnSpec: Sendable, Hashable {
    /// The types a cell can be read as.
    public enum Kind: String, Sendable, Hashable {
        /// Text, outer spaces trimmed.
        case text
        /// A calendar day: `2026-11-22`, `22/11/2026` or `22-11-2026`.
        case date
        /// An exact decimal, with a decimal point or comma.
        case number
        /// Yes or no: ya/tidak, y/t, yes/no, 1/0, true/false.
        case bool
    }

    /// Column name (lower-case).
    public var name: String
    /// How the cells are read.
    public var type: Kind
    /// True when a file without this column cannot be used.
    public var required: Bool

    /// Creates a spec.
    public init(_ name: String, _ type: Kind = .text, required: Bool = false) {
        self.name = name.lowercased()
        self.type = type
        self.required = required
    }
}
