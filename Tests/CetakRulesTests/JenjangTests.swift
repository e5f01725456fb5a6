import Testing
@testable import CetakRules

@Suite struct JenjangTests {
    @Test func jenjangNamesAreTolerant() {
        #expect(JenjangSatuan.parse("SMP/MTs") == .smpMTs)
        #expect(JenjangSatuan.parse("smp / mts") == .smpMTs)
        #expect(JenjangSatuan.parse("SMP") == .smpMTs)
        #expect(JenjangSatuan.parse("MTs") == .smpMTs)
        #expect(JenjangSatuan.parse("TK/RA") == .tkRA)
        #expect(JenjangSatuan.parse("SLB") == .slb)
        #expect(JenjangSatuan.parse("SMK / MAK") == .smkMAK)
        #expect(JenjangSatuan.parse("SMP/MA") == nil)
        #expect(JenjangSatuan.parse("Universitas") == nil)
        #expect(JenjangSatuan.parse("") == nil)
    }

    @Test func bidangNamesAreTolerant() {
        #expect(BidangPengawasan.parse("Pendidikan Agama dan Budi Pekerti") == .pai)
        #expect(BidangPengawasan.parse("pendidikan agama dan budi pekerti") == .pai)
        #expect(BidangPengawasan.parse("PAI") == .pai)
        #expect(BidangPengawasan.parse("BK/Konselor/TIK") == .bkTIK)
        #expect(BidangPengawasan.parse("bk / tik") == .bkTIK)
        #expect(BidangPengawasan.parse("Bimbingan Konseling") == .bkTIK)
        #expect(BidangPengawasan.parse("PLB") == .plb)
        #expect(BidangPengawasan.parse("SLB") == .plb)
        #expect(BidangPengawasan.parse("sd/mi") == .sdMI)
        #expect(BidangPengawasan.parse("Matematika") == nil)
    }

    /// The whole table of docs/rules.md R3: every (bidang, jenjang) pair.
    @Test func mappingTable() {
        let allowed: [BidangPengawasan: Set<JenjangSatuan>] = [
            .tkRA: [.tkRA, .sdMI], .sdMI: [.sdMI], .plb: [.slb], .smpMTs: [.smpMTs], .smaMA: [.smaMA],
            .smkMAK: [.smkMAK], .bkTIK: [.smpMTs, .smaMA, .smkMAK], .pai: [.sdMI, .smpMTs, .smaMA, .smkMAK],
        ]
        for b in BidangPengawasan.allCases {
            for j in JenjangSatuan.allCases {
                #expect(b.accepts(j) == (allowed[b]?.contains(j) ?? false), "\(b.label) ← \(j.label)")
            }
        }
    }
}
