import Testing
@testable import CetakRules

@Suite struct PendidikanTests {
    @Test func qualifications() {
        #expect(Pendidikan.parse("S1") == .s1)
        #expect(Pendidikan.parse("s-1") == .s1)
        #expect(Pendidikan.parse("S1 Pendidikan Matematika") == .s1)
        #expect(Pendidikan.parse("D-IV") == .d4)
        #expect(Pendidikan.parse("D4") == .d4)
        #expect(Pendidikan.parse("S2") == .s2)
        #expect(Pendidikan.parse("S3") == .s3)
        #expect(Pendidikan.parse("D-III") == .d3)
        #expect(Pendidikan.parse("SMA") == .smaAtauLebihRendah)
        #expect(Pendidikan.parse("Sertifikat") == nil)
        let high = [Pendidikan.s1, .d4, .s2, .s3].filter { $0.atLeastS1OrD4 }
        #expect(high.count == 4)
        let low = [Pendidikan.d3, .d2, .d1, .smaAtauLebihRendah].filter { $0.atLeastS1OrD4 }
        #expect(low.isEmpty)
    }

    @Test func ppkpnsRatings() {
        #expect(NilaiPPKPNS.parse("Baik") == .baik)
        #expect(NilaiPPKPNS.parse("sangat  baik") == .sangatBaik)
        #expect(NilaiPPKPNS.parse("Amat Baik") == .sangatBaik)
        #expect(NilaiPPKPNS.parse("Cukup") == .cukup)
        #expect(NilaiPPKPNS.parse("76") == .baik)
        #expect(NilaiPPKPNS.parse("75,99") == .cukup)
        #expect(NilaiPPKPNS.parse("91") == .sangatBaik)
        #expect(NilaiPPKPNS.parse("bagus") == nil)
        #expect(NilaiPPKPNS.baik.atLeastBaik && NilaiPPKPNS.sangatBaik.atLeastBaik && !NilaiPPKPNS.cukup.atLeastBaik)
    }
}
