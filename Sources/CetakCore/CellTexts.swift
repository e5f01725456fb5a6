/// The cell texts of a whole table in one buffer: cell n is the bytes between the end of cell n − 1
/// and its own end. A CSV file of 50,000 rows read this way costs its own size plus four bytes a
/// cell, where one `String` a cell costs a heap object each (twice the text, for short cells more).
/// Rows and records keep a reference and the number of their first cell (`CellSpan`).
public final class CellTexts: Sendable {
    /// UTF-8 bytes of every cell, one after the other.
    private let bytes: [UInt8]
    /// End of each cell in `bytes`.
    private let ends: [UInt32]

    /// Creates the texts from the bytes of the cells and the end of each cell (ascending, at most `bytes.count`).
    public init(bytes: [UInt8], ends: [UInt32]) {
        precondition(ends.last.map { Int($0) <= bytes.count } ?? true, "cell ends past the bytes")
        self.bytes = bytes
        self.ends = ends
    }

    /// Number of cells.
    public var count: Int { ends.count }

    /// Byte range of cell n.
    @inline(__always) private func range(_ n: Int) -> Range<Int> {
        (n == 0 ? 0 : Int(ends[n - 1]))..<Int(ends[n])
    }

    /// The text of cell n.
    public func string(_ n: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(n)]), as: UTF8.self) }
    }

    /// True when cell n is empty or holds only spaces, tabs and line breaks.
    public func isBlank(_ n: Int) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            b[range(n)].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
    }

    /// True when cell n holds a NUL byte.
    public func holdsNUL(_ n: Int) -> Bool {
        bytes.withUnsafeBufferPointer { $0[range(n)].contains(0) }
    }
}

/// Consecutive cells of a `CellTexts`: the cells of one row.
public struct CellSpan: Sendable {
    /// The table's texts.
    public let texts: CellTexts
    /// Number of the row's first cell in `texts`.
    public let first: Int
    /// Number of cells of the row.
    public let count: Int

    /// Creates a span; the cells must lie inside `texts`.
    public init(texts: CellTexts, first: Int, count: Int) {
        precondition(first >= 0 && count >= 0 && first + count <= texts.count, "cells outside the table")
        self.texts = texts; self.first = first; self.count = count
    }

    /// The text of the row's i-th cell, "" past its end.
    public subscript(_ i: Int) -> String { i < count ? texts.string(first + i) : "" }

    /// True when the row's i-th cell is blank (or past its end).
    public func isBlank(_ i: Int) -> Bool { i >= count || texts.isBlank(first + i) }

    /// Every cell's text.
    public var strings: [String] { (0..<count).map { texts.string(first + $0) } }
}

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break
    /// spaces); the same string, uncopied, in the common case of nothing to trim.
    public var trimmedOuter: String {
        func plainASCII(_ b: UInt8?) -> Bool { b.map { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) } ?? false }
        if plainASCII(utf8.first), plainASCII(utf8.last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace, !last.properties.isWhitespace { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
