/// One problem found in a template, a data file, the context, a file written or the machine: what
/// kind of problem, where it is, and what to do. The one error type of cetak (as Typst's
/// `SourceDiagnostic`): every layer throws it, the command line prints it and derives its exit code
/// from `kind`, the server shows it with its place and derives its HTTP status from `kind`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable { case error, warning }

    /// What the problem concerns; decides the exit code (`exitCode`) and the server's HTTP status.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// How cetak was called: a flag, a form id, an environment variable (`SOURCE_DATE_EPOCH`).
        case usage
        /// A form template: its XML, an expression, a name it uses, content that cannot fit a page.
        case template
        /// A data or context file as a whole: unreadable, malformed, a missing column or context key.
        case input
        /// One record or document: a bad cell, a rule it breaks, a missing photo; the others still render.
        case record
        /// A document not made because a record it needs was rejected (that rejection is `cause`).
        case dependency
        /// A file cetak writes: its folder, the disk, a target it must not replace.
        case output
        /// The machine: a font not installed or unreadable, fontconfig, cairo or another library failing.
        case system

        /// The exit code of a run that went to its end with this problem (docs/cli.md): 1 for a rejected
        /// record or document (the others rendered), 2 for anything else.
        public var exitCode: Int32 {
            switch self {
            case .record, .dependency: return 1
            case .usage, .template, .input, .output, .system: return 2
            }
        }
    }

    /// The exit code of a command (docs/cli.md), the one place it is decided: 2 when it stopped (nothing
    /// rendered), else the worst of its errors' kinds, 0 when there is none.
    public static func exitCode(stopped: Bool, _ diagnostics: [Diagnostic]) -> Int32 {
        if stopped { return 2 }
        return diagnostics.filter { $0.severity == .error }.map(\.kind.exitCode).max() ?? 0
    }

    /// Error or warning.
    public var severity: Severity
    /// What the problem concerns.
    public var kind: Kind
    /// Where the problem is, when it is anywhere in particular.
    public var location: SourceLocation?
    /// What is wrong, in words a clerk can act on.
    public var message: String
    /// The offending value as the user wrote it, when there is one.
    public var value: String?
    /// Held in an array because a struct cannot hold itself directly; at most one element.
    private var causes: [Diagnostic] = []

    /// Creates a diagnostic; `kind` defaults to the commonest, a problem of an input file.
    public init(_ severity: Severity = .error, _ kind: Kind = .input, at location: SourceLocation?, _ message: String, value: String? = nil) {
        self.severity = severity
        self.kind = kind
        self.location = location
        self.message = message
        self.value = value
    }

    /// An error of `kind` without a place yet (`at(_:)` gives it one).
    public init(_ kind: Kind, _ message: String) {
        self.init(.error, kind, at: nil, message)
    }

    /// The diagnostic that this one follows from (the rejected record behind a `.dependency`).
    public var cause: Diagnostic? {
        get { causes.first }
        set { causes = newValue.map { [$0] } ?? [] }
    }

    /// The same diagnostic at `location`, unless it already has a place (as Typst's `.at(span)`):
    /// the innermost place is the most precise.
    public func at(_ location: SourceLocation?) -> Diagnostic {
        var d = self
        if d.location == nil { d.location = location }
        return d
    }

    /// The same diagnostic with the offending value, unless it already names one.
    public func with(value: String?) -> Diagnostic {
        var d = self
        if d.value == nil { d.value = value }
        return d
    }

    /// The same diagnostic of another kind.
    public func of(_ kind: Kind) -> Diagnostic {
        var d = self
        d.kind = kind
        return d
    }

    /// The same diagnostic with `prefix: ` before its message (a document's key, a derived column's name).
    public func prefixed(_ prefix: String) -> Diagnostic {
        var d = self
        d.message = "\(prefix): \(message)"
        return d
    }

    /// `file:line:column: message`, without the severity (a clause inside another message).
    public var text: String {
        (location.map { "\($0): " } ?? "") + message
    }

    /// `file:line:column: error: message`, as compilers print it.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    /// The line the command line prints: `description`, and the value when the message does not quote it.
    public var line: String {
        guard let value, !message.contains(value) else { return description }
        return description + " (value: \"\(value)\")"
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

    /// A collection of one diagnostic.
    public init(_ one: Diagnostic) { all = [one] }

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

    /// The same diagnostics, all of one kind (at a boundary: everything a template loader finds is a template problem).
    public func of(_ kind: Diagnostic.Kind) -> Diagnostics { Diagnostics(all.map { $0.of(kind) }) }

    /// Throws self when there is an error.
    public func throwIfErrors() throws(Diagnostics) { if hasErrors { throw self } }

    /// One line per diagnostic.
    public var description: String { all.map(\.description).joined(separator: "\n") }
}
