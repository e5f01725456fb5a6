import Testing
@testable import CetakPDF

/// The lists a merged file keeps until it is finished: object offsets (four bytes each under 4 GiB) and
/// bookmarks (titles in one buffer).
@Suite("Merged file lists")
struct JoinListsTests {
    @Test func offsetsKeepNoneAndValues() {
        var o = ObjectOffsets()
        o.append(nil)
        o.append(nil)
        o.append(15)
        #expect(o.count == 3)
        #expect(o[0] == nil && o[1] == nil && o[2] == 15)
        o[1] = 4_294_967_294  // the largest offset kept in four bytes
        #expect(o[1] == 4_294_967_294 && o[0] == nil)
    }

    @Test func offsetsOf4GiBAndMoreWidenTheList() {
        var o = ObjectOffsets()
        o.append(nil)
        o.append(9)
        o.append(5_000_000_000)
        o.append(nil)
        #expect(o.count == 4)
        #expect(o[0] == nil && o[1] == 9 && o[2] == 5_000_000_000 && o[3] == nil)
        o[3] = 6_000_000_001
        o[1] = nil
        #expect(o[3] == 6_000_000_001 && o[1] == nil)
        var set = ObjectOffsets()
        set.append(nil)
        set[0] = 4_294_967_295
        #expect(set[0] == 4_294_967_295)
    }

    @Test func offsetsGoOnAcrossChunks() {
        var o = ObjectOffsets()
        let n = 2 * ObjectOffsets.chunkSize + 3
        for k in 0..<n { o.append(k % 7 == 0 ? nil : k * 3) }
        #expect(o.count == n)
        #expect((0..<n).allSatisfy { o[$0] == ($0 % 7 == 0 ? nil : $0 * 3) })
        o[ObjectOffsets.chunkSize] = 11
        #expect(o[ObjectOffsets.chunkSize] == 11 && o[ObjectOffsets.chunkSize - 1] == (ObjectOffsets.chunkSize - 1) * 3)
        // Widened past 4 GiB, every offset so far is kept.
        o.append(5_000_000_000)
        #expect(o.count == n + 1 && o[n] == 5_000_000_000 && o[ObjectOffsets.chunkSize] == 11 && o[7] == nil && o[n - 1] == (n - 1) * 3)
    }

    @Test func aSliceIsNumberedByObject() {
        var o = ObjectOffsets()
        o.append(nil)
        for n in 1..<4100 { o.append(n * 10) }
        let slice = o.slice(4096..<4100)
        #expect(Array(slice.indices) == [4096, 4097, 4098, 4099])
        #expect(Array(slice) == [40960, 40970, 40980, 40990])
        // Only object 0 is the free head of the table: the first object of a later slice is in use.
        let lines = String(decoding: PDFArchival.xrefEntries(slice), as: UTF8.self).split(separator: "\n")
        #expect(lines == ["0000040960 00000 n ", "0000040970 00000 n ", "0000040980 00000 n ", "0000040990 00000 n "])
        #expect(String(decoding: PDFArchival.xrefEntries(o.slice(0..<2)), as: UTF8.self) == "0000000000 65535 f \n0000000010 00000 n \n")
    }

    @Test func outlineEntriesGiveTitlesAndPagesBack() {
        var outline = OutlineEntries()
        #expect(outline.isEmpty)
        outline.reserve(3)
        outline.append(title: "S00001", page: 7)
        outline.append(title: "", page: 9)
        outline.append(title: "Sertifikat Ṣiti — Ölçek 🙂", page: 12)
        #expect(outline.count == 3 && !outline.isEmpty)
        #expect(outline[0] == ("S00001", 7))
        #expect(outline[1] == ("", 9))
        #expect(outline[2] == ("Sertifikat Ṣiti — Ölçek 🙂", 12))
    }
}
