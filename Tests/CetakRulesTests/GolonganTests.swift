import Testing
@testable import CetakRules

@Suite struct GolonganTests {
    @Test(arguments: ["III/d", "iii/d", "III-d", "III d", "IIId", "III/D", "3/d", " III / d ", "Penata Tingkat I (III/d)"])
    func spellingsOfIIId(_ text: String) {
        #expect(Golongan.parse(text) == Golongan(golongan: 3, ruang: "d"))
        #expect(Golongan.parse(text)?.description == "III/d")
    }

    @Test func ordering() throws {
        let all = ["I/a", "I/d", "II/a", "II/d", "III/a", "III/c", "III/d", "IV/a", "IV/e"]
        let parsed = try all.map { try #require(Golongan.parse($0)) }
        #expect(parsed == parsed.sorted())
        #expect(parsed.map(\.description) == all)
        #expect(Golongan.parse("IV/e")?.rank == 16)
        #expect(Golongan.parse("I/a")?.rank == 0)
    }

    @Test(arguments: ["III/e", "V/a", "IV/f", "", "III", "d", "IIII/a", "golongan"])
    func rejects(_ text: String) {
        #expect(Golongan.parse(text) == nil)
    }

    @Test func pangkat() {
        #expect(Golongan.parse("III/d")?.pangkat == "Penata Tingkat I")
        #expect(Golongan.parse("III/c")?.pangkat == "Penata")
        #expect(Golongan.parse("IV/a")?.pangkat == "Pembina")
        #expect(Golongan.parse("IV/e")?.pangkat == "Pembina Utama")
        #expect(Golongan.parse("I/a")?.pangkat == "Juru Muda")
    }
}
