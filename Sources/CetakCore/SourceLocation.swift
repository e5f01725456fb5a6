/// Where a value or a template node came from: file, line, and an optional column (number or name).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column number, when known.
    public var column: Int?
    /// The column's name (a CSV header or a JSON key), when the location is a data cell.
    public var field: String?

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// `file:line:column` (or `file:line:field`), leaving out what is unknown.
    public var description: String {
        var s = file
        if line > 0 { s += ":\(line)" }
        if let field { s += ":\(field)" } else if let column { s += ":\(column)" }
        return s
    }

    /// The same location pointing at a named field.
    public func with(field: String?, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column ?? self.column, field: field)
    }
}
