import CetakTemplate

/// The names an expression reads (`c` in `c.nip`, `s` in `s.hasil`), to tell which `<let>`
/// variables a document's key needs before the document is drawn.
enum ExprNames {
    /// Every name read by the expressions of `interpolation`.
    static func of(_ interpolation: Interpolation) -> Set<String> {
        var out = Set<String>()
        for case .expr(let e) in interpolation.pieces { collect(e, into: &out) }
        return out
    }

    /// Every name read by `e`.
    static func collect(_ e: Expr, into out: inout Set<String>) {
        switch e {
        case .literal: break
        case .name(let n): out.insert(n)
        case .member(let base, _): collect(base, into: &out)
        case .index(let a, let b), .binary(_, let a, let b), .filter(let a, let b): collect(a, into: &out); collect(b, into: &out)
        case .call(_, let args), .list(let args): for a in args { collect(a, into: &out) }
        case .unary(_, let a): collect(a, into: &out)
        }
    }
}
