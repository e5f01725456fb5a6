import Cetak
import CetakCore
import Foundation
import Testing

/// docs/forms.md's page rules over every form, on the sample data, the test fixtures, blank, and generated
/// data that is neither (many rows, few, names and texts short and very long): closing matter never
/// alone on a page, signatures with the last data rows of the table above them, blank forms one
/// sheet, a continued journal showing its day, the sample monthly reports of short months one page.
@Suite(.serialized) struct PageRulesTests {
    static let forms = FormCatalog(folder: Repo.templates).entries.map(\.id)

    /// Lays out every document of `form` over `folder` (nil: blank) and records what breaks the rules.
    static func check(_ form: String, _ folder: String?, _ what: String) throws {
        for doc in try Repo.layoutAll(PageRules.options(form, folder: folder)) {
            for v in PageRules.violations(doc.frames) { Issue.record("\(form) \(doc.key) (\(what)): \(v)") }
        }
    }

    @Test(arguments: forms)
    func sampleDataKeepsThePageRules(_ form: String) throws {
        try Self.check(form, Repo.root + "/Data/" + PageRules.program(form), "Data/")
        try Self.check(form, Repo.fixtures + "/" + PageRules.program(form), "fixtures")
    }

    @Test(arguments: forms)
    func blankFormKeepsThePageRulesOnTheSeedsSheets(_ form: String) throws {
        try Self.check(form, nil, "blank")
        let docs = try Repo.layoutAll(PageRules.options(form, folder: nil))
        let doc = try #require(docs.first)
        // One sheet, and one more for each part the seed puts on a page of its own (a Lampiran, the
        // back of a certificate); the DRH runs to two pages in the seed.
        let path = try #require(FormCatalog(folder: Repo.templates).entry(form)?.path)
        let breaks = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "<page-break").count - 1
        let sheets = form == "sa02" ? 2 : 1 + breaks
        #expect(doc.frames.count <= sheets, "blank \(form): \(doc.frames.count) pages, the seed form has \(sheets)")
    }

    @Test(arguments: forms)
    func blankFormComputesNothingAndLeavesNoLonePunctuation(_ form: String) throws {
        let doc = try #require(try Repo.layoutAll(PageRules.options(form, folder: nil)).first)
        for (n, page) in doc.frames.enumerated() {
            for line in page.text.split(separator: "\n").map(String.init) {
                // A verdict or count printed on a blank form is computed from nothing; as a label before a blank it is fine.
                for verdict in ["Tidak Lolos", "Tidak Ada", "Tidak Ditetapkan", "TIDAK LULUS", "Ditetapkan", "Lolos", "TMS", "MS"] {
                    for range in line.ranges(of: verdict) {
                        let after = line[range.upperBound...].drop { $0 == " " }
                        let before = line[..<range.lowerBound].last
                        let word = (before.map { !$0.isLetter } ?? true) && (line[range.upperBound...].first.map { !$0.isLetter } ?? true)
                        guard word else { continue }
                        #expect(after.hasPrefix(":") || after.hasPrefix("…") || after.hasPrefix("/") || after.hasPrefix(")") || line.contains("apabila") || line.contains("="),
                                "blank \(form) page \(n + 1) prints \(verdict): \(line)")
                    }
                }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                #expect(trimmed != "," && !trimmed.hasPrefix(", ") && !trimmed.hasSuffix(" ,") && !line.contains(" , "),
                        "blank \(form) page \(n + 1) has a lone comma: \(line)")
                #expect(!trimmed.hasSuffix("Pos-el:") && !trimmed.hasPrefix("Telepon –"), "blank \(form) page \(n + 1): \(line)")
                if trimmed.hasPrefix("Nomor :") || trimmed.hasPrefix("Nomor:") { #expect(trimmed.contains("…"), "blank \(form) page \(n + 1): Nomor without a blank: \(line)") }
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func generatedKemitraanKeepsThePageRules(_ seed: UInt64) throws {
        let folder = try SyntheticData.kemitraan(seed: seed)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for form in Self.forms where PageRules.program(form) == "kemitraan" { try Self.check(form, folder, "generated \(seed)") }
    }

    @Test func generatedDiklatKeepsThePageRules() throws {
        let folder = try SyntheticData.diklat(candidates: 30, seed: 7)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for form in Self.forms where PageRules.program(form) == "diklat" { try Self.check(form, folder, "generated 30") }
    }

    @Test func summariesOfEveryLengthKeepThePageRules() throws {
        // The one-per-run summaries, from one candidate to past two pages: every way a page can end.
        for n in 1...46 {
            let diklat = try SyntheticData.diklat(candidates: n, seed: UInt64(n))
            let model = try SyntheticData.sekolahModel(candidates: n, seed: UInt64(n))
            defer { try? FileManager.default.removeItem(atPath: diklat); try? FileManager.default.removeItem(atPath: model) }
            for form in ["sa04", "pcps01"] { try Self.check(form, diklat, "\(n) candidates") }
            for form in ["f01-1", "f01-3", "f01-4", "f01-6", "f01-7"] { try Self.check(form, model, "\(n) candidates") }
        }
    }

    @Test func generatedSekolahModelKeepsThePageRules() throws {
        let folder = try SyntheticData.sekolahModel(candidates: 25, seed: 11)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for form in Self.forms where PageRules.program(form) == "sekolah-model" { try Self.check(form, folder, "generated 25") }
    }

    @Test func continuedJournalShowsTheDayOnEveryPage() throws {
        // Thirty activities, the first 26 on one day: the second page holds that day only, so without
        // the day printed again on its first row it would not say which day it is.
        let d = try SyntheticData(program: "kemitraan", seed: 5)
        defer { try? FileManager.default.removeItem(atPath: d.folder) }
        let sample = try SyntheticData.sample("kemitraan", "kegiatan")
        var rows: [[String: String]] = []
        for i in 0..<30 {
            var r = sample.rows[i % sample.rows.count]
            r["mitra_id"] = "M01"; r["tahap"] = "ojl1"
            r["tanggal"] = i < 26 ? "2019-07-22" : "2019-07-23"
            r["jam"] = String(format: "%02d.%02d", 7 + i / 4, i % 4 * 15)
            rows.append(r)
        }
        try d.write("kegiatan", SyntheticData.Sheet(header: sample.header, rows: rows))
        var o = PageRules.options("jurnal-ojl1", folder: d.folder)
        o.only = ["M01"]
        let doc = try #require(try Repo.layoutAll(o).first)
        #expect(doc.frames.count >= 3)
        var pagesWithRows = 0
        for (n, page) in doc.frames.enumerated() where page.content.blocks.contains(where: Self.hasDataRows) {
            pagesWithRows += 1
            // The first data row of the page (the line under the column numbers) starts with its day.
            let lines = page.text.split(separator: "\n").map(String.init)
            let numbers = try #require(lines.firstIndex { $0.hasPrefix("(1)") && $0.contains("(5)") }, "page \(n + 1) has no column numbers")
            let first = numbers + 1 < lines.count ? lines[numbers + 1] : ""
            #expect(first.hasPrefix("Senin, 22 Juli 2019") || first.hasPrefix("Selasa, 23 Juli 2019"),
                    "jurnal page \(n + 1) starts with \(first), not its day")
        }
        #expect(pagesWithRows >= 3)
        for v in PageRules.violations(doc.frames) { Issue.record("jurnal M01: \(v)") }
    }

    static func hasDataRows(_ b: PlacedBlock) -> Bool {
        if case .table(.grid, let data, _, _) = b.kind { return data > 0 }
        return false
    }

    @Test func sampleMonthsOfUpToThreeActivitiesAreOnePage() throws {
        // Every sample month of one to three activities is one sheet (rows of six to eight lines included:
        // M04-2020-01, M06-2020-01, M07-2019-12).
        let docs = try Repo.layoutAll(PageRules.options("laporan-bulanan", folder: Repo.root + "/Data/kemitraan"))
        var small = 0
        for doc in docs {
            let text = doc.frames.map(\.text).joined(separator: "\n")
            guard let r = text.range(of: "Jumlah kegiatan: "),
                  let n = Int(text[r.upperBound...].prefix { $0.isNumber }) else {
                Issue.record("laporan-bulanan \(doc.key) has no count line")
                continue
            }
            if n <= 3 {
                small += 1
                #expect(doc.frames.count == 1, "laporan-bulanan \(doc.key) (\(n) activities) takes \(doc.frames.count) pages")
            }
        }
        #expect(small >= 15, "the sample has \(small) months of up to three activities")
    }
}
