import Glibc

/// The cell texts of a whole table in one buffer: the UTF-8 bytes of each cell, followed by
/// `separator` (0xFF, a byte UTF-8 never holds) unless it is the buffer's last. A CSV file read this
/// way costs its own size: a cell's separator takes the place of the delimiter or line break after it
/// in the file, and no list of where cells end is kept. Rows and records keep a reference and the
/// byte where their first cell starts (`CellSpan`); a row's cell is found by counting separators.
public final class CellTexts: Sendable {
    /// The byte after each cell but the buffer's last.
    public static let separator: UInt8 = 0xFF
    /// The cells' bytes with their separators.
    private let bytes: [UInt8]

    /// Creates the texts from the cells' bytes, each followed by `separator` but the last.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Creates the texts of some cells (no cell may hold the byte 0xFF, which no UTF-8 text does).
    public convenience init(cells: [String]) {
        var bytes: [UInt8] = []
        for (i, c) in cells.enumerated() {
            if i > 0 { bytes.append(Self.separator) }
            bytes += c.utf8
        }
        self.init(bytes: bytes)
    }

    /// Number of bytes, separators included.
    var byteCount: Int { bytes.count }

    /// Where the cell starting at byte `start` ends: its separator, or the end of the bytes.
    @inline(__always) private static func end(from start: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        guard start < b.count, let base = b.baseAddress,
              let hit = memchr(base + start, Int32(separator), b.count - start) else { return b.count }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
    }

    /// The byte where cell i of the row whose first cell starts at byte `rowStart` starts.
    func start(ofCell i: Int, inRowAt rowStart: Int) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var p = rowStart
            for _ in 0..<i { p = Self.end(from: p, in: b) + 1 }
            return p
        }
    }

    /// The byte range of the cell starting at byte `start`.
    func range(at start: Int) -> Range<Int> {
        bytes.withUnsafeBufferPointer { b in start..<Self.end(from: start, in: b) }
    }

    /// The text of the bytes `range` (a cell's).
    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { b in String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self) }
    }

    /// The text of the cell starting at byte `start`.
    func string(at start: Int) -> String { string(range(at: start)) }

    /// True when the cell starting at byte `start` is empty or holds only spaces, tabs and line breaks.
    func isBlank(at start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            b[start..<Self.end(from: start, in: b)].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
    }

    /// True when the bytes `range` hold a NUL.
    func holdsNUL(_ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, !range.isEmpty else { return false }
            return memchr(base + range.lowerBound, 0, range.count) != nil
        }
    }
}

/// Consecutive cells of a `CellTexts`: the cells of one row.
public struct CellSpan: Sendable {
    /// The table's texts.
    public let texts: CellTexts
    /// The byte where the row's first cell starts in `texts`.
    public let first: Int
    /// Number of cells of the row.
    public let count: Int

    /// Creates a span of `count` cells from byte `first`, where a cell starts; the cells must lie inside `texts`.
    public init(texts: CellTexts, first: Int, count: Int) {
        precondition(first >= 0 && count >= 0 && first <= texts.byteCount, "cells outside the table")
        self.texts = texts; self.first = first; self.count = count
    }

    /// The text of the row's i-th cell, "" past its end.
    public subscript(_ i: Int) -> String { i < count ? texts.string(at: texts.start(ofCell: i, inRowAt: first)) : "" }

    /// True when the row's i-th cell is blank (or past its end).
    public func isBlank(_ i: Int) -> Bool { i >= count || texts.isBlank(at: texts.start(ofCell: i, inRowAt: first)) }

    /// Every cell's text.
    public var strings: [String] {
        var out: [String] = []
        out.reserveCapacity(count)
        var p = first
        for _ in 0..<count {
            let r = texts.range(at: p)
            out.append(texts.string(r))
            p = r.upperBound + 1
        }
        return out
    }

    /// True when a cell of the row holds a NUL byte.
    public var holdsNUL: Bool {
        guard count > 0 else { return false }
        let last = texts.start(ofCell: count - 1, inRowAt: first)
        return texts.holdsNUL(first..<texts.range(at: last).upperBound)
    }
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
