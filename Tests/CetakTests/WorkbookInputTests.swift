import Cetak
import CetakCore
import CetakData
import Foundation
import Testing

/// Issue 11 end to end: a programme kept as one workbook (as LibreOffice saves it: a title row,
/// bordered empty columns, date cells, a konteks sheet) renders exactly what the same data gives as
/// CSV + JSON; dates as people type them give the pages ISO dates give; `--data NAME=FILE`.
@Suite(.serialized) struct WorkbookInputTests {
    static let workbook = Repo.kemitraan + "/program-kemitraan.xlsx"
    static let forms = FormCatalog(folder: Repo.templates).entries.filter { $0.path.contains("/kemitraan/") }.map(\.id)

    /// Page texts of every document: key → texts.
    func pages(_ o: RenderOptions) throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for doc in try Repo.layoutAll(o) { out[doc.key] = doc.frames.map(\.text) }
        return out
    }

    @Test func theKemitraanFormsAreThere() {
        #expect(Self.forms.count >= 10)
    }

    @Test(arguments: forms)
    func aWorkbookWithNoContextFileGivesThePagesOfCSVAndJSON(_ form: String) throws {
        let csv = try Repo.fixtureOptions(form)
        #expect(!csv.blank && csv.contextFile != nil)
        var book = RenderOptions(form: form, templates: Repo.templates)
        book.dataFiles = [Self.workbook]
        let expected = try pages(csv)
        let got = try pages(book)
        #expect(!expected.isEmpty)
        #expect(got.keys.sorted() == expected.keys.sorted())
        for (key, texts) in expected {
            #expect(got[key] == texts, "\(form) \(key): the pages differ")
        }
    }

    @Test func theCLIWritesTheSameBytesFromTheWorkbookAsFromCSVAndJSON() throws {
        let a = makeTemporaryFolder(), b = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        let k = Repo.kemitraan
        let csv = try runTool(Repo.cetak, ["render", "laporan-bulanan", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv",
                                           "--context", k + "/konteks.json", "--out", a, "--quiet", "--templates", Repo.templates])
        let book = try runTool(Repo.cetak, ["render", "laporan-bulanan", "--data", Self.workbook, "--out", b, "--quiet", "--templates", Repo.templates])
        #expect(csv.code == 0 && book.code == 0, "\(csv.err)\(book.err)")
        let files = try FileManager.default.contentsOfDirectory(atPath: a + "/laporan-bulanan").sorted()
        #expect(files.count >= 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: b + "/laporan-bulanan").sorted() == files)
        for f in files {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/laporan-bulanan/" + f))
            let y = try Data(contentsOf: URL(fileURLWithPath: b + "/laporan-bulanan/" + f))
            #expect(x == y, "\(f) differs")
        }
    }

    @Test func theContextFileWinsKeyByKey() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try #"{ "tempat": "Sorong", "instansi": { "kota": "Sorong" } }"#.write(toFile: dir + "/k.json", atomically: true, encoding: .utf8)
        var o = RenderOptions(form: "laporan-bulanan", templates: Repo.templates)
        o.dataFiles = [Self.workbook]
        o.contextFile = dir + "/k.json"
        let plan = try RunPlan.make(o)
        let ctx = try #require(plan.inputs.context.record)
        #expect(ctx["tempat"] == .string("Sorong"))
        #expect(ctx["instansi"].record?["kota"] == .string("Sorong"))
        // Keys the JSON file does not have come from the konteks sheet, nested ones one by one.
        #expect(ctx["instansi"].record?["nama"] == .string("DINAS PENDIDIKAN"))
        #expect(ctx["tanggal"] == .date(CivilDate(year: 2019, month: 12, day: 20)!))
        #expect(ctx["penilai"].list?.count == 2)
        // Image paths: the JSON file's folder first, then the workbook's.
        #expect(plan.inputs.contextFolders == [dir, Repo.kemitraan])
        let text = try pages(o).values.flatMap { $0 }.joined()
        #expect(text.contains("Sorong"))
    }

    /// The Kemitraan kegiatan with every date written another way, weekday included where it fits.
    static func mixedDates(_ iso: String, _ n: Int) -> String {
        guard let d = CivilDate.parse(iso) else { return iso }
        let weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
        let short = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
        let dd = d.day < 10 ? "0\(d.day)" : "\(d.day)", mm = d.month < 10 ? "0\(d.month)" : "\(d.month)"
        switch n % 7 {
        case 0: return DateText.long(d)                                   // 22 Juli 2019
        case 1: return "\(weekdays[d.weekday]), \(DateText.long(d))"      // Senin, 22 Juli 2019
        case 2: return "\(d.description) 00:00:00"                       // 2019-07-22 00:00:00
        case 3: return "\(dd)/\(mm)/\(d.year)"                           // 22/07/2019
        case 4: return "\(d.day).\(d.month).\(d.year) 08.00"             // 22.7.2019 08.00
        case 5: return "\(d.day) \(short[d.month - 1]) \(d.year)"         // 22 Jul 2019
        default: return "\(d.day)-\(mm)-\(d.year)"                       // 22-07-2019
        }
    }

    @Test func datesAsPeopleTypeThemGiveThePagesOfISODates() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let source = try String(contentsOfFile: Repo.kemitraan + "/kegiatan.csv", encoding: .utf8)
        let table = try CSVReader.read(text: source, file: "kegiatan.csv")
        var iso = source, mixed = source
        var n = 0
        for row in table.rows {
            guard let written = row["tanggal"], let d = CivilDate.parse(written) else { continue }
            iso = iso.replacingOccurrences(of: ";\(written);", with: ";\(d.description);")
            mixed = mixed.replacingOccurrences(of: ";\(written);", with: ";\(Self.mixedDates(d.description, n));")
            n += 1
        }
        #expect(mixed != iso)
        try FileManager.default.createDirectory(atPath: dir + "/iso", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/mixed", withIntermediateDirectories: true)
        try iso.write(toFile: dir + "/iso/kegiatan.csv", atomically: true, encoding: .utf8)
        try mixed.write(toFile: dir + "/mixed/kegiatan.csv", atomically: true, encoding: .utf8)
        for form in ["laporan-bulanan", "jurnal-ojl1", "laporan-ojl1"] {
            var a = RenderOptions(form: form, templates: Repo.templates)
            a.dataFiles = [Repo.kemitraan + "/peserta.csv", dir + "/iso/kegiatan.csv"]
            a.contextFile = Repo.kemitraan + "/konteks.json"
            var b = a
            b.dataFiles[1] = dir + "/mixed/kegiatan.csv"
            let pa = try pages(a), pb = try pages(b)
            #expect(!pa.isEmpty)
            #expect(pa == pb, "\(form): mixed spellings give other pages")
            #expect(try RunPlan.make(b).inputs.rejected.isEmpty)
        }
    }

    @Test func dataNameEqualsFileGivesAFileOfAnyNameToADataset() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let k = Repo.kemitraan
        try FileManager.default.copyItem(atPath: k + "/kegiatan.csv", toPath: dir + "/export(3).csv")
        try FileManager.default.copyItem(atPath: Self.workbook, toPath: dir + "/Buku Program.xlsx")
        let base = ["render", "laporan-ojl1", "--context", k + "/konteks.json", "--quiet", "--templates", Repo.templates]
        let named = try runTool(Repo.cetak, base + ["--data", k + "/peserta.csv", "--data", "kegiatan=" + dir + "/export(3).csv", "--out", dir + "/a"])
        #expect(named.code == 0, "\(named.err)")
        // A workbook given for one dataset: that sheet only (its konteks still serves).
        let sheet = try runTool(Repo.cetak, base + ["--data", "peserta=" + dir + "/Buku Program.xlsx", "--data", k + "/kegiatan.csv", "--out", dir + "/b"])
        #expect(sheet.code == 0, "\(sheet.err)")
        let a = try FileManager.default.contentsOfDirectory(atPath: dir + "/a/laporan-ojl1").sorted()
        #expect(!a.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/b/laporan-ojl1").sorted() == a)
        let unnamed = try runTool(Repo.cetak, base + ["--data", k + "/peserta.csv", "--data", dir + "/export(3).csv", "--out", dir + "/c"])
        #expect(unnamed.code == 2)
        #expect(unnamed.err.contains("export(3).csv: error: the file's name matches no dataset of form 'laporan-ojl1'"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/c/laporan-ojl1"))
    }

    @Test func theReportNamesSheetAndCell() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try runTool(Repo.cetak, ["render", "laporan-ojl1", "--data", Repo.fixtures + "/bad-inputs/xlsx-nip-number/peserta.xlsx",
                                         "--data", Repo.kemitraan + "/kegiatan.csv", "--context", Repo.kemitraan + "/konteks.json",
                                         "--out", dir, "--report", dir + "/r.json", "--quiet", "--templates", Repo.templates])
        #expect(r.code == 1)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/r.json"))) as? [String: Any]
        let rejected = try #require(report?["rejected"] as? [[String: Any]])
        #expect(rejected.count == 1)
        #expect(rejected.first?["sheet"] as? String == "Sheet1")
        #expect(rejected.first?["cell"] as? String == "D5")
        #expect(rejected.first?["line"] as? Int == 5)
        #expect(rejected.first?["column"] as? String == "nip")
    }

    @Test func aNIPTypedAsANumberIsNeverPrinted() throws {
        var o = RenderOptions(form: "laporan-ojl1", templates: Repo.templates)
        o.dataFiles = [Repo.fixtures + "/bad-inputs/xlsx-nip-number/peserta.xlsx", Repo.kemitraan + "/kegiatan.csv"]
        o.contextFile = Repo.kemitraan + "/konteks.json"
        let plan = try RunPlan.make(o)
        #expect(plan.inputs.rejected.count == 1)
        let d = try #require(plan.inputs.rejected.first)
        #expect(d.location?.cell == "D5" && d.location?.sheet == "Sheet1" && d.location?.field == "nip")
        #expect(d.message.contains("format the column as Text"))
        let text = try pages(o).values.flatMap { $0 }.joined(separator: "\n")
        #expect(!text.isEmpty)
        for shown in ["E+17", "E+017", "197506122001121", "1,97506"] { #expect(!text.contains(shown), "\(shown) printed") }
    }
}
