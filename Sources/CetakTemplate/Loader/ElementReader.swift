import Foundation
import CetakCore

/// Reads the attributes of one element, collecting problems instead of stopping.
struct ElementReader {
    let element: XMLElement
    let file: String
    var diags: Diagnostics

    var location: SourceLocation { SourceLocation(file: file, line: element.line) }

    init(_ element: XMLElement, file: String, diags: Diagnostics) {
        self.element = element; self.file = file; self.diags = diags
    }

    mutating func error(_ message: String) { diags.error(location, message) }

    func string(_ name: String) -> String? { element.attr(name) }

    mutating func required(_ name: String) -> String {
        guard let v = element.attr(name) else { error("<\(element.name)> needs the attribute '\(name)'"); return "" }
        return v
    }

    mutating func expr(_ name: String) -> Expr? {
        guard let v = element.attr(name) else { return nil }
        return parseExpr(v, attribute: name)
    }

    mutating func requiredExpr(_ name: String) -> Expr {
        guard element.attr(name) != nil else { _ = required(name); return .literal(.null) }
        let v = required(name)
        return parseExpr(v, attribute: name) ?? .literal(.null)
    }

    mutating func parseExpr(_ text: String, attribute: String) -> Expr? {
        do { return try ExprParser.parse(text) } catch {
            diags.error(location.with(field: nil, column: nil), "in \(attribute)=\"\(text)\" at column \(error.expressionColumn): \(error.message)")
            return nil
        }
    }

    mutating func exprList(_ name: String) -> [Expr] {
        guard let v = element.attr(name) else { return [] }
        return splitTopLevel(v).compactMap { parseExpr($0, attribute: name) }
    }

    mutating func sortKeys(_ name: String) -> [SortKey] {
        guard let v = element.attr(name) else { return [] }
        return splitTopLevel(v).compactMap { part in
            var t = part.trimmingCharacters(in: .whitespaces)
            var desc = false
            if t.hasSuffix(" desc") { desc = true; t = String(t.dropLast(5)) }
            else if t.hasSuffix(" asc") { t = String(t.dropLast(4)) }
            return parseExpr(t, attribute: name).map { SortKey(expr: $0, descending: desc) }
        }
    }

    mutating func interpolation(_ name: String) -> Interpolation? {
        guard let v = element.attr(name) else { return nil }
        do { return try Interpolation.parse(v) } catch {
            diags.error(location, "in \(name)=\"\(v)\" at column \(error.expressionColumn): \(error.message)")
            return nil
        }
    }

    mutating func length(_ name: String) -> Double? {
        guard let v = element.attr(name) else { return nil }
        guard let l = Units.parseLength(v) else { error("\(name)=\"\(v)\" is not a length (e.g. 20mm, 1.5cm, 12pt)"); return nil }
        return l
    }

    /// A vertical space: a length, or a length that may shrink ("6mm minus 3mm").
    mutating func space(_ name: String) -> FlexSpace? {
        guard let v = element.attr(name) else { return nil }
        guard let s = FlexSpace.parse(v) else {
            error("\(name)=\"\(v)\" is not a space (a length such as 6mm, or 6mm minus 3mm: at most the length may go)")
            return nil
        }
        return s
    }

    mutating func number(_ name: String) -> Double? {
        guard let v = element.attr(name) else { return nil }
        guard let d = Double(v) else { error("\(name)=\"\(v)\" is not a number"); return nil }
        return d
    }

    mutating func int(_ name: String) -> Int? {
        guard let v = element.attr(name) else { return nil }
        guard let d = Int(v), d >= 0 else { error("\(name)=\"\(v)\" is not a whole number"); return nil }
        return d
    }

    mutating func bool(_ name: String) -> Bool? {
        guard let v = element.attr(name) else { return nil }
        switch v { case "true", "yes", "1": return true
        case "false", "no", "0": return false
        default: error("\(name)=\"\(v)\" must be true or false"); return nil }
    }

    mutating func align(_ name: String = "align") -> TextAlign? {
        guard let v = element.attr(name) else { return nil }
        guard let a = TextAlign(rawValue: v) else { error("\(name)=\"\(v)\" must be left, center, right or justify"); return nil }
        return a
    }

    mutating func valign(_ name: String = "valign") -> VerticalAlign? {
        guard let v = element.attr(name) else { return nil }
        guard let a = VerticalAlign(rawValue: v) else { error("\(name)=\"\(v)\" must be top, middle or bottom"); return nil }
        return a
    }

    /// Margins "20mm" (all), "20mm 15mm" (vertical horizontal) or "t r b l".
    mutating func box(_ name: String) -> (Double, Double, Double, Double)? {
        guard let v = element.attr(name) else { return nil }
        let texts = v.split(separator: " ").map(String.init)
        let parts = texts.compactMap(Units.parseLength)
        if parts.count != texts.count { error("\(name)=\"\(v)\" must be one, two or four lengths (e.g. 20mm 15mm)"); return nil }
        switch parts.count {
        case 1: return (parts[0], parts[0], parts[0], parts[0])
        case 2: return (parts[0], parts[1], parts[0], parts[1])
        case 4: return (parts[0], parts[1], parts[2], parts[3])
        default: error("\(name)=\"\(v)\" must be one, two or four lengths"); return nil
        }
    }

    /// Reports attributes that the element does not know.
    mutating func allow(_ names: Set<String>) {
        for (n, _) in element.attributes where !names.contains(n) && !n.hasPrefix("xmlns") {
            error("<\(element.name)> has no attribute '\(n)'")
        }
    }
}

/// Splits on commas that are not inside quotes, brackets or parentheses.
func splitTopLevel(_ text: String) -> [String] {
    var parts: [String] = []
    var depth = 0
    var quote: Character?
    var cur = ""
    for c in text {
        if let q = quote { cur.append(c); if c == q { quote = nil }; continue }
        switch c {
        case "'", "\"": quote = c; cur.append(c)
        case "(", "[": depth += 1; cur.append(c)
        case ")", "]": depth -= 1; cur.append(c)
        case "," where depth == 0: parts.append(cur); cur = ""
        default: cur.append(c)
        }
    }
    if !cur.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(cur) }
    return parts.map { $0.trimmingCharacters(in: .whitespaces) }
}
