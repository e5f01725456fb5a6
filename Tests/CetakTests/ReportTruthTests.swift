import Cetak
import CetakCore
import Foundation
import Testing

/// The run report tells the truth (issue 13), with data written here: a record is rendered, skipped by a rule or
/// rejected — never two; decisions match what the page prints; warnings reach the terminal; a bad context is one error.
@Suite struct ReportTruthTests {
    static let diklatKonteks = """
        { "tempat": "Kota Beta", "tanggal": "2026-11-22", "tahun": 2026, "proyeksi_tahun": 2,
          "instansi": { "induk": "PEMERINTAH KABUPATEN ALFA", "nama": "DINAS PENDIDIKAN" },
          "kepala_dinas": { "nama": "Drs. Amos Alfa", "nip": "196801011994031001", "jabatan": "Kepala Dinas Pendidikan" },
          "lpmp": { "logo": "logo.png" },
          "diklat": { "penyelenggara": "Direktorat Tenaga Kependidikan", "angkatan": "Angkatan I", "mulai": "2026-07-06",
                      "selesai": "2026-10-16",
                      "ketua": { "nama": "Ketua Diklat", "nip": "197503062000032001", "jabatan": "Ketua Penyelenggara" },
                      "direktur": { "nama": "Direktur Diklat", "nip": "196904101994121002", "jabatan": "Direktur" } } }
        """
    static let anton = "197302101998031001", beatrix = "197202111997032002", cornelis = "197202101997031003"
    static let calon = """
        nip,nama,tanggal_lahir,jenis_kelamin,golongan,tanggal_daftar,nrcps,nomor_sttpp
        \(anton),Anton,1973-02-11,L,IV/a,2026-02-10,N1,S1
        \(beatrix),Beatrix,1972-02-11,P,IV/a,2026-02-10,N2,S2
        \(cornelis),Cornelis,1972-02-10,L,IV/a,2026-02-10,N3,S3

        """
    static let komponen = "nip,makalah,rtp,sikap_ojt1,tes_akhir,sikap_ijt,keterampilan_ijt,portofolio_ojt2,presentasi_ojt2,sikap_ojt2\n"

    static func diklat() throws -> TestFolder {
        let f = TestFolder()
        try f.write("konteks.json", diklatKonteks)
        try f.png("logo.png")
        try f.write("calon.csv", calon)
        // Anton passes; Beatrix's grades are rejected (101); Cornelis has no row at all.
        try f.write("nilai.csv", komponen + "\(anton),85,85,85,85,85,85,85,85,85\n\(beatrix),101,85,85,85,85,85,85,85,85\n")
        return f
    }

    @Test func aCandidateWhoseGradesWereRejectedIsNotAlsoSkipped() throws {
        let f = try Self.diklat(); defer { f.remove() }
        let r = Renderer.run(f.options("sttpp", data: ["calon.csv", "nilai.csv"])).report
        #expect(r.documents.map(\.key) == [Self.anton])
        #expect(r.skipped.map(\.key) == [Self.cornelis])
        #expect(r.skipped.first?.reason.contains("tidak ada di nilai.csv") == true)
        #expect(r.rejected.count == 1)
        let bad = try #require(r.rejected.first)
        #expect(bad.location?.file.hasSuffix("nilai.csv") == true && bad.location?.line == 3 && bad.location?.field == "makalah")
        #expect(bad.value == "101")
        // Never two: no key is both skipped and rendered, and the rejected candidate is in neither list.
        #expect(!r.skipped.map(\.key).contains(Self.beatrix) && !r.documents.map(\.key).contains(Self.beatrix))
    }

    @Test func aRecapRowThatJoinsNobodyIsRejectedNotPrinted() throws {
        let f = try Self.diklat(); defer { f.remove() }
        let stranger = "198812122015031012"
        try f.write("nilai.csv", Self.komponen + "\(Self.anton),85,85,85,85,85,85,85,85,85\n\(stranger),90,90,90,90,90,90,90,90,90\n")
        let o = f.options("pcps01", data: ["calon.csv", "nilai.csv"])
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode == 1)
        let bad = try #require(outcome.report.rejected.first { $0.value == stranger })
        #expect(bad.message.contains("calon.csv") && bad.location?.line == 3)
        let page = try RenderOutcome.pages(o, key: "pcps01")
        #expect(!page.contains("19881212") && page.contains("Anton"))
        #expect(page.contains("Jumlah peserta: 1") || !page.contains("Jumlah peserta: 2"))
    }

    @Test func sa04WarnsOfANIPThatDisagreesWithTheBirthDate() throws {
        let f = try Self.diklat(); defer { f.remove() }
        let r = Renderer.run(f.options("sa04", data: ["calon.csv"])).report
        #expect(r.documents.map(\.key) == ["sa04"])
        let w = r.warnings.filter { $0.message.contains("tanggal_lahir") }
        #expect(w.count == 1)
        #expect(w.first?.key == Self.anton)
        #expect(w.first?.message.contains("1973-02-11") == true && w.first?.message.contains("1973-02-10") == true)
        // pcps01 reads calon.csv too.
        let p = Renderer.run(f.options("pcps01", data: ["calon.csv", "nilai.csv"])).report
        #expect(p.warnings.contains { $0.key == Self.anton && $0.message.contains("1973-02-11") })
    }

    @Test func sa02WarnsOfACandidateWithNoRiwayat() throws {
        let f = try Self.diklat(); defer { f.remove() }
        try f.write("riwayat.csv", "nip,jenis,uraian\n\(Self.anton),pendidikan,S1 Pendidikan\n")
        let r = Renderer.run(f.options("sa02", data: ["calon.csv", "riwayat.csv"])).report
        #expect(r.documents.count == 3)
        let none = r.warnings.filter { $0.message.contains("riwayat.csv") }.map(\.key).sorted()
        #expect(none == [Self.beatrix, Self.cornelis].sorted())
    }

    @Test func reportWarningsAreAlsoOnStandardError() throws {
        let f = try Self.diklat(); defer { f.remove() }
        let report = f.path + "/report.json"
        let r = try runTool(Repo.cetak, ["render", "sa04", "--data", f.path + "/calon.csv", "--context", f.path + "/konteks.json",
                                         "--out", f.path + "/out", "--report", report, "--templates", Repo.templates])
        #expect(r.code == 0, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        let warnings = try #require(json["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1)
        let message = try #require(warnings.first?["message"] as? String)
        #expect(r.err.contains("warning: \(message)"), "\(r.err)")
        #expect(r.err.contains("sa04: 1 documents, 1 pages, 0 skipped, 0 rejected, 1 warnings; files in \(f.path)/out/sa04/"), "\(r.err)")
        let quiet = try runTool(Repo.cetak, ["render", "sa04", "--data", f.path + "/calon.csv", "--context", f.path + "/konteks.json",
                                             "--out", f.path + "/out", "--quiet", "--templates", Repo.templates])
        #expect(quiet.code == 0 && quiet.err.isEmpty, "\(quiet.err)")
    }

    @Test func aMissingLogoInTheContextIsOneErrorNamingTheContextFile() throws {
        let f = try Self.diklat(); defer { f.remove() }
        try f.write("konteks.json", Self.diklatKonteks.replacingOccurrences(of: "\"logo.png\"", with: "\"logo-hilang.png\""))
        try f.write("nilai.csv", Self.komponen
            + "\(Self.anton),85,85,85,85,85,85,85,85,85\n\(Self.beatrix),85,85,85,85,85,85,85,85,85\n\(Self.cornelis),90,90,90,90,90,90,90,90,90\n")
        let r = try runTool(Repo.cetak, ["render", "sttpp", "--data", f.path + "/calon.csv", "--data", f.path + "/nilai.csv",
                                         "--context", f.path + "/konteks.json", "--out", f.path + "/out", "--templates", Repo.templates])
        #expect(r.code == 2)
        let errors = r.err.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1, "\(r.err)")
        let e = String(errors.first ?? "")
        #expect(e.hasPrefix(f.path + "/konteks.json:") && e.contains("lpmp.logo") && e.contains("logo-hilang.png"), "\(e)")
        #expect(!e.contains("sttpp.xml"), "the template is not to blame: \(e)")
        #expect(!FileManager.default.fileExists(atPath: f.path + "/out/sttpp/\(Self.anton).pdf"))
    }

    @Test func aWrongDateOrNumberInTheContextStopsTheRunNamingTheKey() throws {
        let f = try Self.diklat(); defer { f.remove() }
        try f.write("konteks.json", Self.diklatKonteks.replacingOccurrences(of: "\"2026-07-06\"", with: "\"6 Juli\""))
        let r = try runTool(Repo.cetak, ["render", "sttpp", "--data", f.path + "/calon.csv", "--data", f.path + "/nilai.csv",
                                         "--context", f.path + "/konteks.json", "--out", f.path + "/out", "--templates", Repo.templates])
        #expect(r.code == 2)
        let errors = r.err.split(separator: "\n").filter { $0.contains("error:") }
        #expect(errors.count == 1 && errors.first?.hasPrefix(f.path + "/konteks.json:") == true, "\(r.err)")
        #expect(errors.first?.contains("diklat.mulai") == true && errors.first?.contains("6 Juli") == true, "\(r.err)")
    }

    @Test func aPhotoThatIsNotThereRejectsItsCandidateAtTheCell() throws {
        let f = try Self.diklat(); defer { f.remove() }
        try f.write("calon.csv", "nip,nama,foto\n\(Self.anton),Anton,foto/anton.png\n\(Self.beatrix),Beatrix,foto/tidak-ada.png\n")
        try FileManager.default.createDirectory(atPath: f.path + "/foto", withIntermediateDirectories: true)
        try f.png("foto/anton.png")
        try f.write("nilai.csv", Self.komponen + "\(Self.anton),85,85,85,85,85,85,85,85,85\n\(Self.beatrix),85,85,85,85,85,85,85,85,85\n")
        let outcome = Renderer.run(f.options("sttpp", data: ["calon.csv", "nilai.csv"]))
        #expect(outcome.exitCode == 1)
        #expect(outcome.report.documents.map(\.key) == [Self.anton])
        let bad = try #require(outcome.report.rejected.first)
        #expect(bad.location?.file.hasSuffix("calon.csv") == true && bad.location?.line == 3 && bad.location?.field == "foto", "\(bad)")
        #expect(bad.value == "foto/tidak-ada.png" && bad.message.contains("not found"))
    }

    // MARK: f01-6: the decision is taken on the printed Nilai Akhir

    @Test(arguments: [("74.994", "74,99", false), ("74.995", "75,00", true), ("74.996", "75,00", true), ("75", "75,00", true)])
    func nilaiAkhirDecidesAsPrinted(_ value: String, _ printed: String, _ ditetapkan: Bool) throws {
        let f = TestFolder(); defer { f.remove() }
        try f.png("logo.png")
        try f.write("konteks.json", """
            { "tempat": "Kota Beta", "tahun": 2026, "batas_nilai_fasilitator": 75,
              "lpmp": { "induk": "KEMENTERIAN", "nama": "LPMP PROVINSI BETA", "alamat": "Jl. Mutu 3", "telepon": "1", "email": "l@x.id",
                        "kota": "Kota Beta", "logo": "logo.png" },
              "surat": { "f01-7": { "tanggal": "2026-03-20" } } }
            """)
        // 40% Post Test + 60% Nilai Praktik of the same value is that value; the berkas is complete.
        try f.write("fasilitator.csv", """
            nip,nama,instansi,berkas_cv,berkas_surat_usulan,berkas_pernyataan,pre_test,post_test,nilai_praktik
            198001012005011001,Ani,SD Alfa,ya,ya,ya,60,\(value),\(value)

            """)
        let t = try RenderOutcome.pages(f.options("f01-6", data: ["fasilitator.csv"]), key: "f01-6")
        let row = try #require(t.split(separator: "\n").map(String.init).first { $0.contains("Ani") })
        #expect(row.contains(printed), "\(row)")
        #expect(row.hasSuffix(ditetapkan ? " Ditetapkan" : "Tidak Ditetapkan") && (ditetapkan != row.hasSuffix("Tidak Ditetapkan")), "\(row)")
        #expect(t.contains("Ditetapkan: \(ditetapkan ? 1 : 0);"))
    }
}
