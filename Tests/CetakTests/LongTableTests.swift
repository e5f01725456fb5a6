import Cetak
import CetakCore
import Foundation
import Testing

/// A summary form over thousands of records (issue 6): the table's rows are bound on demand
/// (`RowSource`), so nothing of a row but its height is kept, and the form prints the same.
@Suite struct LongTableTests {
    /// `copies` × the fixture candidates, each copy with its own NIP serial (the NIP stays valid).
    static func manyCandidates(_ copies: Int, in dir: String) throws -> String {
        let lines = try String(contentsOfFile: Repo.fixtures + "/diklat/calon.csv", encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        var out = [lines[0]]
        for c in 0..<copies {
            for line in lines.dropFirst() {
                out.append(line.prefix(15) + String(format: "%03d", c) + line.dropFirst(18))
            }
        }
        let path = dir + "/calon.csv"
        try out.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func sa04OfManyCandidatesPrintsEveryRowOnce() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var o = RenderOptions(form: "sa04", templates: Repo.templates)
        o.dataFiles = [try Self.manyCandidates(30, in: dir)]
        o.contextFile = Repo.fixtures + "/diklat/konteks.json"
        let docs = try Repo.layoutAll(o)
        #expect(docs.count == 1)
        let frames = try #require(docs.first?.frames)
        let text = frames.map(\.text).joined(separator: "\n")
        #expect(text.contains("Jumlah calon: 300; Memenuhi Syarat: 210; Tidak Memenuhi Syarat: 90"))
        // Numbers 1. to 300. each start a row once, in order, over the pages.
        let numbers = frames.flatMap { f in f.runs.filter { $0.origin.x < 60 }.compactMap { r in
            r.text.hasSuffix(".") ? Int(r.text.dropLast()) : nil } }
        #expect(numbers == Array(1...300))
        #expect(frames.count > 10)
        #expect(text.contains("Halaman \(frames.count) dari \(frames.count)"))
    }

    /// Renders a `rekap` template over `baris.csv` (one line per row) in a fresh folder.
    static func rekap(columns: String, rows: [String], documents: String, source: String, after: String = "")
        throws -> (outcome: RenderOutcome, dir: String) {
        let dir = makeTemporaryFolder()
        try ([columns] + rows).joined(separator: "\n").write(toFile: dir + "/baris.csv", atomically: true, encoding: .utf8)
        try "{}".write(toFile: dir + "/konteks.json", atomically: true, encoding: .utf8)
        let decl = columns.split(separator: ",").map { c in
            c == "nama" ? "<column name=\"nama\"/>" : "<column name=\"\(c)\" type=\"number\"/>"
        }.joined()
        // Line 12 of the file is the cell whose second paragraph fails for row 321.
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="rekap" title="Rekap">
          <data name="baris">\(decl)</data>
          \(documents)
          <page paper="a4"/>
          <style name="body" font="Liberation Serif" size="10"/>
          <body>
            <table>
              <column width="15mm"/><column width="1*"/>
              <rows source="\(source)" as="b">
                <cell>{b.n}</cell>
                <cell><p>{b.nama}</p><p when="b.n = 321">{tidak_ada(b.n)}</p></cell>
              </rows>
            </table>
            \(after)
          </body>
        </form>
        """.write(toFile: dir + "/rekap.xml", atomically: true, encoding: .utf8)
        var o = RenderOptions(form: dir + "/rekap.xml", templates: Repo.templates)
        o.dataFiles = [dir + "/baris.csv"]
        o.contextFile = dir + "/konteks.json"
        o.outDir = dir + "/out"
        return (Renderer.run(o), dir)
    }

    @Test(arguments: [false, true])
    func aRowThatFailsToBindFailsTheDocumentWithTheTemplateLine(laterError: Bool) throws {
        let (outcome, dir) = try Self.rekap(columns: "n,nama", rows: (1...400).map { "\($0),Baris \($0)" },
                                            documents: "<documents key=\"rekap\"/>", source: "data.baris",
                                            after: laterError ? "<p>{juga_tidak_ada(1)}</p>" : "")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The row's error comes first in the template, so it is the one reported, even when binding
        // (which leaves the rows of a long table for later) fails further on.
        // The only document failed: nothing could be made, so the run fails (docs/cli.md exit 2) with the reason.
        #expect(outcome.exitCode == 2, "\(outcome.messages)")
        let e = try #require(outcome.messages.first)
        #expect(e.description.contains("rekap.xml:12: error: rekap: "))
        #expect(e.description.contains("unknown function 'tidak_ada'"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/out/rekap.pdf"))
    }

    @Test func aRejectedDocumentReportsItsErrorNotItsWarnings() throws {
        // Three groups of 200 rows; group 2 has a row that cannot be bound.
        let (outcome, dir) = try Self.rekap(
            columns: "n,grp,nama", rows: (1...600).map { "\($0),\(($0 - 1) / 200 + 1),Baris \($0)" },
            documents: #"<documents source="data.baris" group-by="grp" as="g" rows="semua" key="rekap-{g.grp}"><warn when="true" message="periksa kelompok {g.grp}"/></documents>"#,
            source: "semua")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(outcome.exitCode == 1, "\(outcome.messages)")
        #expect(outcome.report.documents.map(\.key).sorted() == ["rekap-1", "rekap-3"])
        #expect(outcome.report.rejected.map(\.description).contains { $0.contains("rekap.xml:12: error: rekap-2: unknown function 'tidak_ada'") })
        #expect(outcome.report.warnings.map(\.key).sorted() == ["rekap-1", "rekap-3"])
    }
}
