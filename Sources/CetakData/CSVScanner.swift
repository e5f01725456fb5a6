import CetakCore

/// One record of a CSV file as written: its fields and the physical line where it starts.
public struct CSVRawRow: Sendable, Hashable {
    /// 1-based line where the record starts (a quoted newline makes a record span lines).
    public var line: Int
    /// The fields, unquoted, in file order; column numbers are their 1-based positions.
    public var fields: [String]

    /// Creates a raw row.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// The rows of a CSV file with their cells in one `CellTexts`: each row's line and its cells.
struct CSVCells: Sendable {
    /// One row: the line where it starts, the byte where its first cell starts and how many cells it has.
    struct Row: Sendable {
        let line: Int
        let first: Int
        let count: Int
    }
    /// Every cell of the file.
    let texts: CellTexts
    /// The rows, in file order.
    let rows: [Row]

    /// Row i's cells.
    func span(_ i: Int) -> CellSpan { CellSpan(texts: texts, first: rows[i].first, count: rows[i].count) }
}

/// Splits UTF-8 CSV bytes into records (RFC 4180), working on bytes for speed.
///
/// - Quoted fields may hold delimiters, doubled quotes and line breaks; a line break inside
///   quotes (CRLF, LF or CR) becomes "\n" in the field.
/// - Lines end with CRLF, LF or a lone CR. Fully empty lines are skipped.
/// - Text after a closing quote (`"ab"c`) is kept, appended to the field (`abc`), as Excel and
///   LibreOffice do; a quote inside an unquoted field is an ordinary character.
/// - A quote that is never closed is an error naming the line where it opened.
///
/// The fields are written back into the file's own bytes as they are read, each followed by
/// `CellTexts.separator` where the file had a delimiter or a line break (a field is never longer than
/// the text it was read from), so the cells of a file cost the file's size, not a string each.
struct CSVScanner {
    static let quote: UInt8 = 0x22
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    /// The records of the bytes, or the unclosed-quote error. Bytes that are not UTF-8 read as U+FFFD.
    static func rows(_ bytes: [UInt8], delimiter: UInt8, file: String) throws(Diagnostics) -> [CSVRawRow] {
        // The cells are read into bytes where 0xFF separates them (`CellTexts`): a byte no UTF-8 text
        // holds, so text that is not UTF-8 is made so first (delimiters, quotes and line breaks, all
        // ASCII, are never part of what is replaced).
        let utf8 = bytes.contains(CellTexts.separator) ? Array(String(decoding: bytes, as: UTF8.self).utf8) : bytes
        let cells = try self.cells(utf8, delimiter: delimiter, file: file)
        return cells.rows.indices.map { CSVRawRow(line: cells.rows[$0].line, fields: cells.span($0).strings) }
    }

    /// The records of the bytes with their cells in one buffer (the bytes themselves, when no one
    /// else holds them), or the unclosed-quote error.
    static func cells(_ bytes: consuming [UInt8], delimiter: UInt8, file: String) throws(Diagnostics) -> CSVCells {
        var buffer = bytes
        var written = 0
        var rows: [CSVCells.Row] = []
        let result: Diagnostics? = buffer.withUnsafeMutableBufferPointer { buf in
            var scanner = CSVScanner(buf: buf, delimiter: delimiter, file: file)
            defer { written = scanner.out; rows = scanner.rows }
            return scanner.run()
        }
        if let result { throw result }
        buffer.removeSubrange(written...)
        return CSVCells(texts: CellTexts(bytes: buffer), rows: rows)
    }

    let buf: UnsafeMutableBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String
    var pos = 0
    /// Where the next field's bytes are written (never past `pos`).
    var out = 0
    var line = 1
    var rows: [CSVCells.Row] = []

    init(buf: UnsafeMutableBufferPointer<UInt8>, delimiter: UInt8, file: String) {
        self.buf = buf
        self.delimiter = delimiter
        self.file = file
    }

    /// Scans every record; the error when a quote is never closed.
    mutating func run() -> Diagnostics? {
        let end = buf.count
        while pos < end {
            let b = buf[pos]
            if b == Self.lf || b == Self.cr { skipLineBreak(); continue } // an empty line
            let start = line
            let first = out
            var count = 0
            while true {
                if buf[pos] == Self.quote {
                    guard quotedField() else {
                        return Diagnostics([Diagnostic(.error, at: SourceLocation(file: file, line: lineOfOpen),
                            "a quote (\") opened on line \(lineOfOpen) is never closed")])
                    }
                } else {
                    plainField()
                }
                count += 1
                // The file's last field ends with the bytes; any other is followed by a delimiter or a
                // line break, read before its separator is written (perhaps over it: `out` <= `pos`).
                guard pos < end else { break }
                let next = buf[pos]
                buf[out] = CellTexts.separator
                out += 1
                if next == delimiter {
                    pos += 1
                    if pos == end { count += 1; break } // an empty last field
                    continue
                }
                skipLineBreak(after: next)
                break
            }
            rows.append(CSVCells.Row(line: start, first: first, count: count))
        }
        return nil
    }

    /// Copies bytes start..<stop of the input to the output (which is never ahead of the input).
    mutating func copy(_ start: Int, _ stop: Int) {
        if out != start {
            var i = start
            while i < stop { buf[out + i - start] = buf[i]; i += 1 }
        }
        out += stop - start
    }

    /// Consumes one CRLF, LF or CR and counts the line.
    mutating func skipLineBreak() { skipLineBreak(after: buf[pos]) }

    /// Consumes one CRLF, LF or CR whose first byte, at `pos`, is `first` (read before it may be written over).
    mutating func skipLineBreak(after first: UInt8) {
        if first == Self.cr, pos + 1 < buf.count, buf[pos + 1] == Self.lf { pos += 2 } else { pos += 1 }
        line += 1
    }

    /// An unquoted field: up to the delimiter, a line break or the end.
    mutating func plainField() {
        let start = pos
        let end = buf.count
        let d = delimiter
        var p = pos
        while p < end {
            let b = buf[p]
            if b == d || b == Self.lf || b == Self.cr { break }
            p += 1
        }
        pos = p
        copy(start, p)
    }

    var lineOfOpen = 0

    /// A quoted field starting at the opening quote; false when the quote never closes.
    mutating func quotedField() -> Bool {
        lineOfOpen = line
        let end = buf.count
        pos += 1
        var segmentStart = pos
        while true {
            var p = pos
            while p < end {
                let b = buf[p]
                if b == Self.quote || b == Self.cr || b == Self.lf { break }
                p += 1
            }
            if p == end { pos = p; return false }
            let b = buf[p]
            if b == Self.quote {
                if p + 1 < end, buf[p + 1] == Self.quote {
                    copy(segmentStart, p + 1)
                    pos = p + 2
                    segmentStart = pos
                    continue
                }
                // The closing quote.
                copy(segmentStart, p)
                pos = p + 1
                if pos < end, buf[pos] != delimiter, buf[pos] != Self.lf, buf[pos] != Self.cr {
                    // Stray text after the closing quote: keep it (lenient, as spreadsheets do).
                    plainField()
                }
                return true
            }
            // A line break inside quotes: count it and store it as "\n".
            copy(segmentStart, p)
            pos = p
            skipLineBreak()
            buf[out] = Self.lf // behind `pos`: the opening quote was not copied
            out += 1
            segmentStart = pos
        }
    }
}
