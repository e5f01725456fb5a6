import CetakCore
import Foundation
import Testing
@testable import CetakLayout

/// Long tables whose body rows are made on demand (`RowSource`): the same pages as the rows held,
/// each row made once to measure and once to draw, and a row that cannot be made fails the layout.
@Suite struct RowSourceTests {
    let header = [Row(cells: [cell("No"), cell("Nama"), cell("Keterangan")])]
    let columns: [ColumnWidth] = [.fixed(30), .proportional(2), .proportional(3)]

    /// Row `n`: a number, a name, and a text of a varying number of lines; row 77 is taller than a page.
    func row(_ n: Int) -> Row {
        let words = n == 77 ? 900 : 3 + n % 11
        return Row(cells: [cell("\(n + 1)."), cell("Peserta \(n + 1)"), cell(String(repeating: "kata\(n) ", count: words))])
    }

    /// What a page shows: each text run with its position, and the number of lines drawn.
    func summary(_ frames: [Frame]) -> [String] {
        frames.map { f in
            f.runs.map { "\($0.text)@\($0.origin.x),\($0.origin.y)" }.joined(separator: "|") + "#\(f.lines.count)"
        }
    }

    @Test func madeOnDemandGivesTheSamePagesAsHeld() throws {
        let count = RowSource.threshold + 60
        let held = Table(columns: columns, header: header, rows: (0..<count).map(row))
        let source = RowSource(count: count) { i throws(Diagnostic) in row(i) }
        let made = Table(columns: columns, header: header, rows: [], source: source)
        let a = try layout([.paragraph(para("Rekapitulasi")), .table(held), .paragraph(para("Selesai"))])
        let b = try layout([.paragraph(para("Rekapitulasi")), .table(made), .paragraph(para("Selesai"))])
        #expect(a.count > 5)
        #expect(summary(a) == summary(b))
    }

    @Test func eachRowIsMadeOnceToMeasureAndOnceToDraw() throws {
        let count = RowSource.threshold + 10
        let calls = Counter()
        let source = RowSource(count: count) { i throws(Diagnostic) in calls.add(i); return row(i % 50) }
        _ = try layout([.table(Table(columns: columns, header: header, rows: [], source: source))])
        #expect(calls.total == 2 * count)
        #expect(calls.distinct == count)
    }

    @Test func aLongBodyKeepsHeightsNotCells() throws {
        let count = 2_000
        let source = RowSource(count: count) { i throws(Diagnostic) in row(i % 50) }
        let layout = try BlockLayout(paragraphs: ParagraphLayout(itemizer: TextItemizer(fonts: sharedFonts.get())))
            .table(Table(columns: columns, header: header, rows: [], source: source), width: 480)
        #expect(layout.body.count == count)
        #expect(layout.body.enumerated().allSatisfy { i, row in
            if case .made(i, false) = row.content { return row.height > 0 } else { return false }
        })
        #expect(layout.header.allSatisfy { !$0.keptCells.isEmpty })
        // A short table keeps its cells (nothing to gain, and rowspans are free there).
        let short = try BlockLayout(paragraphs: ParagraphLayout(itemizer: TextItemizer(fonts: sharedFonts.get())))
            .table(Table(columns: columns, header: header, rows: (0..<20).map(row)), width: 480)
        #expect(short.body.allSatisfy { row in if case .kept(let cells) = row.content { return !cells.isEmpty } else { return false } })
    }

    @Test func aLongBodyWithARowspanKeepsItsCells() throws {
        var rows = (0..<RowSource.threshold + 10).map(row)
        rows[3].cells[0].rowspan = 2
        rows[4].cells.removeFirst()
        let layout = try BlockLayout(paragraphs: ParagraphLayout(itemizer: TextItemizer(fonts: sharedFonts.get())))
            .table(Table(columns: columns, header: header, rows: rows), width: 480)
        #expect(layout.body.allSatisfy { row in if case .kept(let cells) = row.content { return !cells.isEmpty } else { return false } })
        #expect(layout.groups.contains(3..<5))
    }

    @Test func aRowThatCannotBeMadeFailsTheLayoutWithItsLocation() throws {
        let at = SourceLocation(file: "sa04.xml", line: 12)
        let source = RowSource(count: 300) { i throws(Diagnostic) in
            if i == 250 { throw Diagnostic(.error, .record, at: at, "'nilai' needs a number") }
            return row(i % 50)
        }
        #expect(throws: Diagnostic(.error, .record, at: at, "'nilai' needs a number")) {
            try layout([.table(Table(columns: columns, header: header, rows: [], source: source))])
        }
    }
}

/// Counts calls from any thread.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []
    func add(_ i: Int) { lock.withLock { seen.append(i) } }
    var total: Int { lock.withLock { seen.count } }
    var distinct: Int { lock.withLock { Set(seen).count } }
}
