/// Where a value or a template node came from: file, line, and an optional column (number or name).
///
/// A cell of a spreadsheet has a `sheet` too; then `line` is its row and `column` its column
/// number, and it prints as Excel names cells: `programme.xlsx:peserta!D17:nip`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line (a spreadsheet's row); 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column number, when known.
    public var column: Int?
    /// The column's name (a CSV header or a JSON key), when the location is a data cell.
    public var field: String?
    /// The sheet of a workbook, when the file is one.
    public var sheet: String?

    /// Creates a location.
    public init(file: String, line: Int = 0, column: Int? = nil, field: String? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.sheet = sheet
    }

    /// `file:line:column` (or `file:line:field`), leaving out what is unknown; in a workbook
    /// `file:sheet!B17:field` (or `file:sheet:17` when the column is not known).
    public var description: String {
        var s = file
        if let sheet {
            s += ":\(sheet)"
            if let cell = cell { s += "!\(cell)" } else if line > 0 { s += ":\(line)" }
            if let field { s += ":\(field)" }
            return s
        }
        if line > 0 { s += ":\(line)" }
        if let field { s += ":\(field)" } else if let column { s += ":\(column)" }
        return s
    }

    /// The cell reference of a spreadsheet location (`B17`), when row and column are known.
    public var cell: String? {
        guard sheet != nil, line > 0, let column, column > 0 else { return nil }
        return SourceLocation.columnLetters(column) + String(line)
    }

    /// The same location pointing at a named field.
    public func with(field: String?, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column ?? self.column, field: field, sheet: sheet)
    }

    /// Spreadsheet column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }
}
