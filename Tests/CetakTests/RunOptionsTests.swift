import Cetak
import CetakCore
import Foundation
import Testing

/// `--only` that helps, `--clean`, running numbers per series and warnings on the terminal, over a small template
/// and data written here.
@Suite struct RunOptionsTests {
    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="mini" title="Mini">
          <data name="peserta" key="kunci">
            <column name="kunci"/><column name="id"/><column name="bulan"/><column name="kantor"/><column name="catatan" optional="true"/>
          </data>
          <documents source="data.peserta" as="p" key="{p.id}-{p.bulan}" seq-by="p.kantor">
            <warn when="empty(p.catatan)" message="tidak ada catatan untuk {p.id} bulan {p.bulan}" group="peserta tanpa catatan"/>
          </documents>
          <page paper="a4" margin="20mm"/>
          <style name="body" font="Liberation Serif" size="11"/>
          <body><p>{p.id} {p.bulan} nomor {$seq} kantor {p.kantor}</p></body>
        </form>
        """
    static let rows = [("M01", "2019-09", "k1", ""), ("M01", "2019-10", "k2", ""), ("M02", "2019-09", "k1", ""),
                       ("M03", "2019-09", "k2", ""), ("M04", "2019-09", "k1", "ada")]

    static func folder(_ rows: [(String, String, String, String)] = rows) throws -> TestFolder {
        let f = TestFolder()
        try f.write("mini.xml", template)
        try f.write("peserta.csv", "kunci,id,bulan,kantor,catatan\n" + rows.map { "\($0.0)-\($0.1),\($0.0),\($0.1),\($0.2),\($0.3)\n" }.joined())
        return f
    }

    func cetak(_ f: TestFolder, _ extra: [String]) throws -> (code: Int32, out: String, err: String) {
        try runTool(Repo.cetak, ["render", f.path + "/mini.xml", "--data", f.path + "/peserta.csv", "--out", f.path + "/out",
                                 "--templates", Repo.templates] + extra)
    }

    func pdfs(_ f: TestFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: f.path + "/out/mini").filter { $0.hasSuffix(".pdf") }.sorted()
    }

    @Test func aKeyPrefixSelectsAllOfItsMonthsWithTheirNumbers() throws {
        let f = try Self.folder(); defer { f.remove() }
        var o = RenderOptions(form: f.path + "/mini.xml", templates: Repo.templates)
        o.dataFiles = [f.path + "/peserta.csv"]
        o.only = ["m01"]
        let plan = try RunPlan.make(o)
        #expect(plan.items.map(\.key) == ["M01-2019-09", "M01-2019-10"])
        // Each kantor its own series, counted over the whole run: k1 → M01-09 1, M02 2, M04 3; k2 → M01-10 1, M03 2.
        let texts = try plan.items.map { try plan.layout($0).frames.map(\.text).joined() }
        #expect(texts == ["M01 2019-09 nomor 1 kantor k1", "M01 2019-10 nomor 1 kantor k2"])
        o.only = ["M04-2019-09"]
        let p4 = try RunPlan.make(o)
        #expect(try p4.layout(try #require(p4.items.first)).frames.map(\.text).joined() == "M04 2019-09 nomor 3 kantor k1")
        // "M0" is not a key followed by "-": it selects nothing.
        o.only = ["M0"]
        #expect(throws: Diagnostics.self) { try RunPlan.make(o) }
    }

    @Test func unknownKeysAreListedWithTheKeysThereAre() throws {
        let f = try Self.folder(); defer { f.remove() }
        let none = try cetak(f, ["--only", "M9"])
        #expect(none.code == 2)
        #expect(none.err.contains("error: tidak ada dokumen dengan kunci M9; kunci yang ada: M01-2019-09, M01-2019-10, M02-2019-09, M03-2019-09, M04-2019-09"), "\(none.err)")
        let some = try cetak(f, ["--only", "M01,M9"])
        #expect(some.code == 0, "\(some.err)")
        #expect(some.err.contains("warning: tidak ada dokumen dengan kunci M9; kunci yang ada: M01-2019-09"), "\(some.err)")
        #expect(try pdfs(f) == ["M01-2019-09.pdf", "M01-2019-10.pdf"])
    }

    @Test func warningsOfOneCauseAreOneLineAfterTheSummary() throws {
        let f = try Self.folder(); defer { f.remove() }
        let r = try cetak(f, [])
        #expect(r.code == 0, "\(r.err)")
        let lines = r.err.split(separator: "\n").map(String.init)
        #expect(lines == ["mini: 5 documents, 5 pages, 0 skipped, 0 rejected, 4 warnings; files in \(f.path)/out/mini/",
                          "warning: 4 peserta tanpa catatan: M01-2019-09, M01-2019-10, M02-2019-09, M03-2019-09"], "\(r.err)")
        // Two of a cause are printed each.
        let g = try Self.folder([("M01", "2019-09", "k1", ""), ("M02", "2019-09", "k1", ""), ("M03", "2019-09", "k1", "ada")])
        defer { g.remove() }
        let two = try cetak(g, [])
        #expect(two.err.contains("warning: M01-2019-09: tidak ada catatan untuk M01 bulan 2019-09\nwarning: M02-2019-09: tidak ada catatan untuk M02 bulan 2019-09\n"), "\(two.err)")
    }

    @Test func cleanRemovesTheFilesOfAnEarlierRunOnly() throws {
        let f = try Self.folder(); defer { f.remove() }
        #expect(try cetak(f, ["--quiet"]).code == 0)
        #expect(try pdfs(f).count == 5)
        // The data lost M04; a merged PDF and the report lie in the same folder.
        try f.write("peserta.csv", "kunci,id,bulan,kantor,catatan\n" + Self.rows.dropLast().map { "\($0.0)-\($0.1),\($0.0),\($0.1),\($0.2),\($0.3)\n" }.joined())
        let merged = f.path + "/out/mini/semua.pdf", report = f.path + "/out/mini/report.json"
        // Without --clean the stale file stays.
        #expect(try cetak(f, ["--quiet"]).code == 0)
        #expect(try pdfs(f).contains("M04-2019-09.pdf"))
        // A slice keeps the files of the other slices of the same run.
        #expect(try cetak(f, ["--quiet", "--shard", "1/2", "--clean"]).code == 0)
        #expect(try pdfs(f) == ["M01-2019-09.pdf", "M01-2019-10.pdf", "M02-2019-09.pdf", "M03-2019-09.pdf"])
        try Data("%PDF-1.4 earlier\n".utf8).write(to: URL(fileURLWithPath: f.path + "/out/mini/M09-2019-01.pdf"))
        let r = try cetak(f, ["--clean", "--merge", merged, "--report", report])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err.contains("1 old files removed"), "\(r.err)")
        #expect(try pdfs(f) == ["M01-2019-09.pdf", "M01-2019-10.pdf", "M02-2019-09.pdf", "M03-2019-09.pdf", "semua.pdf"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any])
        #expect(json["removed"] as? [String] == [f.path + "/out/mini/M09-2019-01.pdf"])
    }

    @Test func warningSummaryGroupsByCauseAndSaysEachOnce() {
        func w(_ key: String, _ m: String, group: String? = nil, rule: String? = nil) -> RunReport.Warning {
            RunReport.Warning(key: key, message: m, group: group, rule: rule)
        }
        let lines = WarningSummary.lines([
            w("", "peserta.csv: dibaca sebagai Windows-1252"), w("", "peserta.csv: dibaca sebagai Windows-1252"),
            w("A", "A: x", rule: "t.xml:3"), w("B", "B: x", rule: "t.xml:3"), w("C", "C: x", rule: "t.xml:3"),
            w("D", "tanpa catatan", group: "tanpa catatan"), w("e", "tanpa catatan untuk E", group: "tanpa catatan"),
        ] + (1...10).map { w("K\($0)", "k", group: "banyak") })
        #expect(lines == ["peserta.csv: dibaca sebagai Windows-1252", "A: x — dan 2 lagi yang serupa (B, C)", "D: tanpa catatan", "tanpa catatan untuk E",
                          "10 banyak: K1, K2, K3, K4, K5, K6, K7, K8, …"])
    }
}
