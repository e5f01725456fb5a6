/// An expression of the template language, as written inside `{...}` or in an attribute.
public indirect enum Expr: Sendable, Equatable {
    /// A literal string, number, boolean or null.
    case literal(LiteralValue)
    /// A name: a row field, a `<let>` variable, `ctx`, `data`, or a `$` built-in (`$no`, `$prev`).
    case name(String)
    /// `base.field` (on a list: the field of every element).
    case member(Expr, String)
    /// `base[index]` (on `data.NAME`: the record with that key).
    case index(Expr, Expr)
    /// A function or formatter call: `tanggal(x)`, or `x | tanggal`.
    case call(String, [Expr])
    /// A binary operator.
    case binary(BinaryOp, Expr, Expr)
    /// `not x`, `-x`.
    case unary(UnaryOp, Expr)
    /// `list where condition`: the elements for which the condition (with the element's fields in scope) holds.
    case filter(Expr, Expr)
    /// `[a, b, c]`.
    case list([Expr])
}

/// A literal in an expression.
public enum LiteralValue: Sendable, Equatable {
    /// 'text' or "text".
    case string(String)
    /// 12, 0.5 (kept as written, exact).
    case number(String)
    /// true / false.
    case bool(Bool)
    /// null.
    case null
}

/// Binary operators, loosest first: or, and, comparisons, + -, * /.
public enum BinaryOp: String, Sendable, Equatable {
    /// Logical or.
    case or
    /// Logical and.
    case and
    /// Equality (`=` or `==`).
    case eq = "="
    /// Inequality.
    case ne = "!="
    /// Less than.
    case lt = "<"
    /// Less or equal.
    case le = "<="
    /// Greater than.
    case gt = ">"
    /// Greater or equal.
    case ge = ">="
    /// Membership: `tahap in ['ojl2', 'ojl3']`.
    case `in`
    /// Addition (numbers) or concatenation (text).
    case add = "+"
    /// Subtraction.
    case sub = "-"
    /// Multiplication.
    case mul = "*"
    /// Division.
    case div = "/"
}

/// Unary operators.
public enum UnaryOp: String, Sendable, Equatable {
    /// Logical not.
    case not
    /// Negation.
    case neg = "-"
}

extension Expr {
    /// True when the tree is more than `limit` levels deep. Recurses at most `limit` levels,
    /// however deep the tree is.
    func deeper(than limit: Int) -> Bool {
        if limit < 0 { return true }
        switch self {
        case .literal, .name: return false
        case .member(let e, _), .unary(_, let e): return e.deeper(than: limit - 1)
        case .index(let a, let b), .binary(_, let a, let b), .filter(let a, let b):
            return a.deeper(than: limit - 1) || b.deeper(than: limit - 1)
        case .call(_, let args), .list(let args): return args.contains { $0.deeper(than: limit - 1) }
        }
    }
}
