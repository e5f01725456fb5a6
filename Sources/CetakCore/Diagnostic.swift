/// One problem found in a template, a data file or the context, with where it is.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable { case error, warning }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is, when it is anywhere in particular.
    public var location: SourceLocation?
    /// What is wrong, in words a clerk can act on.
    public var message: String
    /// The offending value as the user wrote it, when there is one.
    public var value: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String, value: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.value = value
    }

    /// `file:line:column: error: message`, as compilers print it.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Collects many diagnostics instead of stopping at the first.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    /// Everything found, in the order found.
    public private(set) var all: [Diagnostic] = []

    /// An empty collection.
    public init() {}

    /// A collection of the given diagnostics.
    public init(_ list: [Diagnostic]) { all = list }

    /// Adds one diagnostic.
    public mutating func add(_ d: Diagnostic) { all.append(d) }

    /// Adds an error at a location.
    public mutating func error(_ location: SourceLocation?, _ message: String, value: String? = nil) {
        all.append(Diagnostic(.error, at: location, message, value: value))
    }

    /// Adds a warning at a location.
    public mutating func warning(_ location: SourceLocation?, _ message: String, value: String? = nil) {
        all.append(Diagnostic(.warning, at: location, message, value: value))
    }

    /// The errors among them.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    /// The warnings among them.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    /// True when at least one is an error.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Throws self when there is an error.
    public func throwIfErrors() throws(Diagnostics) { if hasErrors { throw self } }

    /// One line per diagnostic.
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
