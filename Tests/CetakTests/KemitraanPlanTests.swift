import Cetak
import CetakCore
import Foundation
import Testing

/// The Kemitraan plans and the journal (Lampiran A–D, H–J) over the fixtures, against docs/forms.md and the seed.
@Suite struct KemitraanPlanTests {
    static let mitraForms = ["rencana-tindak-ojl1", "jurnal-ojl1", "rtl-ojl2-mitra", "rtl-ojl3-mitra"]
    /// Lampiran A waits for data.peta_kebutuhan (Templates/kemitraan/peta-kebutuhan-rtl.xml.pending).
    static let hasPeta = FormCatalog(folder: Repo.templates).entry("peta-kebutuhan-rtl") != nil
    static let formsWithPetunjuk = mitraForms + ["rtl-ojl3-imbas", "rencana-pendampingan-korwas"] + (hasPeta ? ["peta-kebutuhan-rtl"] : [])

    static func docs(_ form: String, switches: [String: Bool] = [:]) throws -> [(key: String, frames: [Frame], warnings: [String])] {
        var o = try Repo.fixtureOptions(form)
        #expect(!o.blank, "\(form): no fixture folder holds every dataset it reads")
        o.switches = switches
        return try Repo.layoutAll(o)
    }

    static func text(_ frames: [Frame]) -> String { frames.map(\.text).joined(separator: "\n") }

    /// The words of the first table column, top to bottom, from the column-number row "(1)" on.
    static func firstColumn(_ frames: [Frame], width: Double) -> String {
        var words: [String] = []
        for page in frames {
            guard let numbers = page.runs.first(where: { $0.text == "(1)" }) else { continue }
            let left = page.runs.filter { $0.origin.y > numbers.origin.y + 1 }.map(\.origin.x).min() ?? 0
            let column = page.runs.filter { $0.origin.y > numbers.origin.y + 1 && $0.origin.x < left + width }
                .sorted { abs($0.origin.y - $1.origin.y) > 0.5 ? $0.origin.y < $1.origin.y : $0.origin.x < $1.origin.x }
            words += column.map(\.text)
        }
        return words.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    /// True when the texts occur in this order.
    static func inOrder(_ text: String, _ parts: [String]) -> Bool {
        var from = text.startIndex
        for p in parts {
            guard let r = text.range(of: p, range: from..<text.endIndex) else { return false }
            from = r.upperBound
        }
        return true
    }

    @Test func fixedActivitiesKeepTheSeedOrderAndOthersFollow() throws {
        let docs = try Self.docs("rencana-tindak-ojl1")
        let m1 = try #require(docs.first { $0.key == "M1" })
        let col = Self.firstColumn(m1.frames, width: 37 * 72 / 25.4)
        let seed = ["Perkenalan KS mitra dengan komunitas sekolah inti", "Orientasi lingkungan sekolah inti",
                    "Observasi praktik managerial di sekolah inti", "Observasi praktik supervisi di sekolah inti",
                    "Observasi praktik pengembangan kewirausahaan di sekolah inti",
                    "Praktik pelaksanaan supervisi pembelajaran di sekolah inti",
                    "Menyusun rencana tindak lanjut hasil OJL 1 yang akan diterapkan di sekolah mitra."]
        // The CSV lists them shuffled, with the extra activity in the middle.
        #expect(Self.inOrder(col, seed + ["Studi tata kelola dana BOS di sekolah inti"]), "column (1) reads: \(col)")
        // Each fixed row carries its own data: the managerial row has the managerial waktu.
        let text = Self.text(m1.frames)
        #expect(text.contains("Senin, 29 Juli 2019"))   // waktu_tahap1 2019-07-29 printed with | hari
        // M3 has three of the seven: the other four are still printed, in order, with empty cells.
        let m3 = try #require(docs.first { $0.key == "M3" })
        #expect(Self.inOrder(Self.firstColumn(m3.frames, width: 37 * 72 / 25.4), seed))
        let t3 = Self.text(m3.frames)
        #expect(Self.inOrder(t3, ["Senin, 22 Juli 2019", "Rabu, 24 Juli 2019", "Jumat, 26 Juli 2019"]))
    }

    @Test(.enabled(if: hasPeta)) func petaKebutuhanCompetencesAreFixed() throws {
        let docs = try Self.docs("peta-kebutuhan-rtl")
        #expect(docs.map(\.key) == ["M1", "M2", "M3"])
        let m1 = try #require(docs.first { $0.key == "M1" })
        let text = Self.text(m1.frames)
        // The file has Pengembangan Kewirausahaan, Manajerial, Supervisi Akademik; the form keeps the seed's order.
        #expect(Self.inOrder(text, ["1. Manajerial", "2. Supervisi Akademik", "3. Pengembangan"]))
        #expect(Self.inOrder(text, ["Penyusunan KTSP", "Umpan balik", "Belum memahami"]))
        for label in ["Baseline (Kondisi Awal)", "Peta Pengetahuan", "Rapor Mutu Sekolah", "Prioritas Kebutuhan", "Keterangan",
                      "(1) (2) (3) (4) (5) (6) (7)", "Berdasarkan peta kebutuhan RTL", "Kepala Sekolah Inti", "Kepala Sekolah Mitra"] {
            #expect(text.contains(label), "missing \(label)")
        }
        // M2 has no rows: the three competences are printed all the same, and the run warns.
        let m2 = try #require(docs.first { $0.key == "M2" })
        #expect(Self.inOrder(Self.text(m2.frames), ["1. Manajerial", "2. Supervisi Akademik", "3. Pengembangan"]))
        #expect(!m2.warnings.isEmpty)
    }

    @Test func imbasPlanNamesItsMitraAndInti() throws {
        let docs = try Self.docs("rtl-ojl3-imbas")
        #expect(docs.map(\.key) == ["B1"])
        let text = Self.text(docs[0].frames)
        #expect(text.contains("RENCANA TINDAK LANJUT OJL 3 KEPALA SEKOLAH IMBAS"))
        #expect(text.contains("Nama KS Imbas : Markus Yoku, S.Pd. Nama Sekolah Imbas : SMP Negeri 2 Sentani"))
        #expect(text.contains("Nama KS Mitra : Yosias Wenda, S.Pd. Nama Sekolah Mitra : SMP Negeri 1 Sentani"))
        #expect(text.contains("Nama KS Inti : Dra. Endang Setyaningsih, M.Pd. Nama Sekolah Inti : SMP Negeri 8 Yogyakarta"))
        #expect(text.contains("Kepala Sekolah Mitra Kepala Sekolah Imbas"))
        #expect(text.contains("Yosias Wenda, S.Pd. Markus Yoku, S.Pd."))
        // Only the Imbas's own rows, not its Mitra's rtl-ojl3 rows.
        #expect(text.contains("Penataan pojok baca"))
        #expect(!text.contains("Forum komunitas KS Mitra"))
        #expect(docs[0].warnings.isEmpty)
    }

    @Test func rtlTablesSpanWaktuPelaksanaanOverBothStages() throws {
        for form in ["rtl-ojl2-mitra", "rtl-ojl3-mitra", "rtl-ojl3-imbas"] {
            let first = try #require(try Self.docs(form).first)
            let text = first.frames[0].text
            for label in ["Kegiatan", "Frekuensi", "Tujuan", "Langkah-langkah Kegiatan", "Tagihan/Bukti", "Waktu Pelaksanaan",
                          "Tahap 1 Tahap 2", "(1) (2) (3) (4) (5) (6)"] {
                #expect(text.contains(label), "\(form): missing \(label)")
            }
            #expect(!text.contains("(7)"), "\(form): (6) spans Tahap 1 and Tahap 2")
            // "Waktu Pelaksanaan" is centred over the two Tahap columns.
            let page = first.frames[0]
            let waktu = try #require(page.runs.first { $0.text.hasPrefix("Waktu") })
            let tahap = page.runs.filter { $0.text.hasPrefix("Tahap") && abs($0.origin.y - waktu.origin.y) < 30 && $0.origin.y > waktu.origin.y }
                .sorted { $0.origin.x < $1.origin.x }
            #expect(tahap.count == 2, "\(form): Tahap 1 and Tahap 2 under Waktu Pelaksanaan")
            if tahap.count == 2 {
                let centre = waktu.origin.x + waktu.width / 2
                #expect(tahap[0].origin.x < centre && centre < tahap[1].origin.x + tahap[1].width)
            }
        }
    }

    @Test func journalPrintsWeekdaysOncePerDay() throws {
        let docs = try Self.docs("jurnal-ojl1")
        let m1 = try #require(docs.first { $0.key == "M1" })
        let text = Self.text(m1.frames)
        #expect(Self.inOrder(text, ["Senin, 29 Juli 2019", "Selasa, 30 Juli 2019", "Rabu, 31 Juli 2019",
                                    "Kamis, 1 Agustus", "Jumat, 2 Agustus"]))
        #expect(text.contains("Jumat, 2 Agustus 2019"))
        // Two activities on 31 July: the date is printed on the first only.
        #expect(text.components(separatedBy: "31 Juli 2019").count - 1 == 1)
        let page = m1.frames[0]
        let second = try #require(page.runs.first { $0.text.hasPrefix("10.30") })
        let dateColumnEnd = second.origin.x - 1
        #expect(!page.runs.contains { abs($0.origin.y - second.origin.y) < 0.5 && $0.origin.x < dateColumnEnd },
                "the second row of 31 July has something in the Hari / Tgl column")
        let first = try #require(page.runs.first { $0.text.hasPrefix("Rabu") })
        #expect(first.origin.y < second.origin.y)
        for label in ["JURNAL KEGIATAN ON THE JOB LEARNING 1", "Hari / Tgl", "Jam", "Hasil Kegiatan", "Catatan",
                      "(1) (2) (3) (4) (5)", "Mengetahui,", "Kepala sekolah Inti", "Kepala sekolah mitra", "Petunjuk Pengisian"] {
            #expect(text.contains(label), "missing \(label)")
        }
        // The Petunjuk comes after the signatures, as in the seed.
        #expect(Self.inOrder(text, ["Kepala sekolah mitra", "Petunjuk Pengisian", "Kolom 5"]))
    }

    @Test(arguments: formsWithPetunjuk)
    func petunjukCanBeSwitchedOff(_ form: String) throws {
        let on = try Self.docs(form)
        let off = try Self.docs(form, switches: ["petunjuk": false])
        #expect(on.map(\.key) == off.map(\.key))
        let withText = Self.text(on[0].frames), without = Self.text(off[0].frames)
        #expect(withText.contains("Petunjuk Pengisian"))
        #expect(withText.contains("Kolom"))
        #expect(!without.contains("Petunjuk Pengisian"))
        #expect(!without.contains("Kolom"))
        #expect(!without.contains("Berdasarkan peta kebutuhan"))
        #expect(without.contains("Kepala Sekolah") || without.contains("Kepala sekolah") || without.contains("Koordinator Pengawas Sekolah"))
    }

    @Test func everyPersonGetsHisDocumentEvenWithoutRows() throws {
        let people: [(String, [String])] = Self.mitraForms.map { ($0, ["M1", "M2", "M3"]) }
            + (Self.hasPeta ? [("peta-kebutuhan-rtl", ["M1", "M2", "M3"])] : [])
            + [("rtl-ojl3-imbas", ["B1"]), ("rencana-pendampingan-korwas", ["K1"])]
        for (form, keys) in people {
            let docs = try Self.docs(form)
            #expect(docs.map(\.key) == keys, "\(form)")
            for d in docs { #expect(!d.frames.isEmpty, "\(form) \(d.key) has no page") }
            if let m2 = docs.first(where: { $0.key == "M2" }) {
                // M2 has no plan rows and no OJL 1 activities: header filled in, empty rows, a warning.
                #expect(Self.text(m2.frames).contains("Fransina Latumahina, S.Pd., M.Pd."), "\(form)")
                #expect(!m2.warnings.isEmpty, "\(form): M2 without rows should warn")
            }
            // The blank form is one document.
            var o = try Repo.fixtureOptions(form)
            o.blank = true
            #expect(try Repo.layoutAll(o).count == 1)
        }
    }

    @Test func korwasPlanNumbersItsColumnsFromZero() throws {
        let docs = try Self.docs("rencana-pendampingan-korwas")
        let text = Self.text(docs[0].frames)
        for label in ["RENCANA PENDAMPINGAN OJL 3 KOORDINATOR PENGAWAS SEKOLAH", "Nama Koordinator Pengawas Sekolah : Drs. Hendrik Ohee, M.Pd.",
                      "Kabupaten : Jayapura", "(0) (1) (2) (3) (4) (5)", "Frekuensi", "Langkah-langkah", "Pendampingan",
                      "1.", "3.", "5.", "Koordinator Pengawas Sekolah", "NIP. 19651203 199103 1 007"] {
            #expect(text.contains(label), "missing \(label)")
        }
        #expect(!text.contains("Kepala Sekolah"))
    }
}
