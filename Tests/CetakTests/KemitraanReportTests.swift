import Cetak
import CetakCore
import Foundation
import Testing

/// The three Kemitraan reports against what docs/forms.md and docs/rules.md demand.
@Suite struct KemitraanReportTests {
    @Test func monthWith46ActivitiesSpansPagesWithHeaderAndChecks() throws {
        let docs = try Repo.layoutAll(Repo.kemitraanOptions("laporan-bulanan"))
        let sept = try #require(docs.first { $0.key == "M1-2019-09" })
        #expect(sept.frames.count >= 3)
        let marginTop = 15 * 72 / 25.4
        for (n, page) in sept.frames.enumerated() {
            // The header row is on every page, at the top of the table.
            let head = try #require(page.runs.first { $0.text == "Keterlaksanaan" }, "page \(n + 1) has no table header")
            let rowNumbers = page.runs.filter { $0.text.hasSuffix(".") && Int($0.text.dropLast()) != nil }
            if n > 0 {
                #expect(head.origin.y < marginTop + 30, "header not at the top of page \(n + 1)")
                if let firstRow = rowNumbers.map(\.origin.y).min() { #expect(head.origin.y < firstRow) }
            }
        }
        // Exactly one check per row, in the column that applies: 40 terlaksana, 6 tidak.
        let width = sept.frames[0].width
        let right = width - 15 * 72 / 25.4
        let col = 24 * 72 / 25.4
        var done = 0, notDone = 0
        for page in sept.frames {
            for r in page.runs where r.text == "✓" {
                let x = r.origin.x
                if x > right - col { notDone += 1 } else if x > right - 2 * col { done += 1 } else { Issue.record("✓ outside the Keterlaksanaan columns at x=\(x)") }
            }
        }
        #expect(done == 40)
        #expect(notDone == 6)
        let text = sept.frames.map(\.text).joined(separator: "\n")
        #expect(text.contains("Jumlah kegiatan: 46; terlaksana: 40 (87%)"))
        #expect(text.contains("Bulan : September 2019") || text.contains("September 2019"))
        #expect(text.contains("46."))
        #expect(!text.contains("47."))
    }

    @Test func monthlyReportsExistOnlyForMonthsWithRows() throws {
        let keys = try Repo.layoutAll(Repo.kemitraanOptions("laporan-bulanan")).map(\.key)
        #expect(keys == ["M1-2019-09", "M3-2019-12"])
    }

    @Test func monthlyPercentageRoundsHalfUpAndPadsToFiveRows() throws {
        let docs = try Repo.layoutAll(Repo.kemitraanOptions("laporan-bulanan"))
        let dec = try #require(docs.first { $0.key == "M3-2019-12" })
        let text = dec.frames.map(\.text).joined(separator: "\n")
        #expect(text.contains("Jumlah kegiatan: 2; terlaksana: 1 (50%)"))
        for n in 1...5 { #expect(text.contains("\(n).")) }
        #expect(dec.frames.flatMap(\.runs).filter { $0.text == "✓" }.count == 2)
    }

    @Test func waktuSpansMonthsAndEmptyMitraStillRenders() throws {
        let docs = try Repo.layoutAll(Repo.kemitraanOptions("laporan-ojl1"))
        #expect(docs.map(\.key) == ["M1", "M2", "M3"])
        let m1 = docs[0].frames.map(\.text).joined(separator: "\n")
        #expect(m1.contains("29 Juli – 2 Agustus 2019"))
        let m3 = docs[2].frames.map(\.text).joined(separator: "\n")
        #expect(m3.contains("22 – 26 Juli 2019"))
        // M2 has no OJL 1 rows: header filled in, five empty numbered rows, a warning.
        let m2 = docs[1]
        #expect(m2.frames.count == 1)
        let t2 = m2.frames[0].text
        #expect(t2.contains("Fransina Latumahina, S.Pd., M.Pd."))
        for n in 1...5 { #expect(t2.contains("\(n).")) }
        #expect(!m2.warnings.isEmpty)
    }

    @Test func pageOneCarriesEveryLabelOfTheSeed() throws {
        // Lampiran E, F, G of kemitraan-kepala-sekolah-2019: labels, column headings, signature lines.
        let common = ["Nama Kepala Sekolah Mitra", "Nama Kepala Sekolah Inti", "No", "Kegiatan", "Tujuan", "Indikator Hasil",
                      "Uraian Pelaksanaan", "Mengetahui,", "Kepala sekolah Inti", "Kepala sekolah mitra"]
        let forms: [(String, [String])] = [
            ("laporan-ojl1", ["LAPORAN KEGIATAN", "ON THE JOB LEARNING (OJL1) DI SEKOLAH INTI", "Waktu", "Waktu dan Tempat", "Hasil yang dicapai"]),
            ("laporan-ojl2", ["LAPORAN KEGIATAN", "ON THE JOB LEARNING (OJL 2) DI SEKOLAH MITRA", "Waktu", "Waktu dan Tempat", "Hasil yang dicapai"]),
            ("laporan-bulanan", ["LAPORAN BULANAN KEGIATAN", "PENDAMPINGAN PROGRAM KEMITRAAN KS 2019", "Bulan", "Keterlaksanaan", "Terlaksana", "Tidak Terlaksana"]),
        ]
        for (form, own) in forms {
            var o = Repo.kemitraanOptions(form)
            o.blank = true
            let doc = try #require(try Repo.layoutAll(o).first)
            let page = doc.frames[0].text.replacingOccurrences(of: "\n", with: " ")
            for label in common + own {
                #expect(page.contains(label), "\(form) page 1 lacks \"\(label)\"")
            }
        }
    }
}
