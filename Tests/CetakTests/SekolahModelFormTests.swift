import Cetak
import CetakCore
import Foundation
import Testing

/// The Sekolah Model forms (f01-1 … f02-3) against docs/forms.md and docs/rules.md, over Fixtures/sekolah-model:
/// Nilai Akhir exactly 75,00 (Hendrik) and 74,96 (Martha), an incomplete berkas with high scores (Yulius),
/// a berkas with an empty cell (Agustinus), a sekolah model with four imbas (60300812).
@Suite struct SekolahModelFormTests {
    static let folder = Repo.fixtures + "/sekolah-model"

    static func options(_ form: String, context: String = folder + "/konteks.json") -> RenderOptions {
        var o = RenderOptions(form: form, templates: Repo.templates)
        o.dataFiles = Repo.dataFiles(form, in: folder)
        o.contextFile = context
        return o
    }

    static func docs(_ form: String, context: String = folder + "/konteks.json") throws -> [(key: String, frames: [Frame], warnings: [String])] {
        try Repo.layoutAll(options(form, context: context))
    }

    static func text(_ d: (key: String, frames: [Frame], warnings: [String])) -> String { d.frames.map(\.text).joined(separator: "\n") }

    /// The line of a document's pages that mentions a name.
    static func line(_ text: String, _ name: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.contains(name) }
    }

    /// A row of f01-3: the name line up to its NIP line (the verdict cells are centred vertically between them).
    static func row(_ text: String, _ name: String) -> String? {
        let lines = text.split(separator: "\n").map(String.init)
        guard let i = lines.firstIndex(where: { $0.contains(name) }) else { return nil }
        let end = lines[i...].firstIndex { $0.hasPrefix("NIP.") } ?? i
        return lines[i...end].joined(separator: " ")
    }

    @Test func documentsPerGroup() throws {
        #expect(try Self.docs("f01-1").map(\.key) == ["dinas-pendidikan-kabupaten-manokwari", "dinas-pendidikan-provinsi-papua-barat",
                                                      "lembaga-penjaminan-mutu-pendidikan-provinsi-papua-barat"])
        #expect(try Self.docs("f01-2").map(\.key).sorted() == ["197205201998032009", "197412121999031004", "197609182000121003",
                                                               "198211032006042015", "198305052008012011", "198507222010011009"])
        for form in ["f01-3", "f01-4", "f01-6", "f01-7"] { #expect(try Self.docs(form).map(\.key) == [form]) }
        // Invitations go to the instansi of the Lolos candidates only.
        #expect(try Self.docs("f01-5").map(\.key).sorted() == ["dinas-pendidikan-kabupaten-manokwari",
            "lembaga-penjaminan-mutu-pendidikan-provinsi-papua-barat", "sd-inpres-23-manokwari", "sma-negeri-1-manokwari"])
        #expect(try Self.docs("f02-1").map(\.key).sorted() == ["manokwari", "papua-barat-daya"])
        #expect(try Self.docs("f02-2").map(\.key).sorted() == ["60300101", "60300812", "60400501"])
        #expect(try Self.docs("f02-3").count == 14)
    }

    @Test func berkasDecidesLolos() throws {
        let t = Self.text(try #require(Self.docs("f01-3").first))
        for name in ["Hendrik Mayor", "Martha Rumbewas", "Fransiska Ibo", "Theresia Wambrauw"] {
            let l = try #require(Self.row(t, name))
            #expect(l.contains("Ada Ada Ada Lolos") && !l.contains("Tidak Lolos"), "\(name): \(l)")
        }
        for name in ["Yulius Indouw", "Agustinus Saiba"] {
            #expect(Self.row(t, name)?.contains("Tidak Ada") == true, "\(name) lacks a berkas")
            #expect(Self.row(t, name)?.contains("Tidak Lolos") == true, "\(name) has an incomplete berkas")
        }
        #expect(t.contains("Jumlah calon: 6; Lolos: 4; Tidak Lolos: 2."))
    }

    @Test func nilaiAkhirDecidesDitetapkan() throws {
        let t = Self.text(try #require(Self.docs("f01-6").first))
        let hendrik = try #require(Self.line(t, "Hendrik Mayor"))
        #expect(hendrik.contains("75,00") && hendrik.hasSuffix(" Ditetapkan"), "exactly 75,00 is Ditetapkan: \(hendrik)")
        let martha = try #require(Self.line(t, "Martha Rumbewas"))
        #expect(martha.contains("74,96") && martha.hasSuffix("Tidak Ditetapkan"), "74,96 is not: \(martha)")
        let yulius = try #require(Self.line(t, "Yulius Indouw"))
        #expect(yulius.contains("97,40") && yulius.hasSuffix("Tidak Ditetapkan"), "incomplete berkas whatever the scores: \(yulius)")
        // Peningkatan = Post − Pre; Nilai Akhir = 0,4 Post + 0,6 Praktik, two decimals.
        let fransiska = try #require(Self.line(t, "Fransiska Ibo"))
        #expect(fransiska.contains("28,00") && fransiska.contains("86,20") && fransiska.hasSuffix(" Ditetapkan"))
        #expect(t.contains("Jumlah calon: 6; Ditetapkan: 2; Tidak Ditetapkan: 4."))
    }

    @Test func thresholdComesFromTheContext() throws {
        let ctx = Repo.fixtures + "/sekolah-model-batas/konteks.json"
        let t = Self.text(try #require(Self.docs("f01-6", context: ctx).first))
        #expect(Self.line(t, "Hendrik Mayor")?.hasSuffix("Tidak Ditetapkan") == true)
        #expect(Self.line(t, "Fransiska Ibo")?.hasSuffix(" Ditetapkan") == true)
        #expect(t.contains("sekurang-kurangnya 80,00"))
        let lampiran = Self.text(try #require(Self.docs("f01-7", context: ctx).first))
        #expect(lampiran.contains("Fransiska Ibo") && !lampiran.contains("Hendrik Mayor"))
    }

    @Test func announcementAndPenetapanListExactlyWhoTheyShould() throws {
        let all = ["Hendrik Mayor", "Martha Rumbewas", "Yulius Indouw", "Fransiska Ibo", "Agustinus Saiba", "Theresia Wambrauw"]
        let f4 = try #require(Self.docs("f01-4").first)
        let lampiran4 = f4.frames.dropFirst().map(\.text).joined(separator: "\n")
        let lolos = ["Hendrik Mayor", "Martha Rumbewas", "Fransiska Ibo", "Theresia Wambrauw"]
        for n in all { #expect(lampiran4.contains(n) == lolos.contains(n), "f01-4 \(n)") }
        let f7 = try #require(Self.docs("f01-7").first)
        let lampiran7 = f7.frames.dropFirst().map(\.text).joined(separator: "\n")
        let ditetapkan = ["Hendrik Mayor", "Fransiska Ibo"]
        for n in all { #expect(lampiran7.contains(n) == ditetapkan.contains(n), "f01-7 \(n)") }
        #expect(lampiran7.contains("Lampiran Surat Nomor KEP/001/LPMP/2026 Tanggal 20 Maret 2026"))
    }

    @Test func letterNumbersFollowThePattern() throws {
        // Each proposer numbers its own letters in the pattern of its instansi.csv row: each letter is 001 of its series.
        let docs = try Self.docs("f01-1")
        for (d, nomor) in zip(docs, ["420/001/DISDIK-MKW/2026", "421/001/DISDIK-PB/2026", "PEN/001/LPMP-PA/2026"]) {
            let t = Self.text(d)
            #expect(t.contains(nomor), "\(d.key) has no \(nomor)")
            #expect(t.contains("Lampiran Surat Nomor \(nomor) Tanggal 12 Januari 2026"))
        }
        let lpmp = Self.text(docs[2])
        #expect(lpmp.contains("LEMBAGA PENJAMINAN MUTU"))
        #expect(lpmp.contains("Direktur Jenderal Pendidikan Dasar dan Menengah"))
        #expect(Self.text(docs[1]).contains("PEMERINTAH PROVINSI PAPUA BARAT"))
    }

    @Test func proposalGroupsModelsWithTheirImbasAndFlagsFour() throws {
        let docs = try Self.docs("f02-1")
        let manokwari = try #require(docs.first { $0.key == "manokwari" })
        #expect(manokwari.warnings.count == 1)
        #expect(manokwari.warnings.first?.contains("Kabupaten Manokwari") == true)
        let t = Self.text(manokwari)
        for s in ["SD Negeri 01 Manokwari", "SMP Negeri 2 Manokwari", "SD YPPK Santo Agustinus", "SMP Muhammadiyah Manokwari",
                  "(4 sekolah imbas; semestinya lima)"] { #expect(t.contains(s), "\(s)") }
        #expect(!t.contains("SMA Negeri 1 Kota Sorong"))
        // SMP model first row ends with its four imbas, numbered 1–4 after the model's five-imbas row.
        let smp = try #require(t.range(of: "SMP Negeri 2 Manokwari", options: .backwards))
        #expect(t[smp.upperBound...].contains("4. SMP"))
        #expect(!t[smp.upperBound...].contains("5. SMP"))
        let pbd = try #require(docs.first { $0.key == "papua-barat-daya" })
        #expect(pbd.warnings.isEmpty)
        #expect(Self.text(pbd).contains("PEMERINTAH PROVINSI PAPUA BARAT DAYA"))
        // f02-2 flags exactly the model with four imbas, by NPSN.
        let f22 = try Self.docs("f02-2")
        #expect(f22.filter { !$0.warnings.isEmpty }.map(\.key) == ["60300812"])
    }

    @Test func statementsCarryMeteraiAndNameTheModel() throws {
        let imbas = try #require(Self.docs("f02-3").first { $0.key == "60300866" })
        let t = Self.text(imbas)
        #expect(t.contains("SMP Negeri 2 Manokwari"))
        #expect(t.contains("60300812"))
        #expect(t.contains("Meterai 10000"))
        #expect(t.contains("Mengetahui,"))
        #expect(imbas.warnings.isEmpty)
        let f12 = Self.text(try #require(Self.docs("f01-2").first { $0.key == "197609182000121003" }))
        #expect(f12.contains("Meterai 10000") && f12.contains("19760918 200012 1 003"))
        let f22 = Self.text(try #require(Self.docs("f02-2").first { $0.key == "60300101" }))
        #expect(f22.contains("Meterai 10000") && f22.contains("Ketua Komite Sekolah,") && f22.contains("lima sekolah imbas"))
    }

    @Test func rendersAndPassesThePDFChecks() throws {
        let out = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for form in ["f01-1", "f01-2", "f01-3", "f01-4", "f01-5", "f01-6", "f01-7", "f02-1", "f02-2", "f02-3"] {
            let data = Repo.dataFiles(form, in: Self.folder).flatMap { ["--data", $0] }
            let r = try runTool(Repo.cetak, ["render", form, "--context", Self.folder + "/konteks.json", "--out", out, "--quiet"] + data)
            #expect(r.code == 0, "\(form): \(r.err)")
            let b = try runTool(Repo.cetak, ["render", form, "--blank", "--out", out + "/blank", "--quiet"])
            #expect(b.code == 0, "\(form) blank: \(b.err)")
        }
        let files = (FileManager.default.enumerator(atPath: out)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }.map { out + "/" + $0 }
        #expect(files.count > 20)
        for file in files.sorted() {
            let p = PDFCheck().problems(file)
            #expect(p.isEmpty, "\(file): \(p.joined(separator: "; "))")
        }
    }
}
