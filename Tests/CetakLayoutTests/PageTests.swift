import CetakCore
import Testing
@testable import CetakLayout

@Suite struct PageTests {
    @Test func headerPushesTheBodyDownAndBorderIsOnEveryPage() throws {
        let doc = Document(key: "k", title: "t",
                           page: PageSetup(width: a4.width, height: a4.height, margin: (margin, margin, margin, margin),
                                           header: [.paragraph(para("KOP SURAT", align: .center)), .rule(Rule(second: 0.5))],
                                           border: PageBorder(inset: 20, outer: 2, inner: 0.5, gap: 2)),
                           body: [.paragraph(para("isi")), .pageBreak, .paragraph(para("dua"))])
        let frames = try layouter().layout(doc)
        #expect(frames.count == 2)
        let ruleHeight: Double = 2 + 0.75 + 1.5 + 0.5 + 6
        let headerHeight: Double = 13.2 + ruleHeight
        let expectedX: [Double] = [21, 24.25]
        for frame in frames {
            let rects = frame.items.compactMap { if case .rect(let r) = $0 { return r } else { return nil } }
            #expect(rects.map(\.rect.x) == expectedX)
            #expect(rects.map(\.stroke) == [Double?(2), Double?(0.5)])
            let body = try #require(frame.runs.last)
            // The body keeps its gap below the header.
            #expect(abs(body.origin.y - (margin + headerHeight + Layouter.gap + baselineOffset())) < 0.01)
            #expect(frame.lines.count == 2)   // the double rule
        }
    }

    @Test func photoPlaceholderIsAnEmptyFrameWithCentredText() throws {
        let photo = BlockImage(path: nil, width: Units.mm(30), height: Units.mm(40), align: .right, placeholder: "Foto 3×4")
        let frame = try layout([.image(photo)])[0]
        let rect = try #require(frame.items.compactMap { if case .rect(let r) = $0 { return r } else { return nil } }.first)
        #expect(abs(rect.rect.maxX - (a4.width - margin)) < 0.01)
        #expect(rect.fill == nil && rect.stroke != nil)
        let text = frame.runs.map(\.text).joined(separator: " ")
        #expect(text == "Foto 3×4")
        let first = frame.runs[0], last = frame.runs[frame.runs.count - 1]
        let centre = (first.origin.x + last.origin.x + last.width) / 2
        #expect(abs(centre - (rect.rect.x + rect.rect.width / 2)) < 0.01)
        #expect(first.origin.y > rect.rect.y + rect.rect.height / 2 - 5 && first.origin.y < rect.rect.maxY)
        let image = BlockImage(path: "/x/ttd.png", width: 100, height: 50, align: .center)
        let items = try layout([.image(image)])[0].items
        guard case .image(let placed)? = items.first else { Issue.record("no image"); return }
        #expect(abs(placed.rect.x - (a4.width - 100) / 2) < 0.01 && placed.path == "/x/ttd.png")
    }

    @Test func headerOnlyTableIsDrawn() throws {
        let t = Table(columns: [.proportional(1)], header: [Row(cells: [cell("Judul Kolom")])], rows: [])
        #expect(try layout([.table(t)])[0].text == "Judul Kolom")
    }

    @Test func parallelLayoutsAgree() async throws {
        let body: [Block] = [.paragraph(para(lorem(60) + " ✓", align: .justify)),
                             .table(Table(columns: [.fixed(50), .proportional(1)],
                                          rows: (1...30).map { Row(cells: [cell("\($0)."), cell(lorem(10, seed: $0))]) }))]
        let reference = try layout(body).map(\.text)
        let results = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<8 { group.addTask { try layout(body).map(\.text) } }
            return try await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test func keepWithNextMovesAHeadingToTheNextPage() throws {
        let filler = Block.spacer(a4.height - 2 * margin - 20)
        var heading = para("IV. Pendidikan", style(bold: true))
        heading.keepWithNext = true
        let t = Table(columns: [.proportional(1)], rows: [Row(cells: [cell("SD Negeri 1")])])
        let frames = try layout([.paragraph(para("awal")), filler, .paragraph(heading), .table(t)])
        #expect(frames.count == 2)
        #expect(frames[1].text == "IV. Pendidikan\nSD Negeri 1")
    }
}
