/// Byte-level scanning helpers for the PDF joiner (PDF syntax is ASCII outside streams).
enum PDFScan {
    /// Whether `b` holds the ASCII text `s` at `i` (compared byte by byte, nothing allocated).
    static func starts(_ b: [UInt8], at i: Int, with s: String) -> Bool {
        guard i >= 0, i + s.utf8.count <= b.count else { return false }
        var k = i
        for c in s.utf8 {
            if b[k] != c { return false }
            k += 1
        }
        return true
    }

    static func index(of s: String, in b: [UInt8], from: Int, to: Int) -> Int? {
        guard let first = s.utf8.first else { return nil }
        var i = max(0, from)
        let last = min(to, b.count) - s.utf8.count
        while i <= last {
            if b[i] == first, starts(b, at: i, with: s) { return i }
            i += 1
        }
        return nil
    }

    static func lastIndex(of s: String, in b: [UInt8]) -> Int? {
        guard let first = s.utf8.first else { return nil }
        var i = b.count - s.utf8.count
        while i >= 0 {
            if b[i] == first, starts(b, at: i, with: s) { return i }
            i -= 1
        }
        return nil
    }

    static func skipSpace(_ b: [UInt8], _ from: Int) -> Int {
        var i = from
        while i < b.count, isSpace(b[i]) { i += 1 }
        return i
    }

    /// PDF white space (ISO 32000-1 §7.2.2).
    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool {
        switch c {
        case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00: return true
        default: return false
        }
    }

    static func integer(_ b: [UInt8], _ from: Int) -> (value: Int, end: Int)? {
        var i = from, v = 0, digits = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39, digits < 15 { v = v * 10 + Int(b[i] - 0x30); i += 1; digits += 1 }
        return digits > 0 ? (v, i) : nil
    }

    /// Where an object's body ends: the first `stream` or `endobj` keyword at or after `from`
    /// outside literal strings and comments (cairo writes `% 1` after a page's `/Type /Page`), so
    /// a title like "Upstream" is never taken for a keyword. Returns the keyword's index and
    /// whether it is `stream`.
    static func bodyEnd(_ b: [UInt8], from: Int, to: Int) -> (at: Int, isStream: Bool)? {
        var i = from
        let end = min(to, b.count)
        while i < end {
            switch b[i] {
            case UInt8(ascii: "("):
                var depth = 0
                while i < end {
                    let c = b[i]
                    if c == UInt8(ascii: "\\") { i += 2; continue }
                    if c == UInt8(ascii: "(") { depth += 1 }
                    if c == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                    i += 1
                }
                i += 1
            case UInt8(ascii: "%"):
                while i < end, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
            case UInt8(ascii: "s"):
                if starts(b, at: i, with: "stream"), i == 0 || !ReferenceRewriter.isRegular(b[i - 1]) { return (i, true) }
                i += 1
            case UInt8(ascii: "e"):
                if starts(b, at: i, with: "endobj"), i == 0 || !ReferenceRewriter.isRegular(b[i - 1]) { return (i, false) }
                i += 1
            default:
                i += 1
            }
        }
        return nil
    }

    /// `N G R` right after a key, e.g. `/Pages 1 0 R`.
    static func reference(after key: String, in slice: ArraySlice<UInt8>) -> Int? {
        let b = Array(slice)
        guard let k = index(of: key, in: b, from: 0, to: b.count),
              let n = integer(b, skipSpace(b, k + key.utf8.count)),
              let g = integer(b, skipSpace(b, n.end)), skipSpace(b, g.end) < b.count, b[skipSpace(b, g.end)] == UInt8(ascii: "R")
        else { return nil }
        return n.value
    }

    /// The object numbers of `[a 0 R b 0 R …]` after a key.
    static func references(inArrayAfter key: String, in slice: ArraySlice<UInt8>) -> [Int] {
        let b = Array(slice)
        guard let k = index(of: key, in: b, from: 0, to: b.count),
              let open = index(of: "[", in: b, from: k, to: b.count),
              let close = index(of: "]", in: b, from: open, to: b.count) else { return [] }
        return ReferenceRewriter.references(in: Array(b[open...close]))
    }
}

/// Finds and renumbers `N G R` references in the non-stream part of an object, skipping strings
/// and comments so that text never changes.
enum ReferenceRewriter {
    /// The object numbers referenced.
    static func references(in b: [UInt8]) -> [Int] {
        var out: [Int] = []
        _ = rewrite(b, output: false) { out.append($0); return $0 }
        return out
    }

    /// The bytes with every reference `N G R` replaced by `map(N) 0 R` (with `output` false, only
    /// `map` is called, for each reference, and nothing is returned).
    static func rewrite(_ b: [UInt8], output: Bool = true, _ map: (Int) -> Int) -> [UInt8] {
        var out: [UInt8] = []
        if output { out.reserveCapacity(b.count + 16) }
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "(") {
                // A literal string: balanced parentheses, backslash escapes.
                var depth = 0, j = i
                while j < b.count {
                    if b[j] == UInt8(ascii: "\\") { j += 2; continue }
                    if b[j] == UInt8(ascii: "(") { depth += 1 }
                    if b[j] == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                let end = min(j + 1, b.count)
                if output { out += b[i..<end] }
                i = end
                continue
            }
            if c == UInt8(ascii: "%") {
                let start = i
                while i < b.count, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
                if output { out += b[start..<i] }
                continue
            }
            if c >= 0x30, c <= 0x39, i == 0 || !isRegular(b[i - 1]) || b[i - 1] == UInt8(ascii: "[") || b[i - 1] == UInt8(ascii: "<"),
               let n = PDFScan.integer(b, i) {
                let a = PDFScan.skipSpace(b, n.end)
                if a > n.end, let g = PDFScan.integer(b, a) {
                    let r = PDFScan.skipSpace(b, g.end)
                    if r > g.end, r < b.count, b[r] == UInt8(ascii: "R"), r + 1 >= b.count || !isRegular(b[r + 1]) {
                        let mapped = map(n.value)
                        if output { out += Array("\(mapped) 0 R".utf8) }
                        i = r + 1
                        continue
                    }
                }
                if output { out += b[i..<n.end] }
                i = n.end
                continue
            }
            if output { out.append(c) }
            i += 1
        }
        return out
    }

    /// A regular character (not white space, not a delimiter).
    @inline(__always)
    static func isRegular(_ c: UInt8) -> Bool {
        switch c {
        case 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x00: return false
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): return false
        default: return true
        }
    }
}
