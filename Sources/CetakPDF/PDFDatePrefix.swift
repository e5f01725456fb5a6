/// Repairs the date strings cairo 1.16 writes into the Info dictionary.
///
/// Cairo 1.16 turns `CAIRO_PDF_METADATA_CREATE_DATE`/`MOD_DATE` into `(20190901073000Z)`,
/// without the `D:` prefix that ISO 32000-1 §7.9.4 requires (PDF/A validators reject it; cairo
/// 1.17 fixed it). This inserts the prefix into the Info object and shifts the classic
/// cross-reference table (fixed-width 20-byte entries) and `startxref` accordingly. Anything
/// not shaped as expected (a newer cairo that already writes `D:`, an xref stream) leaves the
/// bytes untouched. Only the Info object, found through the trailer, is searched, never page
/// content.
enum PDFDatePrefix {
    /// The document with `D:` inserted into its Info dates, or the same bytes when not needed or not possible.
    static func fixed(_ pdf: [UInt8]) -> [UInt8] { fixed(pdf, base: 0) }

    /// The same for the tail of a document whose first `base` bytes are already written: the Info
    /// object, the xref table and the trailer must lie in the tail (cairo writes them last); xref
    /// offsets are file offsets, so entries before the tail stay as they are.
    static func fixed(_ pdf: [UInt8], base: Int) -> [UInt8] {
        guard let startxref = lastIndex(of: bytes("startxref"), in: pdf),
              let xrefFile = integer(in: pdf, at: startxref + 9), xrefFile.value >= base,
              case let xrefOffset = (value: xrefFile.value - base, end: xrefFile.end),
              xrefOffset.value < pdf.count, starts(pdf, at: xrefOffset.value, with: bytes("xref")),
              let trailer = index(of: bytes("trailer"), in: pdf, from: xrefOffset.value, to: startxref),
              let infoKey = index(of: bytes("/Info "), in: pdf, from: trailer, to: startxref),
              let infoNumber = integer(in: pdf, at: infoKey + 6),
              let entries = xrefEntries(pdf, from: xrefOffset.value + 4, to: trailer),
              let infoFile = entries.first(where: { $0.object == infoNumber.value })?.offset, infoFile >= base,
              case let infoOffset = infoFile - base,
              let infoEnd = index(of: bytes("endobj"), in: pdf, from: infoOffset, to: xrefOffset.value)
        else { return pdf }

        var insertions: [Int] = []
        for key in ["/CreationDate (", "/ModDate ("] {
            if let at = index(of: bytes(key), in: pdf, from: infoOffset, to: infoEnd) {
                let value = at + key.utf8.count
                if value < pdf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pdf[value]) { insertions.append(value) }
            }
        }
        guard !insertions.isEmpty else { return pdf }
        insertions.sort()
        // Positions in the tail; `shift` moves tail positions, `shiftFile` file offsets.
        let shift = { (offset: Int) -> Int in offset + 2 * insertions.filter { $0 < offset }.count }
        let shiftFile = { (offset: Int) -> Int in offset < base ? offset : shift(offset - base) + base }

        var out: [UInt8] = []
        out.reserveCapacity(pdf.count + 2 * insertions.count + 4)
        var position = 0
        for at in insertions {
            out.append(contentsOf: pdf[position..<at])
            out.append(contentsOf: bytes("D:"))
            position = at
        }
        out.append(contentsOf: pdf[position..<startxref])
        // Rewrite the xref entries in place (same width), then a new startxref.
        let newXref = shift(xrefOffset.value) + base
        for entry in entries where entry.inUse {
            let digits = bytes(String(shiftFile(entry.offset)))
            guard digits.count <= 10 else { return pdf }
            let field = shift(entry.field)
            out.replaceSubrange(field..<field + 10, with: Array(repeating: UInt8(ascii: "0"), count: 10 - digits.count) + digits)
        }
        out.append(contentsOf: bytes("startxref\n\(newXref)"))
        out.append(contentsOf: pdf[xrefOffset.end...])
        return out
    }

    /// One classic xref entry: object number, byte offset, where its 10-digit field is, in use or free.
    private struct Entry { let object: Int; let offset: Int; let field: Int; let inUse: Bool }

    /// Parses `start count` subsections of 20-byte entries between `from` and `to`.
    private static func xrefEntries(_ pdf: [UInt8], from: Int, to: Int) -> [Entry]? {
        var entries: [Entry] = []
        var i = skipSpace(pdf, from)
        while i < to {
            guard let start = integer(in: pdf, at: i), let count = integer(in: pdf, at: start.end) else { return nil }
            i = skipSpace(pdf, count.end)
            for n in 0..<count.value {
                guard i + 20 <= pdf.count, let offset = Int(String(decoding: pdf[i..<i + 10], as: UTF8.self)) else { return nil }
                entries.append(Entry(object: start.value + n, offset: offset, field: i, inUse: pdf[i + 17] == UInt8(ascii: "n")))
                i += 20
            }
            i = skipSpace(pdf, i)
        }
        return entries
    }

    private static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    private static func skipSpace(_ pdf: [UInt8], _ from: Int) -> Int {
        var i = from
        while i < pdf.count, [0x20, 0x0A, 0x0D].contains(pdf[i]) { i += 1 }
        return i
    }

    /// A non-negative decimal integer after optional white space, and the index after it.
    private static func integer(in pdf: [UInt8], at from: Int) -> (value: Int, end: Int)? {
        var i = skipSpace(pdf, from)
        var value = 0, digits = 0
        while i < pdf.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pdf[i]), digits < 18 {
            value = value * 10 + Int(pdf[i] - UInt8(ascii: "0")); i += 1; digits += 1
        }
        return digits > 0 ? (value, i) : nil
    }

    private static func starts(_ pdf: [UInt8], at i: Int, with pattern: [UInt8]) -> Bool {
        i >= 0 && i + pattern.count <= pdf.count && pdf[i..<i + pattern.count].elementsEqual(pattern)
    }

    private static func index(of pattern: [UInt8], in pdf: [UInt8], from: Int, to: Int) -> Int? {
        var i = from
        while i + pattern.count <= min(to, pdf.count) {
            if starts(pdf, at: i, with: pattern) { return i }
            i += 1
        }
        return nil
    }

    private static func lastIndex(of pattern: [UInt8], in pdf: [UInt8]) -> Int? {
        var i = pdf.count - pattern.count
        while i >= 0 {
            if starts(pdf, at: i, with: pattern) { return i }
            i -= 1
        }
        return nil
    }
}
