/// How values are spelled in PDF files that cetak writes itself (Info, outlines, XMP's twins).
enum PDFSyntax {
    /// A PDF text string: printable ASCII as a literal string, anything else as UTF-16BE hex with a BOM.
    static func text(_ s: String) -> String {
        if s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var t = ""
            for c in s.unicodeScalars {
                if c == "(" || c == ")" || c == "\\" { t.append("\\") }
                t.unicodeScalars.append(c)
            }
            return "(" + t + ")"
        }
        return "<" + hex([0xFE, 0xFF] + s.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) + ">"
    }

    /// Upper-case hexadecimal digits of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0x0F)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `D:YYYYMMDDHHmmSSZ` (ISO 32000-1 §7.9.4) from epoch seconds, in UTC.
    static func date(_ epoch: Int64) -> String {
        "D:" + iso8601UTC(epochSeconds: epoch).filter { $0.isNumber } + "Z"
    }

    /// Text without the characters that neither XML 1.0 nor a PDF title should carry (C0 controls
    /// other than tab, line feed and carriage return; U+FFFE/U+FFFF), so Info and XMP say the same.
    static func archivable(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let v = c.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF || v == 0x7F { continue }
            out.append(c)
        }
        return String(out)
    }
}
