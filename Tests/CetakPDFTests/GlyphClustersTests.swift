import Testing
@testable import CetakPDF

@Suite("Cluster maps and dates")
struct GlyphClustersTests {
    private func pairs(_ map: GlyphClusters) -> [[Int]] { map.clusters.map { [$0.bytes, $0.glyphs] } }

    @Test func oneGlyphPerCharacter() {
        let map = GlyphClusters(glyphClusters: [0, 1, 2], textBytes: 3)
        #expect(pairs(map) == [[1, 1], [1, 1], [1, 1]])
        #expect(!map.backward)
    }

    @Test func multiByteCharactersAndLigatures() {
        // "é" (2 bytes), "fi" ligature (2 bytes, one glyph), "x", then a base + mark (2 glyphs, 1 byte cluster).
        let map = GlyphClusters(glyphClusters: [0, 2, 4, 5, 5], textBytes: 6)
        #expect(pairs(map) == [[2, 1], [2, 1], [1, 1], [1, 2]])
    }

    @Test func rightToLeftRunsGoBackward() {
        let map = GlyphClusters(glyphClusters: [4, 2, 0], textBytes: 6)
        #expect(map.backward)
        #expect(pairs(map) == [[2, 1], [2, 1], [2, 1]])
    }

    @Test func leadingBytesJoinTheFirstCluster() {
        #expect(pairs(GlyphClusters(glyphClusters: [3, 4], textBytes: 5)) == [[4, 1], [1, 1]])
    }

    @Test func inconsistentOffsetsBecomeOneCluster() {
        #expect(pairs(GlyphClusters(glyphClusters: [0, 3, 1], textBytes: 4)) == [[4, 3]])
        #expect(pairs(GlyphClusters(glyphClusters: [0, 9], textBytes: 4)) == [[4, 2]])
    }

    @Test func datesAreUTCISO8601() {
        #expect(iso8601UTC(epochSeconds: 0) == "1970-01-01T00:00:00Z")
        #expect(iso8601UTC(epochSeconds: 1_567_323_000) == "2019-09-01T07:30:00Z")
        #expect(iso8601UTC(epochSeconds: 951_782_400) == "2000-02-29T00:00:00Z")
        #expect(iso8601UTC(epochSeconds: -1) == "1969-12-31T23:59:59Z")
    }
}
