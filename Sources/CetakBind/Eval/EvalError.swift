import CetakCore

/// A problem evaluating an expression: a name that does not exist, a wrong argument, a missing context key.
public struct EvalError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// Where in the template (filled in by the binder).
    public var location: SourceLocation?
    /// Set when the expression needed a record that was rejected when the data was read (already in the report).
    public var rejectedRecord: Diagnostic?
    /// The offending value as the data gives it, when the error is about a data cell (an image path).
    public var value: String?
    /// Creates an error.
    public init(_ message: String, at location: SourceLocation? = nil) { self.message = message; self.location = location }
    /// `file:line: error: message`.
    public var description: String { Diagnostic(at: location, message).description }
}
