import Testing
import CetakCore
@testable import CetakRules

@Suite struct MasaKerjaTests {
    @Test func wholeYearsAndMonths() {
        #expect(MasaKerja(from: day("1998-03-01"), to: day("2026-02-10"))?.description == "27 tahun 11 bulan")
        #expect(MasaKerja(from: day("2019-01-01"), to: day("2026-04-01"))?.description == "7 tahun 3 bulan")
        #expect(MasaKerja(from: day("2020-03-01"), to: day("2020-03-01")) == MasaKerja(years: 0, months: 0))
        #expect(MasaKerja(from: day("2020-03-02"), to: day("2020-03-01")) == nil)
    }

    @Test func toTheDayAndOneDayShort() {
        #expect(SeleksiAdministrasi.masaKerja(from: day("2020-03-01"), to: day("2026-03-01")) == (6, 0))
        #expect(SeleksiAdministrasi.masaKerja(from: day("2020-03-01"), to: day("2026-02-28")) == (5, 11))
        #expect(SeleksiAdministrasi.masaKerja(from: day("2026-03-01"), to: day("2020-03-01")) == (0, 0))
    }

    @Test func monthEnds() {
        #expect(MasaKerja(from: day("2019-01-31"), to: day("2019-02-28")) == MasaKerja(years: 0, months: 0))
        #expect(MasaKerja(from: day("2019-01-31"), to: day("2019-03-01")) == MasaKerja(years: 0, months: 1))
        #expect(MasaKerja(from: day("2019-01-31"), to: day("2019-03-31")) == MasaKerja(years: 0, months: 2))
    }

    @Test func bornOnLeapDay() {
        let born = day("1972-02-29")
        #expect(MasaKerja(from: born, to: day("2026-02-28")) == MasaKerja(years: 53, months: 11))
        #expect(MasaKerja(from: born, to: day("2026-03-01")) == MasaKerja(years: 54, months: 0))
        #expect(MasaKerja(from: born, to: day("2028-02-28")) == MasaKerja(years: 55, months: 11))
        #expect(MasaKerja(from: born, to: day("2028-02-29")) == MasaKerja(years: 56, months: 0))
    }
}
