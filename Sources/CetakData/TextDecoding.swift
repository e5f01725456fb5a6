import CetakCore

/// Turns the bytes of a data file into UTF-8 bytes, whatever encoding Excel or a web app wrote.
///
/// UTF-8 with or without a byte-order mark is passed through (the mark removed); UTF-16 with a
/// mark (or without one, when the first code unit holds a zero byte) is transcoded. A file that is
/// not valid UTF-8 is looked at line by line:
/// - when it is clearly not UTF-8 as a whole — its bytes above 127 form no UTF-8 sequence, or more
///   of them are broken than whole — it is read as Windows-1252, what Excel on Windows writes for
///   "CSV (Comma delimited)", with one warning for the file;
/// - otherwise it is a UTF-8 file with some broken lines (a line pasted from another program, a
///   stray byte): every other line keeps its text exactly, and each broken line is read as
///   Windows-1252 (what such a line usually is) with a warning naming the line, the byte and what
///   was read — never the whole file turned into "AndrÃ©".
public enum TextDecoding {
    /// At most this many broken lines are named one by one; the rest are counted in one more warning.
    static let maxLineWarnings = 20

    /// The UTF-8 bytes of a file's text, and the warnings about lines or the file that were not UTF-8.
    /// UTF-8 text (the usual case, with or without a byte-order mark) is the bytes handed over, never a
    /// copy of them: a data file of 40 MB is held once while it is read.
    public static func utf8(_ bytes: consuming [UInt8], file: String) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            var text = consume bytes
            text.removeFirst(3) // in place, the bytes being this function's own
            return decode(text, file: file)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (utf16(bytes[2...], bigEndian: false), []) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (utf16(bytes[2...], bigEndian: true), []) }
        if bytes.count >= 2, bytes[0] != 0, bytes[1] == 0 { return (utf16(bytes[...], bigEndian: false), []) }
        if bytes.count >= 2, bytes[0] == 0, bytes[1] != 0 { return (utf16(bytes[...], bigEndian: true), []) }
        return decode(bytes, file: file)
    }

    /// UTF-8 as it is, Windows-1252 as a whole, or UTF-8 with its broken lines read one by one.
    static func decode(_ bytes: [UInt8], file: String) -> (bytes: [UInt8], warnings: [Diagnostic]) {
        if isValidUTF8(bytes) { return (bytes, []) }
        let tally = UTF8Tally(bytes)
        if tally.whole == 0 || tally.broken > tally.whole { return (windows1252(bytes), [notUTF8(file)]) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var warnings: [Diagnostic] = []
        var brokenLines = 0
        var line = 1
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            let slice = Array(bytes[start..<end])
            if isValidUTF8(slice) {
                out += slice
            } else {
                let read = windows1252(slice)
                out += read
                brokenLines += 1
                if brokenLines <= maxLineWarnings { warnings.append(brokenLine(slice, read, line: line, file: file)) }
            }
            line += 1
            start = end
        }
        if brokenLines > maxLineWarnings {
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: file),
                "\(brokenLines - maxLineWarnings) more lines are not UTF-8 either (read as Windows-1252); save the file as \"CSV UTF-8\""))
        }
        return (out, warnings)
    }

    /// The warning for one line that is not UTF-8 in a UTF-8 file: where the first bad byte is, and the line as read.
    static func brokenLine(_ raw: [UInt8], _ read: [UInt8], line: Int, file: String) -> Diagnostic {
        let at = firstInvalid(raw)
        let column = String(decoding: raw[..<at], as: UTF8.self).count + 1
        var text = String(decoding: read, as: UTF8.self).trimmingCharacters(in: .newlines)
        if text.count > 80 { text = String(text.prefix(77)) + "…" }
        let byte = "0x" + String(raw[at], radix: 16, uppercase: true)
        return Diagnostic(.warning, at: SourceLocation(file: file, line: line, column: column),
            "this line is not UTF-8 (byte \(byte)) while the rest of the file is: it was read as Windows-1252, as \"\(text)\"; check its letters, and save the file as \"CSV UTF-8\"",
            value: text)
    }

    /// The index of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalid(_ b: [UInt8]) -> Int {
        var i = 0
        while i < b.count {
            let n = UTF8Tally.sequenceLength(b, i)
            if n == 0 { return i }
            i += n
        }
        return b.count
    }

    /// The warning given when a file was read as Windows-1252.
    static func notUTF8(_ file: String) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(file: file),
                   "the file is not UTF-8 and was read as Windows-1252 (as Excel on Windows saves CSV); save it as \"CSV UTF-8\" to be sure of its letters")
    }

    /// True when the bytes are well-formed UTF-8 (checked where they are, with no string made of them).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Pure ASCII is by far the most common case: check it with a cheap loop first.
        let ascii = bytes.withUnsafeBufferPointer { buf -> Bool in
            var acc: UInt8 = 0
            for b in buf { acc |= b }
            return acc < 0x80
        }
        if ascii { return true }
        do {
            _ = try UTF8Span(validating: bytes.span)
            return true
        } catch {
            return false
        }
    }

    /// Decodes UTF-16 code units (an odd trailing byte is dropped) into UTF-8, what is not UTF-16 (a lone
    /// surrogate) as U+FFFD; straight into the UTF-8 bytes, with no list of units or string between.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        let start = bytes.startIndex
        let units = (0..<bytes.count / 2).lazy.map { k -> UInt16 in
            let a = UInt16(bytes[start + 2 * k]), b = UInt16(bytes[start + 2 * k + 1])
            return bigEndian ? (a << 8 | b) : (b << 8 | a)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 2)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { out.append($0) }
        return out
    }

    /// Windows-1252 → UTF-8. The five undefined bytes map to the C1 controls of the same value.
    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalar: UInt32 = b >= 0xA0 ? UInt32(b) : cp1252High[Int(b) - 0x80]
            // Every scalar here is below U+FFFF: two or three UTF-8 bytes.
            if scalar < 0x800 {
                out.append(UInt8(0xC0 | (scalar >> 6)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (scalar >> 12)))
                out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return out
    }

    /// Unicode scalars of Windows-1252 bytes 0x80–0x9F.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

/// How many multi-byte UTF-8 sequences in some bytes are whole, and how many bytes above 127 are not part of one.
struct UTF8Tally {
    var whole = 0
    var broken = 0

    init(_ b: [UInt8]) {
        var i = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            let n = Self.sequenceLength(b, i)
            if n == 0 { broken += 1; i += 1 } else { whole += 1; i += n }
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `i` (1 for ASCII), or 0 when there is none.
    static func sequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return 1 }
        func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return i + 1 < b.count && (0xA0...0xBF).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xED: return i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return i + 1 < b.count && (0x90...0xBF).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return i + 1 < b.count && (0x80...0x8F).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
