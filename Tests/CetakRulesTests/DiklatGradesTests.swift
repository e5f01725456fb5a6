import Foundation
import Testing
import CetakCore
@testable import CetakRules

/// Grades from nine component texts in column order.
private func grades(_ c: [String]) throws -> DiklatGrades {
    let texts = Dictionary(uniqueKeysWithValues: zip(DiklatComponent.allCases.map(\.column), c))
    return try DiklatGrades(texts: texts)
}

@Suite struct DiklatGradesTests {
    @Test func exampleCandidate() throws {
        let g = try grades(["85", "88", "90", "82.5", "88", "86", "87", "85", "90"])
        #expect(g.ojt1 == dec("87.9"))
        #expect(g.ijt == dec("85.35"))
        #expect(g.ojt2 == dec("87"))
        #expect(g.nilaiAkhir == dec("86.31"))
        #expect(DiklatGrades.text(g.ijt) == "85,35")
        #expect(DiklatGrades.text(g.ojt2) == "87,00")
        #expect(g.sebutan == .baik)
        #expect(g.lulus)
        #expect(g.keterangan == "LULUS")
    }

    @Test func decimalCommaInput() throws {
        let g = try grades(["70,5", "72", "75", "68", "74", "71", "73", "70", "78"])
        #expect(g.ojt1 == dec("72.75"))
        #expect(g.nilaiAkhir == dec("71.8475"))
        #expect(DiklatGrades.text(g.nilaiAkhir) == "71,85")
        #expect(g.sebutan == .cukup)
        #expect(!g.lulus)
        #expect(g.keterangan == "TIDAK LULUS")
    }

    @Test func halfUpWhereBinaryFloatingPointRoundsDown() throws {
        let c = ["80", "89", "88", "81", "89", "85", "87", "81", "88"]
        let g = try grades(c)
        #expect(DiklatGrades.text(g.ojt1) == "85,90")
        #expect(DiklatGrades.text(g.ijt) == "84,60")
        #expect(DiklatGrades.text(g.ojt2) == "85,40")
        #expect(g.nilaiAkhir == dec("85.075"))
        #expect(DiklatGrades.text(g.nilaiAkhir) == "85,08")
        // The same formula in Double lands just below 85.075 and would print 85,07.
        let d = c.compactMap(Double.init)
        let o1 = 0.3 * d[0] + 0.3 * d[1] + 0.4 * d[2]
        let ij = 0.3 * d[3] + 0.2 * d[4] + 0.5 * d[5]
        let o2 = 0.5 * d[6] + 0.3 * d[7] + 0.2 * d[8]
        #expect(0.15 * o1 + 0.5 * ij + 0.35 * o2 < 85.075)
    }

    @Test func nilaiAkhirUsesUnroundedStages() throws {
        let g = try grades(["84.95", "80.4", "84.95", "75.9", "78.6", "87.45", "70.7", "77.15", "85.5"])
        #expect(g.ojt1 == dec("83.585"))
        #expect(g.ijt == dec("82.215"))
        #expect(g.ojt2 == dec("75.595"))
        #expect(DiklatGrades.text(g.ojt1) == "83,59")
        #expect(DiklatGrades.text(g.ojt2) == "75,60")
        // From the printed (rounded) stages it would be 80.1085 → 80,11.
        #expect(g.nilaiAkhir == dec("80.1035"))
        #expect(DiklatGrades.text(g.nilaiAkhir) == "80,10")
    }

    @Test(arguments: [
        (["81", "71", "71", "82", "83", "73", "78", "72", "69"], "75.99", Sebutan.cukup),
        (["76", "75", "80", "75", "69", "80", "68", "84", "79"], "75.995", Sebutan.baik),
        (["77", "73", "82", "72", "71", "81", "68", "84", "78"], "76", Sebutan.baik),
        (["88", "95", "96", "87", "97", "83", "96", "93", "99"], "90.99", Sebutan.baik),
        (["86", "83", "88", "92", "95", "98", "83", "95", "83"], "90.995", Sebutan.amatBaik),
        (["86", "90", "85", "93", "87", "97", "85", "91", "95"], "91", Sebutan.amatBaik),
    ])
    func sebutanBoundaries(components: [String], na: String, sebutan: Sebutan) throws {
        let g = try grades(components)
        #expect(g.nilaiAkhir == dec(na))
        #expect(g.sebutan == sebutan)
        #expect(g.lulus == (sebutan != .cukup))
    }

    @Test func sebutanDirectly() {
        #expect(Sebutan(nilaiAkhir: dec("75.994")) == .cukup)
        #expect(Sebutan(nilaiAkhir: dec("75.995")) == .baik)
        #expect(Sebutan(nilaiAkhir: dec("90.994999")) == .baik)
        #expect(Sebutan(nilaiAkhir: dec("100")) == .amatBaik)
        #expect(Sebutan(nilaiAkhir: dec("0")) == .cukup)
        #expect(Sebutan.amatBaik.label == "Amat Baik")
    }

    @Test func extremes() throws {
        #expect(try grades(Array(repeating: "100", count: 9)).nilaiAkhir == 100)
        #expect(try grades(Array(repeating: "0", count: 9)).nilaiAkhir == 0)
        #expect(DiklatGrades.text(0) == "0,00")
    }

    @Test func outOfRangeNamesTheComponent() {
        var c = Array(repeating: "80", count: 9)
        c[2] = "100.01"
        #expect(throws: DiklatGradeError.outOfRange(.sikapOJT1, dec("100.01"))) { try grades(c) }
        c[2] = "80"
        c[8] = "-1"
        #expect(throws: DiklatGradeError.outOfRange(.sikapOJT2, -1)) { try grades(c) }
        #expect(DiklatGradeError.outOfRange(.sikapOJT2, -1).description.contains("sikap_ojt2"))
    }

    @Test func notANumberAndMissing() {
        var c = Array(repeating: "80", count: 9)
        c[3] = "8O"
        #expect(throws: DiklatGradeError.notANumber(.tesAkhir, "8O")) { try grades(c) }
        c[3] = " "
        #expect(throws: DiklatGradeError.missing(.tesAkhir)) { try grades(c) }
        #expect(throws: DiklatGradeError.missing(.makalah)) { try DiklatGrades(texts: [:]) }
    }

    @Test func readsARecord() throws {
        var fields: [String: Value] = [:]
        for c in DiklatComponent.allCases { fields[c.column] = .number(80) }
        fields["makalah"] = .string("70,5")
        let g = DiklatGrades(try DiklatComponents(record: Record(dataset: "nilai", location: nil, fields: fields)))
        #expect(g.ojt1 == dec("77.15"))
        fields["rtp"] = .null
        #expect(throws: DiklatGradeError.missing(.rtp)) {
            try DiklatComponents(record: Record(dataset: "nilai", location: nil, fields: fields))
        }
    }
}
