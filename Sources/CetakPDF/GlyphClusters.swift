import CetakCore

/// The cluster map cairo_show_text_glyphs needs: (UTF-8 bytes, glyph count) pairs in glyph order.
struct GlyphClusters: Equatable {
    /// Pairs of (byte count, glyph count).
    var clusters: [(bytes: Int, glyphs: Int)]
    /// True when clusters run backwards through the text (right-to-left runs).
    var backward: Bool

    static func == (a: GlyphClusters, b: GlyphClusters) -> Bool {
        a.backward == b.backward && a.clusters.elementsEqual(b.clusters) { $0 == $1 }
    }

    /// Builds the map from each glyph's cluster (its UTF-8 start offset in a text of `textBytes` bytes).
    init(glyphClusters offsets: [Int], textBytes: Int) {
        var pairs: [(bytes: Int, glyphs: Int)] = []
        backward = Self.build(count: offsets.count, textBytes: textBytes, offset: { offsets[$0] }) { pairs.append(($0, $1)) }
        clusters = pairs
    }

    /// Hands each (bytes, glyphs) pair of the map, in glyph order, to `emit`; returns whether the
    /// clusters run backwards through the text. `offset(k)` is glyph k's cluster start.
    ///
    /// Glyphs sharing a cluster value form one cluster; a cluster spans the bytes up to the next
    /// cluster's start (the text's end for the last). Bytes before the first cluster join it.
    /// When offsets are neither non-decreasing nor non-increasing, or fall outside the text, the
    /// whole run becomes one cluster, which still maps all of the text to all of the glyphs.
    /// One pass to check, one to emit, nothing allocated: the drawer calls this for every run.
    @inline(__always)
    static func build(count n: Int, textBytes: Int, offset: (Int) -> Int, emit: (_ bytes: Int, _ glyphs: Int) -> Void) -> Bool {
        var ascending = true, descending = true, valid = n > 0
        let limit = max(textBytes, 1)
        var previous = 0
        for k in 0..<n {
            let o = offset(k)
            if o < 0 || o >= limit { valid = false; break }
            if k > 0 { if o < previous { ascending = false } else if o > previous { descending = false } }
            previous = o
        }
        guard valid, ascending || descending else { emit(textBytes, n); return false }
        var k = 0
        if ascending {
            while k < n {
                let o = offset(k)
                var j = k + 1
                while j < n, offset(j) == o { j += 1 }
                emit((j < n ? offset(j) : textBytes) - (k == 0 ? 0 : o), j - k)
                k = j
            }
            return false
        }
        // Right to left: the first glyphs show the end of the text.
        var end = textBytes
        while k < n {
            let o = offset(k)
            var j = k + 1
            while j < n, offset(j) == o { j += 1 }
            emit(end - (j == n ? 0 : o), j - k)
            end = o
            k = j
        }
        return true
    }
}
