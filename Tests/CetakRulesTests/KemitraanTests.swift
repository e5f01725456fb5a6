import Testing
@testable import CetakRules

@Suite struct KemitraanTests {
    @Test(arguments: [
        (1, 8, 13), (2, 3, 67), (1, 3, 33), (0, 5, 0), (5, 5, 100), (1, 200, 1), (1, 201, 0),
        (3, 8, 38), (5, 8, 63), (7, 8, 88), (0, 0, 0), (3, 0, 0),
    ])
    func percentageRoundsHalfUp(done: Int, total: Int, expected: Int) {
        #expect(Kemitraan.percentage(done: done, total: total) == expected)
    }

    @Test func summaryLine() {
        #expect(Kemitraan.ringkasan(done: 1, total: 8) == "Jumlah kegiatan: 8; terlaksana: 1 (13%)")
        #expect(Kemitraan.ringkasan(done: 0, total: 0) == "Jumlah kegiatan: 0; terlaksana: 0 (0%)")
    }
}
