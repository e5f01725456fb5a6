import CetakCore

extension Diagnostic {
    /// A problem evaluating an expression for a record: a wrong argument, a value its rule cannot read,
    /// an image not found. The binder gives it its template place (`at(_:)`); the record's document is rejected.
    public static func eval(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, .record, at: location, message)
    }

    /// An expression that needed a record rejected when the data was read: that rejection, already in the
    /// report, is its `cause`.
    static func needs(_ rejected: Diagnostic, _ message: String) -> Diagnostic {
        var d = Diagnostic(.error, .dependency, at: nil, message)
        d.cause = rejected
        return d
    }

    /// The rejection behind a `.dependency` diagnostic, nil for any other.
    var rejectedRecord: Diagnostic? { kind == .dependency ? cause : nil }
}
