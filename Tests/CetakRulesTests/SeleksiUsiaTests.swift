import Testing
import CetakCore
@testable import CetakRules

@Suite struct SeleksiUsiaTests {
    @Test func exactly53IsMS() {
        var i = bambang()
        i.tanggalDaftar = day("2025-05-14")
        #expect(check(.r7, i).met)
        #expect(check(.r7, i).fact == "usia 53 tahun 0 bulan")
    }

    @Test func aDayShortOf54IsStill53() {
        var i = bambang()
        i.tanggalDaftar = day("2026-05-13")
        #expect(check(.r7, i).met)
        #expect(check(.r7, i).fact == "usia 53 tahun 11 bulan")
    }

    @Test func exactly54DependsOnProyeksi() {
        var i = bambang(proyeksi: .dua)
        i.tanggalDaftar = day("2026-05-14")
        #expect(!check(.r7, i).met)
        #expect(check(.r7, i).fact == "usia 54 tahun 0 bulan")
        #expect(check(.r7, i).label == "Usia paling tinggi 53 tahun pada saat mendaftar")
        i.proyeksiTahun = .satu
        #expect(check(.r7, i).met)
        #expect(check(.r7, i).label == "Usia paling tinggi 54 tahun pada saat mendaftar")
        i.tanggalDaftar = day("2027-05-14")
        #expect(!check(.r7, i).met)
    }

    @Test func bornOnLeapDay() {
        var i = bambang()
        i.tanggalLahir = day("1972-02-29")
        i.tanggalDaftar = day("2026-02-28")
        #expect(check(.r7, i).fact == "usia 53 tahun 11 bulan")
        #expect(check(.r7, i).met)
        i.tanggalDaftar = day("2026-03-01")
        #expect(check(.r7, i).fact == "usia 54 tahun 0 bulan")
        #expect(!check(.r7, i).met)
    }

    @Test func birthDateFromNIPWhenEmpty() {
        var i = bambang()
        i.tanggalLahir = nil
        i.nip = NIP.parse("197002281998031006")
        i.tanggalDaftar = day("2024-02-28")
        #expect(check(.r7, i).fact == "usia 54 tahun 0 bulan")
        i.nip = nil
        #expect(check(.r7, i).fact == "data tidak ada")
        #expect(!check(.r7, i).met)
    }

    @Test func proyeksiLimits() {
        #expect(ProyeksiTahun.dua.batasUsia == 53)
        #expect(ProyeksiTahun.satu.batasUsia == 54)
        #expect(ProyeksiTahun(rawValue: 3) == nil)
    }
}
