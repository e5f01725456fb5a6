import CetakCore

/// Turns the bytes of a data file into UTF-8 bytes, whatever encoding Excel or a web app wrote.
///
/// UTF-8 with or without a byte-order mark is passed through (the mark removed); UTF-16 with a
/// mark (or without one, when the first code unit holds a zero byte) is transcoded; anything
/// that is not valid UTF-8 is read as Windows-1252, what Excel on Windows writes for
/// "CSV (Comma delimited)", and a warning says so.
public enum TextDecoding {
    /// The UTF-8 bytes of a file's text, and a warning when the file had to be guessed as Windows-1252.
    public static func utf8(_ bytes: [UInt8], file: String) -> (bytes: [UInt8], warning: Diagnostic?) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = Array(bytes[3...])
            return isValidUTF8(rest) ? (rest, nil) : (windows1252(rest), notUTF8(file))
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return (utf16(bytes[2...], bigEndian: false), nil) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return (utf16(bytes[2...], bigEndian: true), nil) }
        if bytes.count >= 2, bytes[0] != 0, bytes[1] == 0 { return (utf16(bytes[...], bigEndian: false), nil) }
        if bytes.count >= 2, bytes[0] == 0, bytes[1] != 0 { return (utf16(bytes[...], bigEndian: true), nil) }
        return isValidUTF8(bytes) ? (bytes, nil) : (windows1252(bytes), notUTF8(file))
    }

    /// The warning given when a file was read as Windows-1252.
    static func notUTF8(_ file: String) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(file: file),
                   "the file is not UTF-8 and was read as Windows-1252 (as Excel on Windows saves CSV); save it as \"CSV UTF-8\" to be sure of its letters")
    }

    /// True when the bytes are well-formed UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Pure ASCII is by far the most common case: check it with a cheap loop first.
        let ascii = bytes.withUnsafeBufferPointer { buf -> Bool in
            var acc: UInt8 = 0
            for b in buf { acc |= b }
            return acc < 0x80
        }
        if ascii { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// Decodes UTF-16 code units (an odd trailing byte is dropped) and re-encodes them as UTF-8.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
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
