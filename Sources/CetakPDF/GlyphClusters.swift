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
    ///
    /// Glyphs sharing a cluster value form one cluster; a cluster spans the bytes up to the next
    /// cluster's start (the text's end for the last). Bytes before the first cluster join it.
    /// When offsets are neither non-decreasing nor non-increasing, or fall outside the text, the
    /// whole run becomes one cluster, which still maps all of the text to all of the glyphs.
    init(glyphClusters offsets: [Int], textBytes: Int) {
        let whole = GlyphClusters(clusters: [(textBytes, offsets.count)], backward: false)
        guard !offsets.isEmpty, offsets.allSatisfy({ $0 >= 0 && $0 < max(textBytes, 1) }) else { self = whole; return }
        let ascending = zip(offsets, offsets.dropFirst()).allSatisfy { $0 <= $1 }
        let descending = zip(offsets, offsets.dropFirst()).allSatisfy { $0 >= $1 }
        guard ascending || descending else { self = whole; return }

        // Distinct cluster starts in text order, with the number of glyphs of each.
        var starts: [(start: Int, glyphs: Int)] = []
        for offset in (ascending ? offsets : offsets.reversed()) {
            if let last = starts.last, last.start == offset { starts[starts.count - 1].glyphs += 1 } else { starts.append((offset, 1)) }
        }
        starts[0].start = 0
        var result: [(bytes: Int, glyphs: Int)] = []
        for (i, entry) in starts.enumerated() {
            let end = i + 1 < starts.count ? starts[i + 1].start : textBytes
            result.append((end - entry.start, entry.glyphs))
        }
        if !ascending { result.reverse() }
        self.init(clusters: result, backward: !ascending)
    }

    private init(clusters: [(bytes: Int, glyphs: Int)], backward: Bool) {
        self.clusters = clusters; self.backward = backward
    }
}
