import CetakCore
import Testing
@testable import CetakLayout

@Suite struct TableTests {
    @Test func longWordBreaksInsideItsCell() throws {
        let t = Table(columns: [.fixed(30), .fixed(70), .proportional(1)],
                      rows: [Row(cells: [cell("1."), cell("Pengembangankewirausahaanberkelanjutansekolah"), cell("isi")])])
        let runs = try layout([.table(t)])[0].runs
        let inCell = runs.filter { $0.origin.x >= margin + 30 && $0.origin.x < margin + 100 }
        #expect(inCell.count >= 3)
        #expect(inCell.map(\.text).joined() == "Pengembangankewirausahaanberkelanjutansekolah")
        for r in inCell { #expect(r.origin.x + r.width <= margin + 100 - 3 + 0.01, "\(r.text) leaves its cell") }
    }

    @Test func minHeightRows() throws {
        let t = Table(columns: [.fixed(40), .proportional(1)],
                      rows: (1...3).map { Row(cells: [cell("\($0)."), cell("")], minHeight: 30) })
        let lines = try layout([.table(t)])[0].lines
        let ys = Set(lines.filter { $0.from.y == $0.to.y }.map(\.from.y)).sorted()
        #expect(ys.count == 4)
        for (a, b) in zip(ys, ys.dropFirst()) { #expect(abs(b - a - 30) < 0.01) }
        #expect(abs(ys[0] - margin) < 0.01)
    }

    @Test func bordersAreDrawnOncePerEdge() throws {
        let t = Table(columns: [.fixed(50), .fixed(50)], rows: (1...3).map { Row(cells: [cell("a\($0)"), cell("b\($0)")]) })
        let lines = try layout([.table(t)])[0].lines
        let horizontal = lines.filter { $0.from.y == $0.to.y }, vertical = lines.filter { $0.from.x == $0.to.x }
        #expect(horizontal.count == 4)   // merged across columns, one per row boundary
        #expect(vertical.count == 3)     // merged across rows, one per column boundary
        #expect(horizontal.allSatisfy { abs($0.from.x - margin) < 0.01 && abs($0.to.x - margin - 100) < 0.01 })
    }

    @Test func rowspanAndColspanHeaderGeometry() throws {
        let header = [
            Row(cells: [cell("No", rowspan: 2, valign: .middle), cell("Kegiatan", rowspan: 2),
                        cell("Keterlaksanaan", colspan: 2, align: .center), cell("Ket", rowspan: 2)]),
            Row(cells: [cell("Terlaksana"), cell("Tidak")]),
        ]
        let t = Table(columns: [.fixed(30), .fixed(100), .fixed(70), .fixed(60), .proportional(1)], header: header,
                      rows: [Row(cells: [cell("1."), cell("Rapat"), cell("✓"), cell(""), cell("")])])
        let frame = try layout([.table(t)])[0]
        func run(_ text: String) throws -> GlyphRun { try #require(frame.runs.first { $0.text == text }) }
        let span = try run("Keterlaksanaan")
        #expect(abs(span.origin.x + span.width / 2 - (margin + 130 + 65)) < 0.01)   // centred over 70 + 60
        let terlaksana = try run("Terlaksana"), tidak = try run("Tidak"), ket = try run("Ket")
        #expect(abs(terlaksana.origin.x - (margin + 130 + 3)) < 0.01)
        #expect(abs(tidak.origin.x - (margin + 200 + 3)) < 0.01)
        #expect(abs(ket.origin.x - (margin + 260 + 3)) < 0.01)
        let rowBoundary = terlaksana.origin.y - baselineOffset() - 2
        let no = try run("No"), kegiatan = try run("Kegiatan")
        #expect(no.origin.y > kegiatan.origin.y + 5)    // middle of the two rows
        #expect(abs(kegiatan.origin.y - (margin + 2 + baselineOffset())) < 0.01)
        // The line between the two header rows covers only the spanned columns.
        let inner = frame.lines.filter { $0.from.y == $0.to.y && abs($0.from.y - rowBoundary) < 0.01 }
        #expect(inner.count == 1)
        #expect(abs(inner[0].from.x - (margin + 130)) < 0.01 && abs(inner[0].to.x - (margin + 260)) < 0.01)
        let first = try run("1."), sub = try run("Terlaksana")
        #expect(first.origin.y > sub.origin.y)
    }

    @Test func rowspanHeightGoesToTheLastRow() throws {
        let tall = Cell(content: (1...6).map { .paragraph(para("baris \($0)")) }, rowspan: 2)
        let t = Table(columns: [.fixed(80), .fixed(80)], rows: [
            Row(cells: [tall, cell("a")]), Row(cells: [cell("b")]), Row(cells: [cell("c"), cell("d")]),
        ], border: .none)
        let frame = try layout([.table(t)])[0]
        let a = try #require(frame.runs.first { $0.text == "a" })
        let b = try #require(frame.runs.first { $0.text == "b" })
        let c = try #require(frame.runs.first { $0.text == "c" })
        #expect(abs(b.origin.y - a.origin.y - (13.2 + 4)) < 0.01)    // first row keeps its own height
        #expect(abs(c.origin.y - a.origin.y - (6 * 13.2 + 4)) < 0.01) // the span's extra height went to row 2
        #expect(frame.lines.isEmpty)
    }
}
