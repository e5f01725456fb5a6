import CetakCore

extension JSONParser {
    /// A string starting at its opening quote, escapes resolved.
    mutating func string() throws(Diagnostic) -> String {
        let open = here()
        pos += 1
        var segmentStart = pos
        var escaped = false
        // A Windows path (C:\Users\...) written with single backslashes reads as escapes; say so.
        let drivePath = pos + 2 < buf.count && ((buf[pos] | 0x20) >= 0x61 && (buf[pos] | 0x20) <= 0x7A)
            && buf[pos + 1] == UInt8(ascii: ":") && buf[pos + 2] == 0x5C
        scratch.removeAll(keepingCapacity: true)
        while true {
            var p = pos
            while p < buf.count {
                let b = buf[p]
                if b == 0x22 || b == 0x5C || b < 0x20 { break }
                p += 1
            }
            pos = p
            guard p < buf.count else { throw fail("a string opened here is never closed (missing '\"')", at: open) }
            let b = buf[p]
            if b < 0x20 {
                throw fail("a control character in a string must be written as an escape (\\n, \\t, \\u00XX)")
            }
            if b == 0x22 {
                let body: String?
                if escaped {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
                    body = String(validating: scratch, as: UTF8.self)
                } else {
                    body = String(validating: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]), as: UTF8.self)
                }
                guard let body else { throw fail("the string is not valid UTF-8 (save the file as UTF-8)", at: open) }
                pos = p + 1
                if body.unicodeScalars.contains(where: { $0 == "“" || $0 == "”" }) { curlyString = open }
                return body
            }
            // A backslash escape.
            escaped = true
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
            guard p + 1 < buf.count else { pos = p; throw fail("a string opened here is never closed (missing '\"')", at: open) }
            let e = buf[p + 1]
            pos = p + 2
            // \b and \f before a letter are a path's backslashes (foto\budi.png), never meant as controls;
            // in a path that starts with a drive letter every single backslash is.
            let pathLike = e != 0x5C && e != 0x2F && e != 0x22
                && (drivePath || ((e == UInt8(ascii: "b") || e == UInt8(ascii: "f")) && p + 2 < buf.count && (buf[p + 2] | 0x20) >= 0x61 && (buf[p + 2] | 0x20) <= 0x7A))
            if pathLike {
                pos = p
                throw fail("a backslash in a path (\\\(String(UnicodeScalar(e)))...): JSON reads a single backslash as an escape. "
                    + "Write each backslash twice (C:\\\\Users\\\\foto.png) or use / (C:/Users/foto.png)")
            }
            switch e {
            case 0x22, 0x5C, 0x2F: scratch.append(e)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                pos = p
                let scalar = try unicodeEscape()
                appendUTF8(scalar)
            default:
                pos = p
                let c = String(decoding: UnsafeBufferPointer(rebasing: buf[(p + 1)..<min(p + 5, buf.count)]), as: UTF8.self)
                    .first.map(String.init) ?? "?"
                throw fail("unknown escape '\\\(c)' in a string (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX; "
                    + "for a path write each backslash twice, or use /)")
            }
            segmentStart = pos
        }
    }

    /// `\uXXXX` (or a surrogate pair of two) at the current backslash.
    mutating func unicodeEscape() throws(Diagnostic) -> UInt32 {
        let high = try hex4()
        if (0xDC00...0xDFFF).contains(high) { throw fail("a lone low surrogate \\u\(hexText(high)) (a surrogate pair starts with \\uD800–\\uDBFF)") }
        guard (0xD800...0xDBFF).contains(high) else { pos += 6; return high }
        pos += 6
        guard pos + 1 < buf.count, buf[pos] == 0x5C, buf[pos + 1] == UInt8(ascii: "u") else {
            throw fail("a high surrogate \\u\(hexText(high)) must be followed by a low surrogate \\uDC00–\\uDFFF")
        }
        let low = try hex4()
        guard (0xDC00...0xDFFF).contains(low) else {
            throw fail("a high surrogate \\u\(hexText(high)) must be followed by a low surrogate \\uDC00–\\uDFFF")
        }
        pos += 6
        return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }

    /// The four hex digits after `\u` at the current position (not consumed).
    mutating func hex4() throws(Diagnostic) -> UInt32 {
        var v: UInt32 = 0
        for k in 2..<6 {
            guard pos + k < buf.count else { throw fail("expected four hex digits after \\u") }
            let b = buf[pos + k]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("expected four hex digits after \\u")
            }
            v = v << 4 | d
        }
        return v
    }

    func hexText(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    mutating func appendUTF8(_ v: UInt32) {
        switch v {
        case ..<0x80: scratch.append(UInt8(v))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | v >> 6)); scratch.append(UInt8(0x80 | v & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | v >> 12)); scratch.append(UInt8(0x80 | (v >> 6) & 0x3F)); scratch.append(UInt8(0x80 | v & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | v >> 18)); scratch.append(UInt8(0x80 | (v >> 12) & 0x3F))
            scratch.append(UInt8(0x80 | (v >> 6) & 0x3F)); scratch.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// A number's text, checked against JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number() throws(Diagnostic) -> String {
        let start = pos
        let startLocation = here()
        func isDigit(_ p: Int) -> Bool { p < buf.count && buf[p] >= 0x30 && buf[p] <= 0x39 }
        if buf[pos] == UInt8(ascii: "-") { pos += 1 }
        guard isDigit(pos) else { throw fail("expected a digit after '-', found \(found())") }
        if buf[pos] == UInt8(ascii: "0") {
            pos += 1
            if isDigit(pos) { throw fail("a number may not start with 0 followed by more digits (write it in quotes to keep leading zeros)", at: startLocation) }
        } else {
            while isDigit(pos) { pos += 1 }
        }
        if pos < buf.count, buf[pos] == UInt8(ascii: ".") {
            pos += 1
            guard isDigit(pos) else { throw fail("expected a digit after the decimal point, found \(found())") }
            while isDigit(pos) { pos += 1 }
        }
        if pos < buf.count, buf[pos] == UInt8(ascii: "e") || buf[pos] == UInt8(ascii: "E") {
            pos += 1
            if pos < buf.count, buf[pos] == UInt8(ascii: "+") || buf[pos] == UInt8(ascii: "-") { pos += 1 }
            guard isDigit(pos) else { throw fail("expected a digit in the exponent, found \(found())") }
            while isDigit(pos) { pos += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)
    }
}
