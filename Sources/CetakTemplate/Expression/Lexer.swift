import CetakCore

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
    mutating func tokens() throws(Diagnostic) -> [(Token, Int)] {
        var out: [(Token, Int)] = []
        while true {
            while i < chars.count, chars[i].isWhitespace { i += 1 }
            let col = i + 1
            guard i < chars.count else { out.append((.end, col)); return out }
            let c = chars[i]
            if c.isLetter || c == "_" || c == "$" {
                var s = String(c); i += 1
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { s.append(chars[i]); i += 1 }
                if s == "$" { throw Diagnostic.syntax(column: col, "'$' must be followed by a name ($no, $prev, $page, $pages)") }
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
                if !closed { throw Diagnostic.syntax(column: col, "text started with \(c) is never closed") }
                out.append((.string(s), col))
            } else {
                let two = i + 1 < chars.count ? String([c, chars[i + 1]]) : ""
                if ["==", "!=", "<=", ">="].contains(two) { out.append((.op(two), col)); i += 2; continue }
                guard "=<>+-*/()[],.|:".contains(c) else {
                    throw Diagnostic.syntax(column: col, "unexpected character '\(c)'")
                }
                out.append((.op(String(c)), col)); i += 1
            }
        }
    }
}

extension Diagnostic {
    /// A syntax error in an expression at the 1-based `column` of its text (a template error; the loader
    /// gives it the template's place).
    public static func syntax(column: Int, _ message: String) -> Diagnostic {
        Diagnostic(.error, .template, at: SourceLocation(file: "", column: column), message)
    }

    /// The column inside the expression text of a syntax error (`syntax(column:_:)`).
    public var expressionColumn: Int { location?.column ?? 0 }
}
