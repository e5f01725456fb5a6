import CetakCore

/// Recognises files given as CSV that are not text — an Excel workbook saved under a `.csv` name,
/// a PDF, an image — so the message says what the file is and what to do, instead of listing
/// every column as missing.
enum BinaryFile {
    /// A problem with the raw bytes: a known binary format, by its signature.
    static func problem(_ bytes: [UInt8], file: String) -> Diagnostic? {
        func starts(_ sig: [UInt8]) -> Bool { bytes.count >= sig.count && Array(bytes.prefix(sig.count)) == sig }
        let what: String
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            what = "an Excel workbook (.xlsx) or another zip file"
        } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            what = "an Excel 97–2003 workbook (.xls)"
        } else if starts(Array("%PDF".utf8)) {
            what = "a PDF file"
        } else if ImageHeader.format(of: bytes.prefix(8)) != nil {
            what = "an image"
        } else {
            return nil
        }
        return Diagnostic(.error, at: SourceLocation(file: file),
            "the file is \(what), not a CSV text file: open it in Excel or LibreOffice and save it as \"CSV UTF-8 (Comma delimited)\"")
    }

    /// A problem with the decoded text: control characters (NUL and the like) where a CSV file has
    /// letters — more than one in a hundred bytes of the first 64 KB, and at least four.
    static func problem(decoded utf8: [UInt8], file: String) -> Diagnostic? {
        let sample = utf8.prefix(65_536)
        var controls = 0
        var firstAt = -1
        for (i, b) in sample.enumerated() where (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
            controls += 1
            if firstAt < 0 { firstAt = i }
        }
        guard controls >= 4, controls * 100 > sample.count else { return nil }
        let line = 1 + sample.prefix(max(firstAt, 0)).filter { $0 == 0x0A }.count
        return Diagnostic(.error, at: SourceLocation(file: file, line: line),
            "the file is not a text file (it holds \(controls) control bytes such as NUL): is it a workbook or another binary file? Export the sheet as \"CSV UTF-8 (Comma delimited)\"")
    }
}
