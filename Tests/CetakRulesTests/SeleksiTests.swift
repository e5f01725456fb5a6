import Testing
import CetakCore
@testable import CetakRules

@Suite struct SeleksiTests {
    @Test func exampleCandidateMeetsAll() {
        let h = SeleksiAdministrasi.evaluate(bambang())
        #expect(h.results.map(\.id) == PersyaratanID.allCases)
        #expect(h.unmet.isEmpty)
        #expect(h.memenuhiSyarat)
        #expect(h.code == "MS")
        #expect(h.kesimpulan == "MEMENUHI SYARAT")
        #expect(h[.r1]?.fact == "masa kerja 27 tahun 11 bulan")
        #expect(h[.r2]?.fact == "wakil kepala 3 tahun, kepala sekolah 6 tahun")
        #expect(h[.r3]?.fact == "jenjang SMP/MTs sesuai bidang SMP/MTs")
        #expect(h[.r4]?.fact == "nomor 12345678901234567")
        #expect(h[.r5]?.fact == "S2")
        #expect(h[.r6]?.fact == "golongan IV/a")
        #expect(h[.r7]?.fact == "usia 53 tahun 8 bulan")
        #expect(h[.r8]?.fact == "Baik dan Sangat Baik")
        #expect(h[.r9]?.fact == "4 dokumen")
        #expect(h[.r1]?.proof == "SK CPNS dan SK PNS")
        #expect(h[.r1]?.label == "Guru PNS berpengalaman mengajar paling singkat 6 tahun")
        #expect(h[.r1]?.verdict == "Memenuhi")
        #expect(h[.r1]?.ada == "Ada")
        #expect(h[.r1]?.mark == "✓")
    }

    @Test func oneUnmetMakesTMS() {
        var i = bambang()
        i.golongan = "III/c"
        let h = SeleksiAdministrasi.evaluate(i)
        #expect(!h.memenuhiSyarat)
        #expect(h.code == "TMS")
        #expect(h.kesimpulan == "TIDAK MEMENUHI SYARAT")
        #expect(h.unmet.map(\.id) == [.r6])
        #expect(h[.r6]?.verdict == "Tidak Memenuhi")
        #expect(h[.r6]?.mark == "✗")
    }

    @Test func r1SixYearsToTheDay() {
        var i = bambang()
        i.tmtPNS = day("2020-03-01")
        i.tanggalDaftar = day("2026-03-01")
        #expect(check(.r1, i).met)
        #expect(check(.r1, i).fact == "masa kerja 6 tahun 0 bulan")
        i.tanggalDaftar = day("2026-02-28")
        #expect(!check(.r1, i).met)
        #expect(check(.r1, i).fact == "masa kerja 5 tahun 11 bulan")
        i.tmtPNS = day("2026-03-01")
        #expect(!check(.r1, i).met)
        #expect(check(.r1, i).fact.contains("sesudah tanggal daftar"))
    }

    @Test func r2EitherTugasTambahan() {
        var i = bambang()
        i.lamaWakasekTahun = 4
        i.lamaKepsekTahun = 0
        #expect(check(.r2, i).met)
        i.lamaWakasekTahun = dec("3.5")
        #expect(!check(.r2, i).met)
        #expect(check(.r2, i).fact == "wakil kepala 3,5 tahun, kepala sekolah 0 tahun")
        i.lamaKepsekTahun = nil
        #expect(!check(.r2, i).met)
        #expect(check(.r2, i).fact == "wakil kepala 3,5 tahun, kepala sekolah: data tidak ada")
        i.lamaKepsekTahun = 4
        i.lamaWakasekTahun = nil
        #expect(check(.r2, i).met)
        #expect(check(.r2, i).fact == "kepala sekolah 4 tahun")
    }

    @Test func r3Kesesuaian() {
        var i = bambang()
        i.bidangPengawasan = "Pendidikan Agama dan Budi Pekerti"
        #expect(check(.r3, i).met)
        #expect(check(.r3, i).fact == "jenjang SMP/MTs sesuai bidang PAI")
        i.bidangPengawasan = "SD/MI"
        #expect(!check(.r3, i).met)
        #expect(check(.r3, i).fact == "jenjang SMP/MTs tidak sesuai bidang SD/MI")
        i.jenjangSatuan = "sd / mi"
        i.bidangPengawasan = "tk/ra"
        #expect(check(.r3, i).met)
        i.bidangPengawasan = "Matematika"
        #expect(!check(.r3, i).met)
        #expect(check(.r3, i).fact == "bidang pengawasan \"Matematika\" tidak dikenal")
    }

    @Test func r4AndR5() {
        var i = bambang()
        i.pendidikanTerakhir = "D-IV"
        #expect(check(.r5, i).met)
        i.pendidikanTerakhir = "D-III"
        #expect(!check(.r5, i).met)
        #expect(check(.r5, i).fact == "D-III")
        i.nomorSertifikatPendidik = "  "
        #expect(!check(.r4, i).met)
        #expect(check(.r4, i).fact == "data tidak ada")
    }

    @Test(arguments: [("III/c", false), ("III/d", true), ("IV/a", true), ("iii-d", true), ("II/d", false), ("IV/e", true)])
    func r6Golongan(golongan: String, met: Bool) {
        var i = bambang()
        i.golongan = golongan
        #expect(check(.r6, i).met == met)
        #expect(check(.r6, i).fact == "golongan \(Golongan.parse(golongan)?.description ?? "")")
    }

    @Test func r6UnknownGolongan() {
        var i = bambang()
        i.golongan = "Pembina"
        #expect(!check(.r6, i).met)
        #expect(check(.r6, i).fact == "golongan \"Pembina\" tidak dikenal")
    }

    @Test(arguments: [("Baik", "Baik", true), ("Sangat Baik", "Baik", true), ("Baik", "Cukup", false),
                      ("Cukup", "Sangat Baik", false), ("baik", "SANGAT BAIK", true)])
    func r8PPKPNS(first: String, second: String, met: Bool) {
        var i = bambang()
        i.ppkpnsTahun1 = first
        i.ppkpnsTahun2 = second
        #expect(check(.r8, i).met == met)
    }

    @Test func r8Missing() {
        var i = bambang()
        i.ppkpnsTahun2 = nil
        #expect(!check(.r8, i).met)
        #expect(check(.r8, i).fact == "tahun 1: Baik; tahun 2: data tidak ada")
        #expect(!check(.r8, i).dataPresent)
        i.ppkpnsTahun1 = ""
        #expect(check(.r8, i).fact == "data tidak ada")
    }

    @Test func r9Documents() {
        var i = bambang()
        i.buktiKeahlian = 1
        #expect(check(.r9, i).met)
        #expect(check(.r9, i).fact == "1 dokumen")
        i.buktiKeahlian = 0
        #expect(!check(.r9, i).met)
        #expect(check(.r9, i).ada == "Tidak Ada")
    }

    @Test func missingValuesAreNotMetNotErrors() {
        let h = SeleksiAdministrasi.evaluate(SeleksiAdministrasi.Input())
        #expect(h.results.count == 9)
        for r in h.results {
            #expect(!r.met)
            #expect(r.fact == "data tidak ada")
            #expect(r.ada == "Tidak Ada")
        }
        #expect(h.code == "TMS")
    }

    @Test func missingTanggalDaftarFailsTheDatedRules() {
        var i = bambang()
        i.tanggalDaftar = nil
        let h = SeleksiAdministrasi.evaluate(i)
        #expect(h.unmet.map(\.id) == [.r1, .r7])
        #expect(h[.r7]?.fact == "data tidak ada")
    }
}
