import Cetak
import CetakCore
import CetakPDF
import Foundation
import Testing

/// The Diklat Calon Pengawas forms (SA.01–SA.05, PCPS.01, STTPP) over the fixtures in Fixtures/diklat,
/// against what docs/forms.md and docs/rules.md demand. Expectations are worked out by hand from the fixture data
/// (tanggal_daftar 2026-02-10 for every candidate, proyeksi_tahun 2), not by calling the rules again.
@Suite struct DiklatFormTests {
    // The fixture candidates (Fixtures/diklat/calon.csv), by what they test.
    static let anton = "197302101998031001"     // exactly 53 on tanggal_daftar: R7 met; NA 76,00 Baik LULUS
    static let beatrix = "197202111997032002"   // a day short of 54 (53 tahun 11 bulan): R7 met; NA 85,075 → 85,08
    static let cornelis = "197202101997031003"  // exactly 54: R7 not met → TMS
    static let dominggus = "198406012019021004" // 6 years of service to the day: R1 met; NA 75,99 Cukup
    static let elvira = "198509092019022005"    // a day short of 6 years: R1 not met → TMS
    static let fransiskus = "198001152005031006" // golongan III/c: R6 not met → TMS
    static let gerson = "197903032004031007"    // golongan III/d: R6 met; NA 90,99 Baik
    static let hadiningrat = "197604212001032008" // the long name; NA 91,00 Amat Baik; no photo
    static let imanuel = "197604052001031009"   // tanggal_lahir disagrees with the NIP; "70,5"; NA 71,85 Cukup
    static let juliana = "197808222003032010"   // empty tanggal_lahir (from the NIP); NA 82,20 Baik; photo

    static let all = [anton, beatrix, cornelis, dominggus, elvira, fransiskus, gerson, hadiningrat, imanuel, juliana]
    static let memenuhi = [anton, beatrix, dominggus, gerson, hadiningrat, imanuel, juliana]
    static let lulus = [anton, beatrix, gerson, hadiningrat, juliana]
    static let longName = "Prof. Dr. Hj. Raden Roro Siti Nurhalimah Kusumawardhani Prawiranegara Hadiningrat, S.Pd., M.Pd., M.Si."

    static func docs(_ form: String) throws -> [(key: String, frames: [Frame], warnings: [String])] {
        let o = try Repo.fixtureOptions(form)
        #expect(o.contextFile?.hasSuffix("Fixtures/diklat/konteks.json") == true, "\(form) does not read Fixtures/diklat")
        return try Repo.layoutAll(o)
    }

    static func text(_ frames: [Frame]) -> String { frames.map(\.text).joined(separator: "\n") }
    /// The text with its lines joined, for sentences that may wrap.
    static func flat(_ frames: [Frame]) -> String {
        // Runs of different styles on one line are joined with a space ("BAIK" "."): drop it before punctuation.
        text(frames).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: " .", with: ".")
    }

    static func grouped(_ nip: String) -> String {
        let c = Array(nip)
        return String(c[0..<8]) + " " + String(c[8..<14]) + " " + String(c[14]) + " " + String(c[15..<18])
    }

    // MARK: SA.03 / SA.04 / SA.05: seleksi administrasi

    @Test func sa03ConcludesAsRulesSay() throws {
        let docs = try Self.docs("sa03")
        #expect(docs.map(\.key) == Self.all)
        for doc in docs {
            let t = Self.text(doc.frames)
            #expect(doc.frames.count == 1, "SA.03 of \(doc.key) has \(doc.frames.count) pages")
            #expect(t.contains(Self.grouped(doc.key)))
            let ms = Self.memenuhi.contains(doc.key)
            #expect(t.contains(ms ? "Kesimpulan: MEMENUHI SYARAT" : "Kesimpulan: TIDAK MEMENUHI SYARAT"), "\(doc.key): \(t)")
            if ms { #expect(!t.contains("Kesimpulan: TIDAK")) }
            // MS: every row "Ada" and "Memenuhi"; each TMS here fails exactly one requirement whose data is there,
            // so its page has one "Tidak" (of "Tidak Memenuhi", which may wrap in its cell) besides the two of the header.
            let tidak = t.split(whereSeparator: \.isWhitespace).filter { $0 == "Tidak" }.count
            #expect(tidak == 2 + (ms ? 0 : 1), "\(doc.key) has \(tidak) × Tidak")
        }
        let facts: [(String, String)] = [
            (Self.anton, "usia 53 tahun 0 bulan"),          // born 1973-02-10
            (Self.beatrix, "usia 53 tahun 11 bulan"),       // born 1972-02-11
            (Self.cornelis, "usia 54 tahun 0 bulan"),       // born 1972-02-10
            (Self.dominggus, "masa kerja 6 tahun 0 bulan"), // TMT PNS 2020-02-10
            (Self.elvira, "masa kerja 5 tahun 11 bulan"),   // TMT PNS 2020-02-11
            (Self.fransiskus, "golongan III/c"),
            (Self.gerson, "golongan III/d"),
            (Self.juliana, "usia 47 tahun 5 bulan"),        // no tanggal_lahir: 1978-08-22 from the NIP
        ]
        for (nip, fact) in facts {
            let doc = try #require(docs.first { $0.key == nip })
            let words = Self.flat(doc.frames).split(separator: " ")
            // The Keterangan cell may wrap, so look for its words in order.
            let want = fact.split(separator: " ")
            let found = words.indices.contains { i in
                var j = i
                for w in want {
                    guard let k = words[j...].firstIndex(of: w), k - j < 12 else { return false }
                    j = k + 1
                }
                return true
            }
            #expect(found, "SA.03 of \(nip) does not state \"\(fact)\"")
        }
        // The birth date that disagrees with the NIP is a warning, not a rejection.
        let imanuel = try #require(docs.first { $0.key == Self.imanuel })
        #expect(imanuel.warnings.contains { $0.contains("1976-05-04") && $0.contains("1976-04-05") })
        #expect(docs.filter { $0.key != Self.imanuel }.allSatisfy { $0.warnings.isEmpty })
    }

    @Test func sa04CountsAgreeWithTheRows() throws {
        let docs = try Self.docs("sa04")
        #expect(docs.map(\.key) == ["sa04"])
        let frames = docs[0].frames
        let t = Self.text(frames)
        #expect(t.contains("Jumlah calon: 10; Memenuhi Syarat: 7; Tidak Memenuhi Syarat: 3"))
        let runs = frames.flatMap(\.runs)
        // The Hasil column, plus one of each in the legend.
        #expect(runs.filter { $0.text == "MS" }.count == 7 + 1)
        #expect(runs.filter { $0.text == "TMS" }.count == 3 + 1)
        // Nine marks per candidate: one ✗ for each of the three TMS (R7, R1, R6), the legend has one of each.
        #expect(runs.filter { $0.text.contains("✗") }.count == 3 + 1)
        #expect(runs.filter { $0.text.contains("✓") }.count == 87 + 1)
        for nip in Self.all { #expect(t.contains(Self.grouped(nip))) }
        for (n, page) in frames.enumerated() {
            #expect(page.text.contains("Halaman \(n + 1) dari \(frames.count)"))
            #expect(page.runs.contains { $0.text == "R9" }, "no header on page \(n + 1)")
        }
        // Sorted by name: Anton first, Raden Roro (nama) after Juliana.
        let anton = try #require(t.range(of: Self.grouped(Self.anton)))
        let juliana = try #require(t.range(of: Self.grouped(Self.juliana)))
        let hadiningrat = try #require(t.range(of: Self.grouped(Self.hadiningrat)))
        #expect(anton.lowerBound < juliana.lowerBound && juliana.lowerBound < hadiningrat.lowerBound)
    }

    @Test func sa05OnlyForMSNumberedInDocumentOrder() throws {
        let docs = try Self.docs("sa05")
        let made = docs.filter { !$0.frames.isEmpty }
        #expect(made.map(\.key) == Self.memenuhi)
        #expect(Set(docs.filter { $0.frames.isEmpty }.map(\.key)) == [Self.cornelis, Self.elvira, Self.fransiskus])
        for (i, doc) in made.enumerated() {
            let t = Self.text(doc.frames)
            #expect(doc.frames.count == 1)
            #expect(t.contains(String(format: "Nomor: 800/%03d/Disdik/2026", i + 1)), "\(doc.key) is not letter \(i + 1)")
            #expect(t.contains("SURAT REKOMENDASI"))
            #expect(t.contains(Self.grouped(doc.key)))
            #expect(t.contains("DINAS PENDIDIKAN"))   // the kop surat
        }
    }

    @Test func sa05SkipsAreReportedNotRejected() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let f = Repo.fixtures + "/diklat"
        let r = try runTool(Repo.cetak, ["render", "sa05", "--data", f + "/calon.csv", "--context", f + "/konteks.json",
                                         "--out", dir, "--report", dir + "/r.json", "--quiet"])
        #expect(r.code == 0, "\(r.err)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/r.json"))) as? [String: Any])
        let skipped = try #require(report["skipped"] as? [[String: Any]])
        #expect(Set(skipped.compactMap { $0["key"] as? String }) == [Self.cornelis, Self.elvira, Self.fransiskus])
        #expect(skipped.allSatisfy { ($0["reason"] as? String) == "TIDAK MEMENUHI SYARAT" })
        #expect((report["rejected"] as? [Any])?.isEmpty == true)
        #expect((report["documents"] as? [Any])?.count == 7)
    }

    // MARK: SA.01 / SA.02

    @Test func sa01AndSa02FillTheCandidate() throws {
        let sa01 = try Self.docs("sa01")
        #expect(sa01.map(\.key) == Self.all)
        let j = Self.text(try #require(sa01.first { $0.key == Self.juliana }).frames)
        #expect(j.contains("Manokwari, 10 Februari 2026"))
        #expect(j.contains("Lamaran Calon Pengawas Sekolah/Madrasah"))
        #expect(j.contains("Manokwari, 22 Agustus 1978"))   // tanggal_lahir taken from the NIP
        #expect(j.contains("9. Dokumen yang menunjukkan keterampilan dan keahlian bidang pengawasan."))

        let sa02 = try Self.docs("sa02")
        let d = try #require(sa02.first { $0.key == Self.dominggus })
        let t = Self.text(d.frames)
        #expect(t.contains("6 tahun 0 bulan"))               // masa kerja at tanggal_daftar
        #expect(t.components(separatedBy: "Tidak ada").count - 1 == 4) // no pendidikan, diklat, prestasi, pembimbingan
        let a = Self.text(try #require(sa02.first { $0.key == Self.anton }).frames)
        #expect(!a.contains("Tidak ada"))
        #expect(a.contains("Diklat Penguatan Kepala Sekolah"))
    }

    // MARK: PCPS.01

    @Test func pcps01PrintsEveryStageWithTwoDecimals() throws {
        let docs = try Self.docs("pcps01")
        #expect(docs.map(\.key) == ["pcps01"])
        let lines = Self.text(docs[0].frames).components(separatedBy: "\n")
        func row(_ nip: String) -> String? { lines.first { $0.contains(Self.grouped(nip)) } }
        let expected: [(String, String)] = [
            (Self.anton, "76,00 76,00 76,00 76,00 Baik LULUS"),
            (Self.beatrix, "85,00 85,15 85,00 85,08 Baik LULUS"),         // NA 85,075 rounds half up
            (Self.dominggus, "75,99 75,99 75,99 75,99 Cukup TIDAK LULUS"),
            (Self.gerson, "90,99 90,99 90,99 90,99 Baik LULUS"),
            (Self.hadiningrat, "91,00 91,00 91,00 91,00 Amat Baik LULUS"),
            (Self.imanuel, "72,75 70,70 73,10 71,85 Cukup TIDAK LULUS"),  // makalah "70,5"
            (Self.juliana, "82,60 81,65 82,80 82,20 Baik LULUS"),
        ]
        for (nip, values) in expected {
            let r = try #require(row(nip), "no row for \(nip)")
            #expect(r.hasSuffix(values), "row of \(nip): \(r)")
        }
        for nip in [Self.cornelis, Self.elvira, Self.fransiskus] { #expect(row(nip) == nil) }
        #expect(!lines.contains { $0.contains("85,07") || $0.contains("85.0") })
        #expect(Self.flat(docs[0].frames).contains("Jumlah peserta: 7; Amat Baik: 1; Baik: 4; Cukup: 2. Lulus: 5; Tidak Lulus: 2."))
    }

    // MARK: STTPP

    @Test func sttppForLulusOnlyWithTwoPages() throws {
        let docs = try Self.docs("sttpp")
        let made = docs.filter { !$0.frames.isEmpty }
        #expect(made.map(\.key) == Self.lulus)
        let sebutan = [Self.anton: "BAIK", Self.beatrix: "BAIK", Self.gerson: "BAIK", Self.hadiningrat: "AMAT BAIK", Self.juliana: "BAIK"]
        let na = [Self.anton: "76,00", Self.beatrix: "85,08", Self.gerson: "90,99", Self.hadiningrat: "91,00", Self.juliana: "82,20"]
        for (i, doc) in made.enumerated() {
            #expect(doc.frames.count == 2, "STTPP of \(doc.key) has \(doc.frames.count) pages")
            let p1 = Self.flat([doc.frames[0]]), p2 = Self.flat(Array(doc.frames.dropFirst()))
            #expect(p1.contains("SURAT TANDA TAMAT PENDIDIKAN DAN PELATIHAN"))
            #expect(p1.contains(String(format: "Nomor: STTPP/2026/%04d", [1, 2, 3, 4, 5][i])))
            #expect(p1.contains("dengan jumlah 161 Jam Pelajaran dan dinyatakan LULUS dengan sebutan \(sebutan[doc.key]!)."))
            #expect(p1.contains(String(format: "(NRCPS): NRCPS.2026.%04d", [1, 2, 3, 4, 5][i])))
            #expect(p1.contains(Self.grouped(doc.key)))
            #expect(p2.contains("DAFTAR MATA DIKLAT"))
            #expect(p2.contains("Jumlah Jam Pelajaran 161 JP"))
            for jp in ["Jumlah OJT-I 25 JP", "Jumlah IJT 61 JP", "Jumlah OJT-II 75 JP"] { #expect(p2.contains(jp)) }
            #expect(p2.contains("Nilai Akhir \(na[doc.key]!)"))
        }
        // The photo: a frame with the text when the data has none, the picture otherwise.
        let h = try #require(made.first { $0.key == Self.hadiningrat })
        #expect(h.frames[0].text.contains("Pas foto 3 x 4"))
        #expect(!h.frames[0].items.contains { $0.isPhoto })
        let j = try #require(made.first { $0.key == Self.juliana })
        #expect(!j.frames[0].text.contains("Pas foto 3 x 4"))
        #expect(j.frames[0].items.contains { $0.isPhoto })
    }

    @Test func longNameStaysOnOneLineInsideThePage() throws {
        let docs = try Self.docs("sttpp")
        let page = try #require(docs.first { $0.key == Self.hadiningrat }?.frames.first)
        #expect(page.text.contains(Self.longName))
        let margin = 22 * 72 / 25.4
        for r in page.runs {
            #expect(r.origin.x >= margin - 0.5, "\"\(r.text)\" starts left of the margin")
            #expect(r.origin.x + r.width <= page.width - margin + 0.5, "\"\(r.text)\" runs past the right margin")
        }
        // Shrunk, not wrapped: every word of the name on one baseline, at 9 pt or more.
        let first = try #require(page.runs.first { $0.text.contains("Kusumawardhani") })
        let line = page.runs.filter { abs($0.origin.y - first.origin.y) < 0.5 }
        #expect(line.map(\.text).joined(separator: " ").contains(Self.longName))
        #expect(line.allSatisfy { $0.size >= 9 })
    }

    @Test func qrCodeDecodesToWhatTheCertificatePrints() throws {
        let docs = try Self.docs("sttpp")
        let doc = try #require(docs.first { $0.key == Self.beatrix })
        let png = NSTemporaryDirectory() + "cetak-sttpp-qr-\(UUID().uuidString).png"
        defer { try? FileManager.default.removeItem(atPath: png) }
        try PNGRenderer().write(doc.frames[0], dpi: 200, to: png)
        let r = try runTool("/usr/bin/zbarimg", ["--raw", "-q", png])
        #expect(r.code == 0, "zbarimg: \(r.err)")
        let decoded = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(decoded == "STTPP/2026/0002|NRCPS.2026.0002|197202111997032002|85,08")
        let parts = decoded.split(separator: "|").map(String.init)
        try #require(parts.count == 4)
        let p1 = Self.flat([doc.frames[0]]), p2 = Self.flat([doc.frames[1]])
        #expect(p1.contains("Nomor: " + parts[0]))
        #expect(p1.contains("(NRCPS): " + parts[1]))
        #expect(p1.contains(Self.grouped(parts[2])))
        #expect(p2.contains("Nilai Akhir " + parts[3]))
    }

    // MARK: Rejected records (Fixtures/diklat-bad)

    @Test func badRecordsAreRejectedAndTheOthersRender() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bad = Repo.fixtures + "/diklat-bad"
        let r = try runTool(Repo.cetak, ["render", "sa03", "--data", bad + "/calon.csv", "--context", bad + "/konteks.json",
                                         "--out", dir, "--report", dir + "/sa03.json", "--quiet"])
        #expect(r.code == 1, "exit \(r.code): \(r.err)")
        #expect(r.err.contains("calon.csv:3:nip"))
        #expect(r.err.contains("calon.csv:4:tanggal_lahir"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/sa03.json"))) as? [String: Any])
        let docs = try #require(report["documents"] as? [[String: Any]])
        #expect(docs.compactMap { $0["key"] as? String } == ["197302101998031001", "197604052001031009", "197707072002032005"])
        for d in docs { #expect(FileManager.default.fileExists(atPath: d["file"] as? String ?? "")) }
        let rejected = try #require(report["rejected"] as? [[String: Any]])
        #expect(rejected.count == 2)
        #expect(rejected.contains { ($0["line"] as? Int) == 3 && ($0["column"] as? String) == "nip" && ($0["value"] as? String) == "19750312200003100" })
        #expect(rejected.contains { ($0["line"] as? Int) == 4 && ($0["column"] as? String) == "tanggal_lahir" && ($0["value"] as? String) == "1976-02-30" })
        #expect(rejected.allSatisfy { ($0["file"] as? String)?.hasSuffix("diklat-bad/calon.csv") == true })
        let warnings = try #require(report["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["key"] as? String) == "197604052001031009" && (($0["message"] as? String)?.contains("1976-05-04") ?? false) })

        // A grade above 100 rejects that nilai record (PCPS.01 still renders for the others).
        let p = try runTool(Repo.cetak, ["render", "pcps01", "--data", bad + "/calon.csv", "--data", bad + "/nilai.csv",
                                         "--context", bad + "/konteks.json", "--out", dir, "--report", dir + "/pcps01.json", "--quiet"])
        #expect(p.code == 1)
        let pr = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/pcps01.json"))) as? [String: Any])
        let prej = try #require(pr["rejected"] as? [[String: Any]])
        #expect(prej.contains { ($0["file"] as? String)?.hasSuffix("nilai.csv") == true && ($0["line"] as? Int) == 3
                                && ($0["column"] as? String) == "rtp" && ($0["value"] as? String) == "100.5" })
        #expect(FileManager.default.fileExists(atPath: dir + "/pcps01/pcps01.pdf"))
    }

    // MARK: the PDF checks over every Diklat PDF, filled and blank

    @Test func everyDiklatPDFPassesThePDFChecks() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let f = Repo.fixtures + "/diklat"
        var files: [String] = []
        for form in ["sa01", "sa02", "sa03", "sa04", "sa05", "pcps01", "sttpp"] {
            let data = Repo.dataFiles(form, in: f).flatMap { ["--data", $0] }
            let r = try runTool(Repo.cetak, ["render", form, "--context", f + "/konteks.json", "--out", dir, "--quiet"] + data)
            #expect(r.code == 0, "\(form): \(r.err)")
            let b = try runTool(Repo.cetak, ["render", form, "--blank", "--out", dir + "/blank", "--quiet"])
            #expect(b.code == 0, "\(form) --blank: \(b.err)")
            for sub in [dir + "/" + form, dir + "/blank/" + form] {
                files += (try FileManager.default.contentsOfDirectory(atPath: sub)).filter { $0.hasSuffix(".pdf") }.map { sub + "/" + $0 }
            }
        }
        #expect(files.count == 10 + 10 + 10 + 1 + 7 + 1 + 5 + 7)
        for file in files.sorted() {
            let p = PDFCheck().problems(file)
            #expect(p.isEmpty, "\(file): \(p.joined(separator: "; "))")
        }
    }
}

extension FrameItem {
    /// A placed picture that is not the letterhead logo (the photo box of the STTPP).
    var isPhoto: Bool {
        if case .image(let i) = self { return i.path.hasSuffix(".png") && !i.path.contains("logo") }
        return false
    }
}
