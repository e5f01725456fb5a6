import CetakCore

/// Why a document could not be laid out.
public enum LayoutError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No installed font has this family (and no fallback family of the style exists either).
    case fontNotFound(family: String)
    /// The font file could not be read or parsed.
    case fontUnreadable(path: String)
    /// fontconfig could not be initialised or failed on a query.
    case fontconfigFailed(String)
    /// HarfBuzz could not allocate what shaping needs.
    case shapingFailed(String)
    /// A row of a long table, made on demand, could not be bound.
    case content(RowError)
    /// Content that cannot be placed on an empty page (a table header taller than the page, padding or
    /// margins that leave no room): the template must change. `at` is the template element.
    case noRoom(String, at: SourceLocation?)

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .fontNotFound(let family): return "font family '\(family)' is not installed (and no fallback family is)"
        case .fontUnreadable(let path): return "font file '\(path)' cannot be read"
        case .fontconfigFailed(let what): return "fontconfig failed: \(what)"
        case .shapingFailed(let what): return "text shaping failed: \(what)"
        case .content(let e): return e.message
        case .noRoom(let why, _): return why
        }
    }

    /// The template element concerned, when known.
    public var location: SourceLocation? {
        switch self {
        case .content(let e): return e.location
        case .noRoom(_, let at): return at
        default: return nil
        }
    }
}
