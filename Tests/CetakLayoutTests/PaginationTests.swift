import CetakCore
import Testing
@testable import CetakLayout

@Suite struct PaginationTests {
    func longTable(_ rows: Int) -> Table {
        Table(columns: [.fixed(40), .proportional(3), .proportional(1)],
              header: [Row(cells: [cell("Nomor"), cell("Uraian Kegiatan"), cell("Keterangan")])],
              rows: (1...rows).map { n in
                  Row(cells: [cell("R\(n)x"), cell(String(repeating: "R\(n)x ", count: 12 + n % 9)), cell("R\(n)x")])
              })
    }

    @Test func longTableRepeatsItsHeaderAtTheBodyTop() throws {
        let frames = try layout([.paragraph(para("Judul")), .table(longTable(60))])
        #expect(frames.count >= 3)
        for page in frames.dropFirst() {
            let first = try #require(page.runs.min { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) })
            #expect(first.text == "Nomor")
            #expect(abs(first.origin.y - (margin + 2 + baselineOffset())) < 0.01)
            #expect(page.text.hasPrefix("Nomor Uraian Kegiatan Keterangan"))
        }
    }

    @Test func noBodyRowIsSplit() throws {
        let frames = try layout([.table(longTable(60))])
        var pageOfRow: [Int: Set<Int>] = [:]
        for (p, frame) in frames.enumerated() {
            for r in frame.runs where r.text.hasPrefix("R") {
                let n = try #require(Int(r.text.dropFirst().dropLast()))
                pageOfRow[n, default: []].insert(p)
            }
            for r in frame.runs { #expect(r.origin.y <= a4.height - margin) }
        }
        #expect(pageOfRow.count == 60)
        #expect(pageOfRow.values.allSatisfy { $0.count == 1 })
    }

    @Test func signatureTakesTheLastTwoRowsAlong() throws {
        let rows = (1...18).map { Row(cells: [cell("Baris\($0)"), cell("")], minHeight: 40) }
        let data = Table(columns: [.fixed(80), .proportional(1)], rows: rows)
        let signature = Table(columns: [.proportional(1), .proportional(1)],
                              rows: [Row(cells: [cell(""), Cell(content: [.paragraph(para("Kepala Sekolah Mitra\n\n\nSiti Aminah"))])])],
                              border: .none, keepTogether: true, keepWithPrevious: true, spaceBefore: 6)
        let frames = try layout([.table(data), .spacer(12), .table(signature)])
        #expect(frames.count == 2)
        #expect(frames[0].text.contains("Baris16"))
        #expect(!frames[0].text.contains("Baris17"))
        #expect(frames[1].text.hasPrefix("Baris17\nBaris18"))
        #expect(frames[1].text.contains("Siti Aminah"))
        // The page-1 part of the table still closes with its bottom border.
        let horizontal: [LineItem] = frames[0].lines.filter { $0.from.y == $0.to.y }
        let bottom = horizontal.map { $0.from.y }.max() ?? 0
        #expect(abs(bottom - (margin + 16 * 40)) < 0.01)
    }

    @Test func signatureTakesTheLastTwoLinesOfAParagraph() throws {
        let filler = Block.spacer(a4.height - 2 * margin - 4 * 13.2 - 13.2)
        let signature = Table(columns: [.proportional(1)], rows: [Row(cells: [cell("Tanda tangan\n\n\nNama")])], border: .none,
                              keepTogether: true, keepWithPrevious: true)
        let frames = try layout([.paragraph(para("awal")), filler, .paragraph(para("satu\ndua\ntiga\nempat")), .table(signature)])
        #expect(frames.count == 2)
        #expect(frames[0].text == "awal\nsatu\ndua")
        #expect(frames[1].text.hasPrefix("tiga\nempat\nTanda tangan"))
    }

    @Test func aThreeLineParagraphGoesWholeRatherThanLeaveOneLine() throws {
        let filler = Block.spacer(a4.height - 2 * margin - 4 * 13.2 - 13.2)
        let signature = Table(columns: [.proportional(1)], rows: [Row(cells: [cell("Tanda tangan\n\n\nNama")])], border: .none,
                              keepTogether: true, keepWithPrevious: true)
        let frames = try layout([.paragraph(para("awal")), filler, .paragraph(para("satu\ndua\ntiga")), .table(signature)])
        #expect(frames.count == 2)
        #expect(frames[0].text == "awal")
        #expect(frames[1].text.hasPrefix("satu\ndua\ntiga\nTanda tangan"))
    }

    @Test func rowTallerThanAPageSplitsBetweenLines() throws {
        let lines = (1...90).map { "baris\($0)" }.joined(separator: "\n")
        let t = Table(columns: [.fixed(40), .proportional(1)], header: [Row(cells: [cell("No"), cell("Isi")])],
                      rows: [Row(cells: [cell("1."), cell(lines)])])
        let frames = try layout([.table(t)])
        #expect(frames.count == 2)
        #expect(frames[1].runs.first { $0.text == "No" } != nil)   // header repeated
        let all = frames.flatMap { $0.runs.map(\.text) }.filter { $0.hasPrefix("baris") }
        #expect(all == (1...90).map { "baris\($0)" })
        for frame in frames { for r in frame.runs { #expect(r.origin.y <= a4.height - margin) } }
    }

    @Test func keepTogetherTableMovesWhole() throws {
        let filler = Block.spacer(a4.height - 2 * margin - 30)
        let t = Table(columns: [.proportional(1)], rows: (1...4).map { Row(cells: [cell("k\($0)")]) }, keepTogether: true)
        let frames = try layout([.paragraph(para("awal")), filler, .table(t)])
        #expect(frames.count == 2)
        #expect(frames[1].text == "k1\nk2\nk3\nk4")
    }

    @Test func footerPageNumbersAndPageBreaks() throws {
        let footer: [Block] = [.paragraph(Paragraph(runs: [
            TextRun("Halaman ", style: style(9)), TextRun("", style: style(9), kind: .pageNumber),
            TextRun(" dari ", style: style(9)), TextRun("", style: style(9), kind: .pageCount),
        ], align: .right))]
        let frames = try layout([.paragraph(para("satu")), .pageBreak, .paragraph(para("dua")), .pageBreak, .paragraph(para("tiga"))],
                                footer: footer)
        #expect(frames.count == 3)
        for (n, frame) in frames.enumerated() {
            #expect(frame.text.hasSuffix("Halaman \(n + 1) dari 3"))
            let last = try #require(frame.runs.last)
            #expect(abs(last.origin.x + last.width - (a4.width - margin)) < 0.01)
            #expect(last.origin.y < a4.height - margin && last.origin.y > a4.height - margin - 11)
        }
    }

    @Test func layoutIsDeterministic() throws {
        let body: [Block] = [.table(longTable(30)), .paragraph(para(lorem(80), align: .justify))]
        let a = try layout(body), b = try layout(body)
        #expect(a.map(\.text) == b.map(\.text))
        #expect(a.map { $0.runs.map(\.origin) } == b.map { $0.runs.map(\.origin) })
    }
}
