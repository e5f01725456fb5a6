import CetakCore
import Foundation
import Testing

/// The PDF checks themselves: each finds the fault it is for, and a sound file passes.
@Suite struct PDFCheckTests {
    /// Renders a template text with the CLI; returns the PDF's path.
    func render(_ template: String, _ extra: [String] = []) throws -> String {
        let dir = makeTemporaryFolder()
        try template.write(toFile: dir + "/uji.xml", atomically: true, encoding: .utf8)
        let r = try runTool(Repo.cetak, ["render", dir + "/uji.xml", "--out", dir, "--quiet"] + extra)
        #expect(r.code == 0, "\(r.err)")
        return dir + "/uji/uji.pdf"
    }

    @Test func aSoundFormPasses() throws {
        let path = try render("<form id=\"uji\" title=\"Uji\"><body><p>Laporan Bulanan, 22 November 2026</p></body></form>")
        #expect(PDFCheck().problems(path) == [])
    }

    @Test func findsLeftoversTextInTheEdgeAndOverlaps() throws {
        let path = try render("""
        <form id="uji" title="Uji">
          <page paper="a4" margin="2mm"/>
          <body>
            <p>Tulisan pertama {{nama}} null</p>
            <p space-before="-12pt">Tulisan kedua</p>
          </body>
        </form>
        """)
        let p = PDFCheck().problems(path)
        #expect(p.contains("leftover: '{nama}' is printed"), "\(p)")
        #expect(p.contains("leftover: 'null' is printed"))
        #expect(p.contains { $0.hasPrefix("inside: page 1, 'Tulisan'") })
        #expect(p.contains { $0.hasPrefix("overlap: page 1, ") && $0.contains("'kedua'") })
        #expect(!p.contains { $0.hasPrefix("paper") || $0.hasPrefix("fonts") || $0.hasPrefix("structure") })
    }

    @Test func findsTheWrongPaper() throws {
        let path = try render("<form id=\"uji\" title=\"Uji\"><body><p>Surat</p></body></form>", ["--paper", "letter"])
        #expect(PDFCheck().problems(path) == ["paper: page 1 is 612.00 × 792.00 pt, not a4 (595.28 × 841.89)"])
        #expect(PDFCheck(paper: .letter).problems(path) == [])
    }

    @Test func findsAFontThatIsNotEmbeddedAndADamagedFile() throws {
        let dir = makeTemporaryFolder()
        let path = dir + "/helvetica.pdf"
        try Data(Self.pdfWithStandardFont()).write(to: URL(fileURLWithPath: path))
        #expect(PDFCheck().problems(path) == ["fonts: 'Helvetica' is not embedded"])
        let sound = try render("<form id=\"uji\" title=\"Uji\"><body><p>Surat</p></body></form>")
        var bytes = try Data(contentsOf: URL(fileURLWithPath: sound))
        bytes.removeLast(bytes.count / 3)
        try bytes.write(to: URL(fileURLWithPath: dir + "/cut.pdf"))
        #expect(PDFCheck().problems(dir + "/cut.pdf").contains { $0.hasPrefix("structure: ") })
    }

    @Test func collisionsNeedRealCover() {
        let a = PDFCheck.Word(left: 10, top: 10, width: 40, height: 12, text: "a")
        let touching = PDFCheck.Word(left: 10, top: 21, width: 40, height: 12, text: "b")   // next line, 1 pt shared
        let covering = PDFCheck.Word(left: 30, top: 12, width: 40, height: 12, text: "c")
        let beside = PDFCheck.Word(left: 50, top: 10, width: 20, height: 12, text: "d")
        #expect(PDFCheck.collisions([a, touching, beside]).isEmpty)
        #expect(PDFCheck.collisions([a, covering]).map { [$0.0.text, $0.1.text] } == [["a", "c"]])
    }

    @Test func leftoverWords() {
        #expect(PDFCheck.leftovers(["Nilai", "nihil", "{c.nip", "|", "nip}", "{nama},", "NaN", "Optional(\"x\")", "800/{seq:3}/X"])
                == ["{nama},", "NaN", "Optional(\"x\")", "800/{seq:3}/X"])
    }

    /// A one-page PDF whose text uses Helvetica without embedding it (as a PDF/A validator would refuse).
    static func pdfWithStandardFont() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.275591 841.889764] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Surat Edaran) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Array((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
