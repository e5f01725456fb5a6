import CetakCore

/// Why a document could not be laid out. A row of a long table made on demand that cannot be bound
/// throws the binder's own diagnostic.
extension Diagnostic {
    /// No installed font has this family (and no fallback family of the style exists either).
    public static func fontNotFound(family: String) -> Diagnostic {
        Diagnostic(.system, "font family '\(family)' is not installed (and no fallback family is)")
    }

    /// The font file could not be read or parsed.
    static func fontUnreadable(path: String) -> Diagnostic {
        Diagnostic(.system, "font file '\(path)' cannot be read")
    }

    /// fontconfig could not be initialised or failed on a query.
    static func fontconfigFailed(_ what: String) -> Diagnostic {
        Diagnostic(.system, "fontconfig failed: \(what)")
    }

    /// HarfBuzz could not allocate what shaping needs.
    static func shapingFailed(_ what: String) -> Diagnostic {
        Diagnostic(.system, "text shaping failed: \(what)")
    }

    /// Content that cannot be placed on an empty page (a table header taller than the page, padding or
    /// margins that leave no room): the template must change. `at` is the template element.
    static func noRoom(_ why: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, .template, at: location, why)
    }
}
