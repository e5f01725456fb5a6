/// A diagnostic as JSON lists it — the run report's `rejected` and the server's `problems`: the parts of
/// its place, the value, the message, its kind and the line the command line prints. The one mapping.
public struct DiagnosticFields: Sendable, Hashable, Encodable {
    /// The file as the user named it; empty when the problem is in no file.
    public var file: String
    /// The sheet of a workbook, when the file is one.
    public var sheet: String?
    /// The cell of that sheet (`D17`), when row and column are known.
    public var cell: String?
    /// The line (a sheet's row); 0 for the whole file.
    public var line: Int
    /// The column: its name when known, else its letters in a sheet or its number; empty when unknown.
    public var column: String
    /// The offending value as written; empty when there is none.
    public var value: String
    /// What is wrong.
    public var message: String
    /// `Diagnostic.Kind`'s name.
    public var kind: String
    /// The whole line as the command line prints it (`calon.csv:7:tanggal_lahir: error: …`).
    public var text: String
}

extension Diagnostic {
    /// The parts JSON lists.
    public var fields: DiagnosticFields {
        let at = location
        let column = at?.field ?? (at?.sheet != nil ? at?.column.map(SourceLocation.columnLetters) : at?.column.map(String.init))
        return DiagnosticFields(file: at?.file ?? "", sheet: at?.sheet, cell: at?.cell, line: at?.line ?? 0, column: column ?? "",
                                value: value ?? "", message: message, kind: kind.rawValue, text: line)
    }
}
