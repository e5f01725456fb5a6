import CetakCore

/// Why a cell's text is not a value of its column's type.
public struct ConversionFailure: Error, Sendable, Hashable {
    /// The message, quoting the value: `"8a" is not a number`.
    public var text: String
}

/// Reads one cell's raw text as a value of a column type.
public enum CellConversion {
    /// The value, or why the text is not one: empty (after trimming) is null for every type;
    /// text keeps its inside as is and loses only outer spaces and line breaks.
    public static func value(_ raw: String, as type: ColumnSpec.Kind) -> Result<Value, ConversionFailure> {
        let t = trimmedOuter(raw)
        if t.isEmpty { return .success(.null) }
        switch type {
        case .text:
            return .success(.string(t))
        case .date:
            if let d = FastParse.date(t) ?? CivilDate.parse(t) { return .success(.date(d)) }
            return .failure(ConversionFailure(text: "\"\(t)\" is not a date (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY)"))
        case .number:
            if let n = FastParse.number(t) ?? DecimalText.parse(t) { return .success(.number(n)) }
            return .failure(ConversionFailure(text: "\"\(t)\" is not a number"))
        case .bool:
            if let b = FastParse.yesNo(t) ?? YesNo.parse(t) { return .success(.bool(b)) }
            return .failure(ConversionFailure(text: "\"\(t)\" is not yes or no (ya/tidak, y/t, yes/no, 1/0, true/false)"))
        }
    }

    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break
    /// spaces); returns the same string, uncopied, in the common case of nothing to trim.
    public static func trimmedOuter(_ s: String) -> String {
        func plainASCII(_ b: UInt8?) -> Bool { b.map { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) } ?? false }
        if plainASCII(s.utf8.first), plainASCII(s.utf8.last) { return s }
        let scalars = s.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return s }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return s }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
