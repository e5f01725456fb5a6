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

/// Splits UTF-8 CSV bytes into records (RFC 4180), working on bytes for speed.
///
/// - Quoted fields may hold delimiters, doubled quotes and line breaks; a line break inside
///   quotes (CRLF, LF or CR) becomes "\n" in the field.
/// - Lines end with CRLF, LF or a lone CR. Fully empty lines are skipped.
/// - Text after a closing quote (`"ab"c`) is kept, appended to the field (`abc`), as Excel and
///   LibreOffice do; a quote inside an unquoted field is an ordinary character.
/// - A quote that is never closed is an error naming the line where it opened.
struct CSVScanner {
    static let quote: UInt8 = 0x22
    static let cr: UInt8 = 0x0D
    static let lf: UInt8 = 0x0A

    /// The records of the bytes, or the unclosed-quote error.
    static func rows(_ bytes: [UInt8], delimiter: UInt8, file: String) throws(Diagnostics) -> [CSVRawRow] {
        let result: Result<[CSVRawRow], Diagnostics> = bytes.withUnsafeBufferPointer { buf in
            var scanner = CSVScanner(buf: buf, delimiter: delimiter, file: file)
            return scanner.run()
        }
        return try result.get()
    }

    let buf: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String
    var pos = 0
    var line = 1
    var scratch: [UInt8] = []

    init(buf: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String) {
        self.buf = buf
        self.delimiter = delimiter
        self.file = file
    }

    mutating func run() -> Result<[CSVRawRow], Diagnostics> {
        var rows: [CSVRawRow] = []
        let end = buf.count
        var width = 8
        while pos < end {
            let b = buf[pos]
            if b == Self.lf || b == Self.cr { skipLineBreak(); continue } // an empty line
            let start = line
            var fields: [String] = []
            fields.reserveCapacity(width)
            while true {
                let field: String
                if buf[pos] == Self.quote {
                    guard let f = quotedField() else {
                        return .failure(Diagnostics([Diagnostic(.error, at: SourceLocation(file: file, line: lineOfOpen),
                            "a quote (\") opened on line \(lineOfOpen) is never closed")]))
                    }
                    field = f
                } else {
                    field = plainField()
                }
                fields.append(field)
                if pos < end, buf[pos] == delimiter {
                    pos += 1
                    if pos == end { fields.append(""); break }
                    continue
                }
                if pos < end { skipLineBreak() }
                break
            }
            width = max(width, fields.count)
            rows.append(CSVRawRow(line: start, fields: fields))
        }
        return .success(rows)
    }

    /// Consumes one CRLF, LF or CR and counts the line.
    mutating func skipLineBreak() {
        if buf[pos] == Self.cr, pos + 1 < buf.count, buf[pos + 1] == Self.lf { pos += 2 } else { pos += 1 }
        line += 1
    }

    /// An unquoted field: up to the delimiter, a line break or the end.
    mutating func plainField() -> String {
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
        return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<p]), as: UTF8.self)
    }

    var lineOfOpen = 0

    /// A quoted field starting at the opening quote; nil when the quote never closes.
    mutating func quotedField() -> String? {
        lineOfOpen = line
        let end = buf.count
        pos += 1
        var segmentStart = pos
        var simple = true // no doubled quote, no line break, no trailing text: slice as is
        scratch.removeAll(keepingCapacity: true)
        while true {
            var p = pos
            while p < end {
                let b = buf[p]
                if b == Self.quote || b == Self.cr || b == Self.lf { break }
                p += 1
            }
            if p == end { pos = p; return nil }
            let b = buf[p]
            if b == Self.quote {
                if p + 1 < end, buf[p + 1] == Self.quote {
                    simple = false
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<(p + 1)]))
                    pos = p + 2
                    segmentStart = pos
                    continue
                }
                // The closing quote.
                pos = p + 1
                if pos < end, buf[pos] != delimiter, buf[pos] != Self.lf, buf[pos] != Self.cr {
                    // Stray text after the closing quote: keep it (lenient, as spreadsheets do).
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
                    let rest = plainField()
                    return String(decoding: scratch, as: UTF8.self) + rest
                }
                if simple {
                    return String(decoding: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]), as: UTF8.self)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
                return String(decoding: scratch, as: UTF8.self)
            }
            // A line break inside quotes: count it and store it as "\n".
            simple = false
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buf[segmentStart..<p]))
            scratch.append(Self.lf)
            pos = p
            skipLineBreak()
            segmentStart = pos
        }
    }
}
