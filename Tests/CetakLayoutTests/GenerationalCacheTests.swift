import Testing
@testable import CetakLayout

/// The shape cache's bound: never more than two generations, what recurs stays, one-off keys go.
@Suite struct GenerationalCacheTests {
    @Test func holdsAtMostTwoGenerations() {
        var c = GenerationalCache<Int, Int>(limit: 100)
        for k in 0..<10_000 { c.insert(k, k) }
        #expect(c.count <= 200)
        #expect(c.value(9_999) == 9_999)
        #expect(c.value(0) == nil)
    }

    @Test func aKeyInUseOutlivesOneOffKeys() {
        var c = GenerationalCache<String, Int>(limit: 50)
        c.insert("Nomor", 1)
        for k in 0..<5_000 {
            c.insert("nama-\(k)", k)
            if k % 40 == 0 { #expect(c.value("Nomor") == 1) }
        }
        #expect(c.value("Nomor") == 1)
        #expect(c.value("nama-0") == nil)
    }
}
