import Cetak
import CetakCore
import Foundation
import Testing

/// Letters from the right office (docs/forms.md, Sekolah Model, Issuers), with data written here: each letter under
/// its own office's kop, signed by its own head, numbered in its own series; an office with no row is rejected.
@Suite struct IssuerTests {
    static let instansi = """
        nama,kop,induk,alamat,telepon,email,kota,logo,tingkat,wilayah,kepala_nama,kepala_nip,kepala_pangkat,kepala_jabatan,nomor_surat
        Dinas Pendidikan Kabupaten Alfa,DINAS PENDIDIKAN,PEMERINTAH KABUPATEN ALFA,Jl. Alfa 1,(01) 111,alfa@example.id,Kota Alfa,,kabupaten,Alfa,Drs. Amos Alfa,196801011994031001,,Kepala Dinas Pendidikan Kabupaten Alfa,420/{seq:3}/ALFA/{tahun}
        Dinas Pendidikan Provinsi Beta,DINAS PENDIDIKAN,PEMERINTAH PROVINSI BETA,Jl. Beta 2,(02) 222,beta@example.id,Kota Beta,,provinsi,Beta,Dr. Benny Beta,196902021995031002,,Kepala Dinas Pendidikan Provinsi Beta,421/{seq:3}/BETA/{tahun}
        LPMP Provinsi Beta,LEMBAGA PENJAMINAN MUTU PENDIDIKAN PROVINSI BETA,KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN,Jl. Mutu 3,(02) 333,lpmp@example.id,Kota Beta,,lpmp,Beta,Dr. Lukas Lpmp,197003031996031003,,Kepala LPMP Provinsi Beta,LPMP/{seq:3}/{tahun}

        """
    static let konteks = """
        { "tempat": "Kota Beta", "tahun": 2026,
          "lpmp": { "kota": "Kota Beta", "kepala": { "jabatan": "Kepala LPMP Provinsi Beta" } },
          "surat": { "f01-1": { "tanggal": "2026-01-12" }, "f02-1": { "tanggal": "2026-01-20" } } }
        """
    static let heads = ["Drs. Amos Alfa", "Dr. Benny Beta", "Dr. Lukas Lpmp"]

    /// Candidates of two Dinas and the LPMP (and, when asked, of a proposer with no row).
    static func fasilitator(withUnknown: Bool = false) -> String {
        var s = """
            nip,nama,jabatan,instansi,pendidikan_terakhir,telepon,email,pengusul
            198001012005011001,Ani,Guru,SD Alfa,S1,0811,a@x.id,Dinas Pendidikan Kabupaten Alfa
            198102022006022002,Budi,Guru,SMP Alfa,S1,0812,b@x.id,Dinas Pendidikan Kabupaten Alfa
            198203032007031003,Cici,Guru,SMA Beta,S1,0813,c@x.id,Dinas Pendidikan Provinsi Beta
            198304042008042004,Dodi,Widyaiswara,LPMP Provinsi Beta,S2,0814,d@x.id,LPMP Provinsi Beta

            """
        if withUnknown { s += "198405052009051005,Eka,Guru,SD Gamma,S1,0815,e@x.id,Dinas Pendidikan Kabupaten Gamma\n" }
        return s
    }

    static func folder(withUnknown: Bool = false) throws -> TestFolder {
        let f = TestFolder()
        try f.write("instansi.csv", instansi)
        try f.write("fasilitator.csv", fasilitator(withUnknown: withUnknown))
        try f.write("konteks.json", konteks)
        return f
    }

    @Test func eachProposerWritesUnderItsOwnKopSignedByItsHeadNumberedInItsSeries() throws {
        let f = try Self.folder(); defer { f.remove() }
        let o = f.options("f01-1", data: ["fasilitator.csv", "instansi.csv"])
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode == 0, "\(outcome.messages)")
        let expected: [(key: String, induk: String, head: String, nomor: String, to: String)] = [
            ("dinas-pendidikan-kabupaten-alfa", "PEMERINTAH KABUPATEN ALFA", "Drs. Amos Alfa", "420/001/ALFA/2026", "Yth. Kepala LPMP Provinsi Beta"),
            ("dinas-pendidikan-provinsi-beta", "PEMERINTAH PROVINSI BETA", "Dr. Benny Beta", "421/001/BETA/2026", "Yth. Kepala LPMP Provinsi Beta"),
            ("lpmp-provinsi-beta", "KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN", "Dr. Lukas Lpmp", "LPMP/001/2026",
             "Yth. Direktur Jenderal Pendidikan Dasar dan Menengah"),
        ]
        #expect(outcome.report.documents.map(\.key) == expected.map(\.key))
        for e in expected {
            let t = try RenderOutcome.pages(o, key: e.key)
            let lines = t.split(separator: "\n").map(String.init)
            #expect(lines.first == e.induk, "\(e.key): the kop starts \(lines.first ?? "")")
            #expect(t.contains("Nomor : \(e.nomor)") || t.contains(e.nomor), "\(e.key) is not \(e.nomor)")
            #expect(t.contains("Lampiran Surat Nomor \(e.nomor) Tanggal 12 Januari 2026"))
            #expect(t.contains(e.to), "\(e.key) is not addressed \(e.to)")
            for h in Self.heads { #expect(t.contains(h) == (h == e.head), "\(e.key) and \(h)") }
        }
        // The LPMP's kop line is its own `kop`, not a Dinas's.
        let lpmp = try RenderOutcome.pages(o, key: "lpmp-provinsi-beta").replacingOccurrences(of: "\n", with: " ")
        #expect(lpmp.contains("LEMBAGA PENJAMINAN MUTU PENDIDIKAN PROVINSI BETA"))
        #expect(!(try RenderOutcome.pages(o, key: "lpmp-provinsi-beta").contains("Yth. Kepala LPMP")))
    }

    @Test func aProposerWithNoRowIsRejectedNamingItAndTheOthersAreWritten() throws {
        let f = try Self.folder(withUnknown: true); defer { f.remove() }
        let outcome = Renderer.run(f.options("f01-1", data: ["fasilitator.csv", "instansi.csv"]))
        #expect(outcome.exitCode == 1)
        #expect(outcome.report.documents.count == 3)
        let rejected = try #require(outcome.report.rejected.first)
        #expect(outcome.report.rejected.count == 1)
        #expect(rejected.message.contains("Dinas Pendidikan Kabupaten Gamma") && rejected.message.contains("instansi.csv"))
        // It points at the proposer's cell: fasilitator.csv, line 6, column pengusul.
        #expect(rejected.location?.file.hasSuffix("fasilitator.csv") == true && rejected.location?.line == 6)
        #expect(rejected.location?.field == "pengusul" && rejected.value == "Dinas Pendidikan Kabupaten Gamma")
        #expect(outcome.report.skipped.isEmpty)
        // Never printed under another office's kop, and the others keep their numbers.
        let files = try FileManager.default.contentsOfDirectory(atPath: f.path + "/out/f01-1").sorted()
        #expect(files == ["dinas-pendidikan-kabupaten-alfa.pdf", "dinas-pendidikan-provinsi-beta.pdf", "lpmp-provinsi-beta.pdf"])
        #expect(try RenderOutcome.pages(f.options("f01-1", data: ["fasilitator.csv", "instansi.csv"]), key: "lpmp-provinsi-beta")
            .contains("LPMP/001/2026"))
    }

    @Test func numbersStayRightUnderShardAndOnly() throws {
        let f = try Self.folder(); defer { f.remove() }
        // A second Alfa letter would be 002: the series counts that office's letters only.
        var instansi = Self.instansi + "Dinas Pendidikan Kota Alfa Dua,DINAS PENDIDIKAN,PEMERINTAH KOTA ALFA DUA,Jl. 4,,,Alfa Dua,,kabupaten,Alfa Dua,Drs. Dua,,,Kepala Dinas Pendidikan Kota Alfa Dua,420/{seq:3}/ALFA/{tahun}\n"
        // A shard is whole blocks of RunPlan.documentsPerBatch documents: 15 more offices (sorted between
        // Alfa and Beta, one candidate each) put Beta and the LPMP in the second block.
        var fasilitator = Self.fasilitator()
        for n in 1...15 {
            let office = "Dinas Pendidikan Kabupaten Alfa \(n + 10)"
            instansi += "\(office),DINAS PENDIDIKAN,PEMERINTAH KABUPATEN ALFA \(n + 10),Jl. \(n),,,Alfa,,kabupaten,Alfa \(n + 10),Drs. Kepala \(n),,,Kepala \(office),4\(n + 10)/{seq:3}/{tahun}\n"
            fasilitator += "1985060620100610\(n + 10),Calon \(n),Guru,SD \(n),S1,08\(n),c\(n)@x.id,\(office)\n"
        }
        try f.write("instansi.csv", instansi)
        try f.write("fasilitator.csv", fasilitator)
        var o = f.options("f01-1", data: ["fasilitator.csv", "instansi.csv"])
        o.shard = (2, 2)
        let plan = try RunPlan.make(o)
        #expect(plan.items.map(\.key) == ["dinas-pendidikan-provinsi-beta", "lpmp-provinsi-beta"])
        #expect(plan.items.map(\.index) == [16, 17])
        #expect(try RenderOutcome.pages(o, key: "dinas-pendidikan-provinsi-beta").contains("421/001/BETA/2026"))
        o.shard = (1, 2)
        #expect(try RunPlan.make(o).items.count == 16)
        o.shard = nil
        o.only = ["lpmp-provinsi-beta"]
        #expect(try RenderOutcome.pages(o, key: "lpmp-provinsi-beta").contains("LPMP/001/2026"))
    }

    // MARK: f02-1 / f02-2: the proposing government

    static let sekolah = """
        npsn,nama,jenjang,status,alamat,kecamatan,kabupaten,provinsi,kepala_sekolah,nip_kepala,ketua_komite,peran,npsn_model
        10000001,SD Negeri Satu Alfa,SD,Negeri,Jl. 1,Alfa Barat,Alfa,Beta,Kepala SD,,Komite SD,model,
        10000002,SD Negeri Dua Alfa,SD,Negeri,Jl. 2,Alfa Barat,Alfa,Beta,Kepala SD2,,Komite SD2,imbas,10000001
        20000001,SMA Negeri Satu Alfa,SMA,Negeri,Jl. 3,Alfa Timur,Alfa,Beta,Kepala SMA,,Komite SMA,model,
        20000002,SMA Negeri Dua Alfa,SMA,Negeri,Jl. 4,Alfa Timur,Alfa,Beta,Kepala SMA2,,Komite SMA2,imbas,20000001

        """

    @Test func anSMAModelIsProposedByTheProvince() throws {
        let f = try Self.folder(); defer { f.remove() }
        try f.write("sekolah.csv", Self.sekolah)
        let o = f.options("f02-1", data: ["sekolah.csv", "instansi.csv"])
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode == 0, "\(outcome.messages)")
        #expect(outcome.report.documents.map(\.key).sorted() == ["alfa", "beta"])
        let kabupaten = try RenderOutcome.pages(o, key: "alfa")
        #expect(kabupaten.hasPrefix("PEMERINTAH KABUPATEN ALFA") && kabupaten.contains("Drs. Amos Alfa") && !kabupaten.contains("Dr. Benny Beta"))
        #expect(kabupaten.contains("420/001/ALFA/2026") && kabupaten.contains("SD Negeri Satu Alfa") && !kabupaten.contains("SMA Negeri Satu"))
        let provinsi = try RenderOutcome.pages(o, key: "beta")
        #expect(provinsi.hasPrefix("PEMERINTAH PROVINSI BETA"), "\(provinsi.prefix(80))")
        #expect(provinsi.contains("Dr. Benny Beta") && !provinsi.contains("Drs. Amos Alfa"))
        #expect(provinsi.contains("421/001/BETA/2026") && provinsi.contains("SMA Negeri Satu Alfa") && !provinsi.contains("SD Negeri Satu"))
        #expect(provinsi.contains("pendidikan menengah (SMA dan SMK)"))

        // f02-2 of the SMA model: "Mengetahui," the province's head; of the SD model, the kabupaten's.
        let f22 = f.options("f02-2", data: ["sekolah.csv", "instansi.csv"])
        let sma = try RenderOutcome.pages(f22, key: "20000001")
        let after = try #require(sma.range(of: "Mengetahui,"))
        #expect(sma[after.upperBound...].contains("Dr. Benny Beta") && !sma.contains("Drs. Amos Alfa"))
        #expect(sma.contains("Kepala Dinas Pendidikan") && sma.contains("Provinsi Beta,"))
        let sd = try RenderOutcome.pages(f22, key: "10000001")
        #expect(sd.contains("Drs. Amos Alfa") && !sd.contains("Dr. Benny Beta"))
    }

    @Test func aGovernmentWithNoRowIsRejected() throws {
        let f = try Self.folder(); defer { f.remove() }
        // Only the kabupaten's Dinas has a row: the SMA's province has none.
        try f.write("instansi.csv", Self.instansi.split(separator: "\n").filter { !$0.contains("Provinsi Beta,DINAS") }.joined(separator: "\n") + "\n")
        try f.write("sekolah.csv", Self.sekolah)
        let outcome = Renderer.run(f.options("f02-1", data: ["sekolah.csv", "instansi.csv"]))
        #expect(outcome.exitCode == 1)
        #expect(outcome.report.documents.map(\.key) == ["alfa"])
        let r = try #require(outcome.report.rejected.first)
        #expect(r.message.contains("instansi.csv") && r.message.contains("provinsi") && r.message.contains("Beta"), "\(r.message)")
        #expect(r.location?.field == "provinsi" && r.location?.line == 4)
    }
}
