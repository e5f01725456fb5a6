import CetakCore
import Testing
@testable import CetakLayout

/// Keep chains, elastic empty rows, continued cells, and the cheap fixes that save a sheet.
@Suite struct KeepChainTests {
    /// A signature block: kept together and with the end of the block before it.
    func signature(_ name: String = "Siti Aminah") -> Table {
        Table(columns: [.proportional(1), .proportional(1)],
              rows: [Row(cells: [cell(""), Cell(content: [.paragraph(para("Kepala Sekolah\n\n\n\(name)"))])])],
              border: .none, keepTogether: true, keepWithPrevious: true, role: .signatures)
    }

    /// `data` rows "Baris1." … of `height`, then `fillers` empty numbered rows of `fillerHeight`.
    func table(_ data: Int, height: Double = 40, fillers: Int = 0, fillerHeight: Double = 30, header: Bool = false) -> Table {
        let rows = (1...max(1, data)).prefix(data).map { Row(cells: [cell("Baris\($0)."), cell("isi")], minHeight: height) }
        let empty = (0..<fillers).map { Row(cells: [cell("\(data + $0 + 1)."), cell("")], minHeight: fillerHeight, filler: true) }
        return Table(columns: [.fixed(80), .proportional(1)], header: header ? [Row(cells: [cell("No"), cell("Uraian")])] : [],
                     rows: rows + empty)
    }

    func summary(_ text: String, keepWithPrevious: Bool = true) -> Block {
        .paragraph(Paragraph(runs: [TextRun(text, style: style())], keepWithNext: true, keepWithPrevious: keepWithPrevious))
    }

    var bodyHeight: Double { a4.height - 2 * margin }

    @Test func closingMatterIsEveryBlockAfterTheFirstOfAChainWithAKeepWithPrevious() {
        let t = FlowElement.table(try! BlockLayout(paragraphs: ParagraphLayout(itemizer: TextItemizer(fonts: sharedFonts.get())))
            .table(table(2), width: 400))
        func p(_ next: Bool, _ previous: Bool) -> FlowElement {
            .paragraph(FlowParagraph(lines: [], before: 0, after: 0, flex: .none, keepWithNext: next, keepWithPrevious: previous))
        }
        let sig = FlowElement.table(try! BlockLayout(paragraphs: ParagraphLayout(itemizer: TextItemizer(fonts: sharedFonts.get())))
            .table(signature(), width: 400))
        // Table, summary line, legend, (space), signatures: one chain, closing from the summary on.
        let a = KeepChains([t, p(true, true), p(true, false), .spacer(5, shrink: 0), sig])
        #expect(a.closing == [false, true, true, false, true])
        #expect(a.end[0] == 4)
        // A heading kept with the table after it is not closing matter; a page break ends a chain.
        let b = KeepChains([p(true, false), t, .pageBreak, p(true, false), sig])
        #expect(b.closing == [false, false, false, false, true])
        #expect(b.end[0] == 1 && b.end[3] == 4)
    }

    @Test func aChainOfThreeClosingBlocksTakesTheLastTwoRowsAlong() throws {
        // 17 rows of 40 pt leave 50 pt: not enough for the summary, the legend and the signatures.
        let legend = Block.paragraph(Paragraph(runs: [TextRun("Keterangan: satu\ndua", style: style())], keepWithNext: true))
        let frames = try layout([.table(table(17)), summary("Jumlah: 17"), legend, .table(signature())])
        #expect(frames.count == 2)
        #expect(frames[0].text.hasSuffix("Baris15. isi"))
        #expect(frames[1].text.hasPrefix("Baris16. isi\nBaris17. isi\nJumlah: 17\nKeterangan: satu\ndua\nKepala Sekolah"))
        // What pagination says it put on page 2: two data rows of the table, then closing matter.
        let blocks = frames[1].content.blocks
        #expect(blocks.count == 4)
        #expect(blocks[0] == PlacedBlock(kind: .table(role: .grid, dataRows: 2, fillerRows: 0, totalDataRows: 17), element: 0, closing: false))
        #expect(blocks.dropFirst().allSatisfy { $0.closing })
        #expect(blocks.last?.kind == .table(role: .signatures, dataRows: 1, fillerRows: 0, totalDataRows: 1))
    }

    @Test func aChainThatFitsStaysUnderItsTable() throws {
        let frames = try layout([.table(table(12)), summary("Jumlah: 12"), .table(signature())])
        #expect(frames.count == 1)
        #expect(frames[0].text.contains("Baris12. isi\nJumlah: 12\nKepala Sekolah"))
    }

    @Test func emptyRowsFillTheRoomAndAreDroppedRatherThanCarried() throws {
        // 14 rows of 40 pt leave 170 pt: the signatures (about 53 pt) and three empty rows of 30 pt.
        let frames = try layout([.table(table(14, fillers: 8)), .table(signature())])
        #expect(frames.count == 1)
        #expect(frames[0].text.contains("17."))
        #expect(!frames[0].text.contains("18."))
        #expect(frames[0].content.blocks[0].kind == .table(role: .grid, dataRows: 14, fillerRows: 3, totalDataRows: 14))
    }

    @Test func emptyRowsNeverCountAsTheRowsKeptWithTheSignatures() throws {
        // 17 rows leave 50 pt: the signatures go on with the last two data rows, the empty rows after them.
        let frames = try layout([.table(table(17, fillers: 5)), .table(signature())])
        #expect(frames.count == 2)
        #expect(!frames[0].text.contains("18."))
        let page2 = frames[1].content.blocks
        #expect(page2[0].kind == .table(role: .grid, dataRows: 2, fillerRows: 5, totalDataRows: 17))
        #expect(frames[1].text.hasPrefix("Baris16. isi\nBaris17. isi\n18."))
    }

    @Test func aBlankTableFillsItsOnePageWithEmptyRows() throws {
        // Only empty rows (a blank form padded to the page): as many as fit above the signatures, on one sheet.
        let frames = try layout([.paragraph(para("JUDUL")), .table(table(0, fillers: 40, header: true)), .table(signature())])
        #expect(frames.count == 1)
        guard case .table(.grid, 0, let fillers, 0) = frames[0].content.blocks[1].kind else { Issue.record("no table"); return }
        let header = 13.2 + 4, title = 13.2, sig = 4 * 13.2
        #expect(fillers == Int((bodyHeight - title - header - sig) / 30))
    }

    @Test func aContinuedPageRepeatsWhatTheFirstRowLeftOut() throws {
        // Forty rows of one day: the day is written on the first row only, and again at the top of each page.
        let rows = (1...40).map { n in
            Row(cells: [Cell(content: [.paragraph(para(n == 1 ? "Senin" : ""))], continued: [.paragraph(para("Senin"))]),
                        cell("kegiatan \(n)")], minHeight: 40)
        }
        let t = Table(columns: [.fixed(80), .proportional(1)], header: [Row(cells: [cell("Hari"), cell("Kegiatan")])], rows: rows)
        let frames = try layout([.table(t)])
        #expect(frames.count >= 2)
        for (n, page) in frames.enumerated() {
            let lines = page.text.split(separator: "\n")
            #expect(lines.count > 1 && lines[1].hasPrefix("Senin kegiatan"), "page \(n + 1): \(lines.prefix(2))")
            #expect(lines.dropFirst(2).allSatisfy { !$0.contains("Senin") })
        }
    }

    @Test func flexibleSpaceShrinksByTheLeastThatSavesTheSheet() throws {
        // 10 pt too much for one page; the spacer may lose 50 of its 100 pt.
        let body: [Block] = [.paragraph(para("awal")), .spacer(100, shrink: 50), .spacer(bodyHeight - 100 - 13.2 * 2 + 10),
                             .paragraph(para("akhir"))]
        let frames = try layout(body)
        #expect(frames.count == 1)
        let last = try #require(frames[0].runs.first { $0.text == "akhir" })
        // The end sits at the bottom of the page: the spacer gave up about 10 pt, not all 50.
        #expect(last.origin.y > a4.height - margin - 13.2 - 1 && last.origin.y < a4.height - margin)
        // Fixed space does not shrink.
        let fixed = try layout([.paragraph(para("awal")), .spacer(100), .spacer(bodyHeight - 100 - 13.2 * 2 + 10), .paragraph(para("akhir"))])
        #expect(fixed.count == 2)
    }

    @Test func emptyRowsGiveWayToWhatFollowsBeforeASheetIsAdded() throws {
        // 14 rows and 8 empty rows fill the page; a paragraph after the table (not kept with it) would
        // need a second sheet: the empty rows give way instead.
        let body: [Block] = [.table(table(14, fillers: 8)), .paragraph(para("Catatan akhir")), .paragraph(para("baris kedua"))]
        let frames = try layout(body)
        #expect(frames.count == 1)
        #expect(frames[0].text.hasSuffix("Catatan akhir\nbaris kedua"))
        guard case .table(_, 14, let fillers, _) = frames[0].content.blocks[0].kind else { Issue.record("no table"); return }
        #expect(fillers < 8 && fillers > 0)
    }

    @Test func theBodyNeverTouchesTheFooter() throws {
        let footer: [Block] = [.paragraph(para("Halaman"))]
        let frames = try layout([.table(table(40))], footer: footer)
        #expect(frames.count == 3)
        for frame in frames {
            let bottom = frame.lines.filter { $0.from.y == $0.to.y }.map(\.from.y).max() ?? 0
            let footerTop = a4.height - margin - 13.2
            #expect(bottom <= footerTop - Layouter.gap + 0.01)
        }
    }

    @Test func aRowTallerThanAPageKeepsItsLastLinesWithTheSignatures() throws {
        let lines = (1...80).map { "baris\($0)" }.joined(separator: "\n")
        let t = Table(columns: [.fixed(40), .proportional(1)], header: [Row(cells: [cell("No"), cell("Isi")])],
                      rows: [Row(cells: [cell("1."), cell(lines)])])
        let frames = try layout([.table(t), .table(signature())])
        let last = try #require(frames.last)
        // The signatures are not alone: the row's last lines are on their page, with the repeated header.
        #expect(last.text.contains("baris80\nKepala Sekolah"))
        #expect(last.content.blocks.first?.kind == .table(role: .grid, dataRows: 1, fillerRows: 0, totalDataRows: 1))
        let all = frames.flatMap { $0.runs.map(\.text) }.filter { $0.hasPrefix("baris") }
        #expect(all == (1...80).map { "baris\($0)" })
    }

    @Test func aDataRowThatFailsWhenMadeAgainFailsThePage() throws {
        // A long table's rows are made again when their page is drawn; an error then is reported, not
        // drawn as an empty row.
        let made = Locked(0)
        let source = RowSource(count: 200) { i throws(Diagnostic) in
            let n = made.withLock { $0 += 1; return $0 }
            if i == 150 && n > 200 { throw Diagnostic(.record, "rusak") }
            return Row(cells: [cell("\(i + 1)."), cell("isi")])
        }
        let t = Table(columns: [.fixed(40), .proportional(1)], rows: [], source: source)
        #expect(throws: Diagnostic.self) { try layout([.table(t)]) }
    }
}
