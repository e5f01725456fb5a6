import CetakCore
import Testing
@testable import CetakLayout

@Suite struct ParagraphTests {
    let right = a4.width - margin

    @Test func longParagraphWrapsWithinWidth() throws {
        let frames = try layout([.paragraph(para(lorem(120)))])
        let runs = frames[0].runs
        #expect(Set(runs.map(\.origin.y)).count > 3)
        for r in runs {
            #expect(r.origin.x >= margin - 0.01)
            #expect(r.origin.x + r.width <= right + 0.01)
        }
    }

    @Test func justifiedFullLinesEndAtTheRightEdge() throws {
        let frames = try layout([.paragraph(para(lorem(150), align: .justify))])
        let byLine = Dictionary(grouping: frames[0].runs, by: { $0.origin.y })
        let ys = byLine.keys.sorted()
        #expect(ys.count > 4)
        for y in ys.dropLast() {
            let end = byLine[y, default: []].map { $0.origin.x + $0.width }.max() ?? 0
            #expect(abs(end - right) <= 0.5, "line at \(y) ends at \(end)")
        }
        let lastEnd = byLine[ys[ys.count - 1], default: []].map { $0.origin.x + $0.width }.max() ?? 0
        #expect(lastEnd < right - 5)
    }

    @Test func oneRunPerWordAndLinesAreSpacedByLineHeight() throws {
        let frames = try layout([.paragraph(para("Kepala Sekolah Mitra\nNama Sekolah"))])
        let runs = frames[0].runs
        #expect(runs.map(\.text) == ["Kepala", "Sekolah", "Mitra", "Nama", "Sekolah"])
        #expect(abs(runs[0].origin.y - (margin + baselineOffset())) < 0.01)
        #expect(abs(runs[3].origin.y - runs[0].origin.y - 13.2) < 0.01)
        #expect(runs[1].origin.x > runs[0].origin.x + runs[0].width + 1)   // a real gap between words
        #expect(frames[0].text == "Kepala Sekolah Mitra\nNama Sekolah")
        for g in runs[0].glyphs { #expect(g.cluster < runs[0].text.utf8.count) }
    }

    @Test func breaksAfterSlashAndHyphen() throws {
        let width = 60.0
        let t = Table(columns: [.fixed(width)], rows: [Row(cells: [cell("Tagihan/bukti langkah-langkah")])], padding: (0, 0, 0, 0))
        let runs = try layout([.table(t)])[0].runs
        #expect(runs.map(\.text).contains("Tagihan/"))
        #expect(runs.allSatisfy { $0.origin.x + $0.width <= margin + width + 0.01 })
    }

    @Test func centreAndRightAlignment() throws {
        let frames = try layout([.paragraph(para("Tengah", align: .center)), .paragraph(para("Kanan", align: .right))])
        let runs = frames[0].runs
        #expect(abs(runs[0].origin.x + runs[0].width / 2 - a4.width / 2) < 0.01)
        #expect(abs(runs[1].origin.x + runs[1].width - right) < 0.01)
    }

    @Test func mixedStylesOnOneLineAndUnderline() throws {
        let p = Paragraph(runs: [TextRun("Nama:", style: style(bold: true)), TextRun(" Siti Aminah", style: style(underline: true))])
        let frame = try layout([.paragraph(p)])[0]
        #expect(frame.runs.map(\.text) == ["Nama:", "Siti", "Aminah"])
        #expect(frame.runs[0].font != frame.runs[1].font)
        let underline = try #require(frame.lines.first)
        #expect(abs(underline.from.x - frame.runs[1].origin.x) < 0.01)
        #expect(abs(underline.to.x - (frame.runs[2].origin.x + frame.runs[2].width)) < 0.01)
        #expect(underline.from.y > frame.runs[1].origin.y)
    }

    @Test func dottedLeaderFillsTheLastLine() throws {
        let frame = try layout([.paragraph(para("Nama", leader: .dots)), .paragraph(para("", leader: .line))])[0]
        let dotted = try #require(frame.lines.first { $0.dash == [0.5, 2] })
        let name = frame.runs[0]
        #expect(abs(dotted.from.x - (name.origin.x + name.width + 2)) < 0.01)
        #expect(abs(dotted.to.x - right) < 0.01)
        #expect(dotted.from.y == name.origin.y)
        let solid = try #require(frame.lines.first { $0.dash.isEmpty })
        #expect(abs(solid.from.x - margin) < 0.01 && abs(solid.to.x - right) < 0.01)
        #expect(solid.from.y > name.origin.y + 10)
    }

    @Test func shrinkToFitKeepsALongNameOnOneLine() throws {
        let name = "Dr. Hj. Siti Nurhaliza Kartikasari Wulandari, M.Pd."
        func runs(_ shrink: Double?) throws -> [GlyphRun] {
            let t = Table(columns: [.fixed(170)], rows: [Row(cells: [Cell(content: [.paragraph(para(name, style(12, bold: true), shrink: shrink))])])])
            return try layout([.table(t)])[0].runs
        }
        #expect(Set(try runs(nil).map(\.origin.y)).count == 2)
        let shrunk = try runs(7)
        #expect(Set(shrunk.map(\.origin.y)).count == 1)
        let size = try #require(shrunk.first?.size)
        #expect(size < 12 && size >= 7)
        #expect(shrunk.allSatisfy { $0.origin.x + $0.width <= margin + 170 - 3 + 0.01 })
        #expect(abs((size * 2).rounded() - size * 2) < 1e-9)   // 0.5 pt steps
    }
}
