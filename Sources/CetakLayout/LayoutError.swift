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

    /// A message a person can act on.
    public var description: String {
        switch self {
        case .fontNotFound(let family): return "font family '\(family)' is not installed (and no fallback family is)"
        case .fontUnreadable(let path): return "font file '\(path)' cannot be read"
        case .fontconfigFailed(let what): return "fontconfig failed: \(what)"
        case .shapingFailed(let what): return "text shaping failed: \(what)"
        case .content(let e): return e.message
        }
    }
}
