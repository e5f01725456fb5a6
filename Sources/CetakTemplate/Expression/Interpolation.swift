import CetakCore

/// Text with `{expression}` holes, as written in template text and attributes. `{{` and `}}` are literal braces.
public struct Interpolation: Sendable, Equatable {
    /// A literal piece or an expression.
    public enum Piece: Sendable, Equatable {
        /// Literal text.
        case text(String)
        /// An expression to evaluate and print.
        case expr(Expr)
    }
    /// The pieces in order.
    public var pieces: [Piece]

    /// Creates an interpolation from pieces.
    public init(_ pieces: [Piece]) { self.pieces = pieces }

    /// True when there is no expression in it.
    public var isLiteral: Bool { pieces.allSatisfy { if case .text = $0 { return true } else { return false } } }

    /// Parses text with holes; the error's column counts from the start of `text`.
    public static func parse(_ text: String) throws(Diagnostic) -> Interpolation {
        var pieces: [Piece] = []
        var literal = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count, chars[i + 1] == "{" { literal.append("{"); i += 2; continue }
                // Find the matching close brace, skipping quoted text.
                var j = i + 1
                var quote: Character?
                while j < chars.count {
                    if let q = quote { if chars[j] == q { quote = nil } }
                    else if chars[j] == "'" || chars[j] == "\"" { quote = chars[j] }
                    else if chars[j] == "}" { break }
                    j += 1
                }
                guard j < chars.count else { throw Diagnostic.syntax(column: i + 1, "'{' is never closed (write '{{' for a literal brace)") }
                let inner = String(chars[(i + 1)..<j])
                do {
                    let e = try ExprParser.parse(inner)
                    if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                    pieces.append(.expr(e))
                } catch {
                    throw Diagnostic.syntax(column: i + 1 + error.expressionColumn, error.message)
                }
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count, chars[i + 1] == "}" { literal.append("}"); i += 2; continue }
                throw Diagnostic.syntax(column: i + 1, "'}' without '{' (write '}}' for a literal brace)")
            } else {
                literal.append(c); i += 1
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return Interpolation(pieces)
    }
}
