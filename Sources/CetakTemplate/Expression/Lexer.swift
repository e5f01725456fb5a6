/// A token of the expression language.
enum Token: Equatable {
    case name(String)      // identifiers, keywords, $names
    case string(String)
    case number(String)
    case op(String)        // punctuation and operators
    case end
}

/// Splits an expression into tokens, remembering each token's column (1-based, within the expression).
struct Lexer {
    private let chars: [Character]
    private var i = 0

    init(_ text: String) { chars = Array(text) }

    /// All tokens with their columns, ending with `.end`.
    mutating func tokens() throws(ExprError) -> [(Token, Int)] {
        var out: [(Token, Int)] = []
        while true {
            while i < chars.count, chars[i].isWhitespace { i += 1 }
            let col = i + 1
            guard i < chars.count else { out.append((.end, col)); return out }
            let c = chars[i]
            if c.isLetter || c == "_" || c == "$" {
                var s = String(c); i += 1
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { s.append(chars[i]); i += 1 }
                if s == "$" { throw ExprError(column: col, message: "'$' must be followed by a name ($no, $prev, $page, $pages)") }
                out.append((.name(s), col))
            } else if c.isASCII, c.isNumber {
                var s = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." { s.append(chars[i]); i += 1 }
                out.append((.number(s), col))
            } else if c == "'" || c == "\"" {
                i += 1
                var s = ""
                var closed = false
                while i < chars.count {
                    if chars[i] == c {
                        if i + 1 < chars.count, chars[i + 1] == c { s.append(c); i += 2; continue }
                        closed = true; i += 1; break
                    }
                    s.append(chars[i]); i += 1
                }
                if !closed { throw ExprError(column: col, message: "text started with \(c) is never closed") }
                out.append((.string(s), col))
            } else {
                let two = i + 1 < chars.count ? String([c, chars[i + 1]]) : ""
                if ["==", "!=", "<=", ">="].contains(two) { out.append((.op(two), col)); i += 2; continue }
                guard "=<>+-*/()[],.|:".contains(c) else {
                    throw ExprError(column: col, message: "unexpected character '\(c)'")
                }
                out.append((.op(String(c)), col)); i += 1
            }
        }
    }
}

/// A syntax error in an expression, with the column inside the expression.
public struct ExprError: Error, Sendable, Equatable {
    /// 1-based column in the expression text.
    public var column: Int
    /// What is wrong.
    public var message: String
    /// Creates an error.
    public init(column: Int, message: String) { self.column = column; self.message = message }
}
