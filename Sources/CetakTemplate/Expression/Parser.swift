import CetakCore

/// Parses the expression language: `a.b`, `x[k]`, calls, `where`, `|` formatters, arithmetic, comparisons, and/or/not.
///
/// Grammar, loosest first:
/// ```
/// pipe    := filter ('|' NAME ('(' args ')')?)*
/// filter  := or ('where' or)*
/// or      := and ('or' and)*        and := not ('and' not)*      not := 'not' not | cmp
/// cmp     := add (('='|'=='|'!='|'<'|'<='|'>'|'>='|'in') add)?
/// add     := mul (('+'|'-') mul)*   mul := unary (('*'|'/') unary)*   unary := '-' unary | postfix
/// postfix := primary ('.' NAME | '[' pipe ']' | '(' args ')')*
/// primary := NUMBER | STRING | true | false | null | NAME | '(' pipe ')' | '[' args ']'
/// ```
///
/// Bounded: an expression may hold at most `maxTokens` tokens and its tree may be at most
/// `maxDepth` levels deep (parentheses, `-`/`not` and chains of operators all count). The parser
/// and the evaluator recurse once per level, the evaluator on worker threads with small stacks,
/// so a hostile template (`((((…))))` fifty thousand deep) is an error here, not a crash later.
public struct ExprParser {
    /// The deepest expression tree accepted.
    public static let maxDepth = 64
    /// The most tokens an expression may have.
    public static let maxTokens = 2_000

    private var tokens: [(Token, Int)]
    private var pos = 0
    private var nesting = 0

    /// Parses a whole expression; the error's column is within `text`.
    public static func parse(_ text: String) throws(Diagnostic) -> Expr {
        var lexer = Lexer(text)
        let tokens = try lexer.tokens()
        if tokens.count > maxTokens {
            throw Diagnostic.syntax(column: tokens[maxTokens].1, "the expression is too long (more than \(maxTokens) tokens): split it with <let>")
        }
        var p = ExprParser(tokens: tokens)
        let e = try p.pipe()
        guard case .end = p.peek else {
            throw Diagnostic.syntax(column: p.column, "unexpected \(p.describe(p.peek)) after the expression")
        }
        if e.deeper(than: maxDepth) { throw tooDeep(column: 1) }
        return e
    }

    static func tooDeep(column: Int) -> Diagnostic {
        Diagnostic.syntax(column: column, "the expression is nested too deeply (more than \(maxDepth) levels of brackets or operators): split it with <let>")
    }

    /// Counts one level of recursion; throws past `maxDepth`.
    private mutating func enter() throws(Diagnostic) {
        nesting += 1
        if nesting > Self.maxDepth { throw Self.tooDeep(column: column) }
    }

    private init(tokens: [(Token, Int)]) { self.tokens = tokens }

    private var peek: Token { tokens[pos].0 }
    private var column: Int { tokens[pos].1 }
    private mutating func advance() { if pos < tokens.count - 1 { pos += 1 } }

    private func describe(_ t: Token) -> String {
        switch t {
        case .name(let n): return "'\(n)'"
        case .string(let s): return "text '\(s)'"
        case .number(let n): return "number \(n)"
        case .op(let o): return "'\(o)'"
        case .end: return "end of expression"
        }
    }

    private mutating func accept(_ op: String) -> Bool {
        if case .op(let o) = peek, o == op { advance(); return true }
        return false
    }

    private mutating func acceptKeyword(_ k: String) -> Bool {
        if case .name(let n) = peek, n == k { advance(); return true }
        return false
    }

    private mutating func expect(_ op: String) throws(Diagnostic) {
        guard accept(op) else { throw Diagnostic.syntax(column: column, "expected '\(op)' but found \(describe(peek))") }
    }

    private mutating func pipe() throws(Diagnostic) -> Expr {
        try enter()
        defer { nesting -= 1 }
        var e = try filter()
        while accept("|") {
            guard case .name(let f) = peek else { throw Diagnostic.syntax(column: column, "expected a formatter name after '|'") }
            advance()
            var args = [e]
            if accept("(") { args += try arguments(closing: ")") }
            e = .call(f, args)
        }
        return e
    }

    private mutating func filter() throws(Diagnostic) -> Expr {
        var e = try or()
        while acceptKeyword("where") { e = .filter(e, try or()) }
        return e
    }

    private mutating func or() throws(Diagnostic) -> Expr {
        var e = try and()
        while acceptKeyword("or") { e = .binary(.or, e, try and()) }
        return e
    }

    private mutating func and() throws(Diagnostic) -> Expr {
        var e = try not()
        while acceptKeyword("and") { e = .binary(.and, e, try not()) }
        return e
    }

    private mutating func not() throws(Diagnostic) -> Expr {
        if acceptKeyword("not") {
            try enter()
            defer { nesting -= 1 }
            return .unary(.not, try not())
        }
        return try comparison()
    }

    private mutating func comparison() throws(Diagnostic) -> Expr {
        let left = try additive()
        let ops: [(String, BinaryOp)] = [("=", .eq), ("==", .eq), ("!=", .ne), ("<", .lt), ("<=", .le), (">", .gt), (">=", .ge)]
        for (text, op) in ops where accept(text) { return .binary(op, left, try additive()) }
        if acceptKeyword("in") { return .binary(.in, left, try additive()) }
        return left
    }

    private mutating func additive() throws(Diagnostic) -> Expr {
        var e = try multiplicative()
        while true {
            if accept("+") { e = .binary(.add, e, try multiplicative()) }
            else if accept("-") { e = .binary(.sub, e, try multiplicative()) }
            else { return e }
        }
    }

    private mutating func multiplicative() throws(Diagnostic) -> Expr {
        var e = try unary()
        while true {
            if accept("*") { e = .binary(.mul, e, try unary()) }
            else if accept("/") { e = .binary(.div, e, try unary()) }
            else { return e }
        }
    }

    private mutating func unary() throws(Diagnostic) -> Expr {
        if accept("-") {
            try enter()
            defer { nesting -= 1 }
            return .unary(.neg, try unary())
        }
        return try postfix()
    }

    private mutating func postfix() throws(Diagnostic) -> Expr {
        var e = try primary()
        while true {
            if accept(".") {
                guard case .name(let n) = peek else { throw Diagnostic.syntax(column: column, "expected a field name after '.'") }
                advance()
                e = .member(e, n)
            } else if accept("[") {
                let i = try pipe()
                try expect("]")
                e = .index(e, i)
            } else if case .name(let f) = e, accept("(") {
                e = .call(f, try arguments(closing: ")"))
            } else {
                return e
            }
        }
    }

    private mutating func arguments(closing: String) throws(Diagnostic) -> [Expr] {
        var args: [Expr] = []
        if accept(closing) { return args }
        repeat { args.append(try pipe()) } while accept(",")
        try expect(closing)
        return args
    }

    private mutating func primary() throws(Diagnostic) -> Expr {
        let col = column
        switch peek {
        case .number(let n):
            advance()
            guard n.filter({ $0 == "." }).count <= 1, n.last != "." else { throw Diagnostic.syntax(column: col, "'\(n)' is not a number") }
            return .literal(.number(n))
        case .string(let s): advance(); return .literal(.string(s))
        case .name(let n):
            switch n {
            case "true": advance(); return .literal(.bool(true))
            case "false": advance(); return .literal(.bool(false))
            case "null": advance(); return .literal(.null)
            case "where", "and", "or", "not", "in":
                throw Diagnostic.syntax(column: col, "expected a value but found '\(n)'")
            default: advance(); return .name(n)
            }
        case .op("("):
            advance()
            let e = try pipe()
            try expect(")")
            return e
        case .op("["):
            advance()
            return .list(try arguments(closing: "]"))
        default:
            throw Diagnostic.syntax(column: col, "expected a value but found \(describe(peek))")
        }
    }
}
