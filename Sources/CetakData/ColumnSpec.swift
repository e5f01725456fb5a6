/// What a form expects of one column: its name, its type and whether the file must have it.
public struct ColumnSpec: Sendable, Hashable {
    /// The types a cell can be read as.
    public enum Kind: String, Sendable, Hashable {
        /// Text, outer spaces trimmed.
        case text
        /// An identifier (NIP, NPSN, NIK): text that must not come from a number cell or be a number
        /// in scientific notation, whose digits are lost (`IdentifierColumn`).
        case identifier
        /// A calendar day, as `DateText` reads them (`2026-11-22`, `22/11/2026`, `22 Juli 2026`, ...).
        case date
        /// An exact decimal, with a decimal point or comma.
        case number
        /// Yes or no: ya/tidak, y/t, yes/no, 1/0, true/false, sudah/belum, ✓.
        case bool
    }

    /// Column name (lower-case).
    public var name: String
    /// How the cells are read.
    public var type: Kind
    /// True when a file without this column cannot be used.
    public var required: Bool

    /// Creates a spec; a text column whose name is an identifier's (`IdentifierColumn`) is read as one.
    public init(_ name: String, _ type: Kind = .text, required: Bool = false) {
        self.name = name.lowercased()
        self.type = type == .text && IdentifierColumn.matches(self.name) ? .identifier : type
        self.required = required
    }
}
