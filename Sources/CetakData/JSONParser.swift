import CetakCore

/// The byte-level JSON parser behind `JSONReader` (an explicit stack, no recursion).
struct JSONParser {
    let buf: UnsafeBufferPointer<UInt8>
    let file: String
    var pos = 0
    var line = 1
    var lineStart = 0
    // Column cache: positions only move forward, so counting characters is linear overall.
    var cacheLineStart = 0
    var cachePos = 0
    var cacheColumn = 1
    var scratch: [UInt8] = []
    /// Where the last comma between items was: a trailing comma is reported there, not at the bracket.
    var lastComma: SourceLocation?
    /// Where the last string that held a curly quote started (a quote pasted from Word that was meant to close it).
    var curlyString: SourceLocation?

    /// An array or object being filled (mutated in place on the stack, so appending never copies).
    struct Frame {
        var isObject: Bool
        var start: SourceLocation
        var items: [JSONNode] = []
        var members: [JSONMember] = []
        var keys: [String: Int] = [:]
        var key = ""
        var keyLocation: SourceLocation
    }

    init(buf: UnsafeBufferPointer<UInt8>, file: String) {
        self.buf = buf
        self.file = file
        if buf.count >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { pos = 3; lineStart = 3; cacheLineStart = 3; cachePos = 3 }
    }

    // MARK: - Positions and errors

    mutating func here() -> SourceLocation { SourceLocation(file: file, line: line, column: column(at: pos)) }

    mutating func column(at p: Int) -> Int {
        if cacheLineStart != lineStart { cacheLineStart = lineStart; cachePos = lineStart; cacheColumn = 1 }
        var c = cacheColumn
        var i = cachePos
        while i < p { if buf[i] & 0xC0 != 0x80 { c += 1 }; i += 1 }
        cachePos = max(cachePos, p)
        cacheColumn = c
        return c
    }

    mutating func fail(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, at: location ?? here(), message)
    }

    /// The character at the current position, for "found ..." in messages.
    func found() -> String {
        guard pos < buf.count else { return "the end of the file" }
        let slice = UnsafeBufferPointer(rebasing: buf[pos..<min(pos + 4, buf.count)])
        let c = String(decoding: slice, as: UTF8.self).first.map(String.init) ?? "?"
        return "'\(c)'"
    }

    mutating func skipWhitespace() {
        while pos < buf.count {
            switch buf[pos] {
            case 0x20, 0x09: pos += 1
            case 0x0A: pos += 1; line += 1; lineStart = pos
            case 0x0D:
                pos += 1
                if pos < buf.count, buf[pos] == 0x0A { pos += 1 }
                line += 1; lineStart = pos
            default: return
            }
        }
    }

    // MARK: - Structure

    mutating func document() throws(Diagnostic) -> JSONNode {
        skipWhitespace()
        guard pos < buf.count else { throw Diagnostic(.error, at: SourceLocation(file: file), "the file is empty (expected a JSON value)") }
        var stack: [Frame] = []
        var afterComma = false
        parsing: while true {
            // Expecting a value.
            skipWhitespace()
            let loc = here()
            guard pos < buf.count else { throw fail("expected a value, found the end of the file") }
            var node: JSONNode
            let commaBefore = afterComma
            afterComma = false
            switch buf[pos] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < JSONReader.maxDepth else { throw fail("arrays and objects are nested more than \(JSONReader.maxDepth) levels deep") }
                let isObject = buf[pos] == UInt8(ascii: "{")
                pos += 1
                skipWhitespace()
                if isObject {
                    if pos < buf.count, buf[pos] == UInt8(ascii: "}") { pos += 1; node = JSONNode(.object([]), at: loc); break }
                    let (key, keyLoc) = try memberKey(afterComma: false)
                    stack.append(Frame(isObject: true, start: loc, key: key, keyLocation: keyLoc))
                } else {
                    if pos < buf.count, buf[pos] == UInt8(ascii: "]") { pos += 1; node = JSONNode(.array([]), at: loc); break }
                    stack.append(Frame(isObject: false, start: loc, keyLocation: loc))
                }
                continue parsing
            case UInt8(ascii: "\""): node = JSONNode(.string(try string()), at: loc)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): node = JSONNode(.number(try number()), at: loc)
            case UInt8(ascii: "t"): try literal("true"); node = JSONNode(.bool(true), at: loc)
            case UInt8(ascii: "f"): try literal("false"); node = JSONNode(.bool(false), at: loc)
            case UInt8(ascii: "n"): try literal("null"); node = JSONNode(.null, at: loc)
            case UInt8(ascii: "]") where commaBefore:
                throw fail("a comma after the last item: JSON allows no comma before a closing bracket ']' (delete this comma)", at: lastComma)
            default:
                throw fail("expected a value (object, array, string, number, true, false or null), found \(found())\(hint())")
            }
            // A value is complete: hand it to the enclosing array or object.
            while true {
                let top = stack.count - 1
                guard top >= 0 else {
                    skipWhitespace()
                    if pos < buf.count { throw fail("expected the end of the file after the JSON value, found \(found())") }
                    return node
                }
                let valueEnd = here()
                skipWhitespace()
                let start = stack[top].start
                if !stack[top].isObject {
                    stack[top].items.append(node)
                    if pos < buf.count, buf[pos] == UInt8(ascii: ",") {
                        lastComma = here()
                        pos += 1
                        afterComma = true
                        continue parsing
                    }
                    if pos < buf.count, buf[pos] == UInt8(ascii: "]") {
                        pos += 1
                        node = JSONNode(.array(stack.removeLast().items), at: start)
                        continue
                    }
                    throw missingSeparator("]", opened: start, valueEnd: valueEnd)
                }
                let key = stack[top].key
                let keyLoc = stack[top].keyLocation
                // Duplicate keys: a linear scan for small objects, a dictionary for big ones.
                let count = stack[top].members.count
                let first: Int?
                if count < 16 {
                    first = stack[top].members.firstIndex { $0.key == key }
                } else {
                    if stack[top].keys.isEmpty {
                        for (i, m) in stack[top].members.enumerated() { stack[top].keys[m.key] = i }
                    }
                    first = stack[top].keys[key]
                    stack[top].keys[key] = count
                }
                if let first {
                    throw fail("the key '\(key)' appears twice in this object (first at line \(stack[top].members[first].keyLocation.line))", at: keyLoc)
                }
                stack[top].members.append(JSONMember(key: key, keyLocation: keyLoc, value: node))
                if pos < buf.count, buf[pos] == UInt8(ascii: ",") {
                    lastComma = here()
                    pos += 1
                    let (next, nextLoc) = try memberKey(afterComma: true)
                    stack[top].key = next
                    stack[top].keyLocation = nextLoc
                    continue parsing
                }
                if pos < buf.count, buf[pos] == UInt8(ascii: "}") {
                    pos += 1
                    node = JSONNode(.object(stack.removeLast().members), at: start)
                    continue
                }
                throw missingSeparator("}", opened: start, valueEnd: valueEnd)
            }
        }
    }

    /// `"key" :` — the key and where it is; leaves the position at the value.
    mutating func memberKey(afterComma: Bool) throws(Diagnostic) -> (String, SourceLocation) {
        skipWhitespace()
        guard pos < buf.count, buf[pos] == UInt8(ascii: "\"") else {
            if afterComma, pos < buf.count, buf[pos] == UInt8(ascii: "}") {
                throw fail("a comma after the last item: JSON allows no comma before a closing brace '}' (delete this comma)", at: lastComma)
            }
            throw fail("expected a key in quotes, found \(found())\(hint())")
        }
        let loc = here()
        let key = try string()
        skipWhitespace()
        guard pos < buf.count, buf[pos] == UInt8(ascii: ":") else { throw fail("expected ':' after the key '\(key)', found \(found())") }
        pos += 1
        return (key, loc)
    }

    /// The error for a value not followed by ',' or the closing bracket: a missing comma is pointed
    /// at where it belongs (the end of the value before), other characters where they are.
    mutating func missingSeparator(_ close: String, opened start: SourceLocation, valueEnd: SourceLocation) -> Diagnostic {
        let what = close == "]" ? "array" : "object"
        if pos < buf.count, let c = Optional(buf[pos]),
           c == UInt8(ascii: "\"") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") {
            return fail("a comma is missing after this value (the next item starts at line \(line), column \(column(at: pos)))", at: valueEnd)
        }
        if let curly = curlyString {
            return fail("expected ',' or '\(close)' in the \(what) opened at line \(start.line), found \(found()); the text that starts at line \(curly.line), "
                + "column \(curly.column ?? 0) holds a curly quote (” or “, as Word types it): JSON closes text with a straight quote \"")
        }
        return fail("expected ',' or '\(close)' in the \(what) opened at line \(start.line), column \(start.column ?? 0), found \(found())\(hint())")
    }

    /// Advice for the character at the current position when a clerk commonly types it by mistake.
    func hint() -> String {
        guard pos < buf.count else { return "" }
        let slice = UnsafeBufferPointer(rebasing: buf[pos..<min(pos + 4, buf.count)])
        switch String(decoding: slice, as: UTF8.self).unicodeScalars.first {
        case "“", "”", "„", "‟", "″":
            return ": a curly quote, as Word types it. JSON needs straight quotes \" (retype them, or write the file in a plain-text editor)"
        case "‘", "’", "'":
            return ": JSON needs straight double quotes \" around text and keys"
        default:
            return ""
        }
    }

    mutating func literal(_ word: String) throws(Diagnostic) {
        let n = word.utf8.count
        guard pos + n <= buf.count, UnsafeBufferPointer(rebasing: buf[pos..<(pos + n)]).elementsEqual(word.utf8) else {
            throw fail("expected a value (object, array, string, number, true, false or null), found \(found())")
        }
        pos += n
    }
}
