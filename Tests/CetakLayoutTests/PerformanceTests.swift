import CetakCore
import Testing
@testable import CetakLayout

@Suite struct PerformanceTests {
    /// Measures (no assertion on time) a 3-page report: 40 rows of wrapped text in 8 columns.
    @Test func threePageReportTiming() throws {
        let header = [Row(cells: (1...8).map { cell("Kolom \($0)") })]
        let rows = (0..<40).map { n in
            Row(cells: [cell("\(n + 1).")] + (1..<8).map { c in Cell(content: [.paragraph(para(lorem(2 + (n + c) % 4, seed: n + c), style(9)))]) })
        }
        let t = Table(columns: [.fixed(24)] + Array(repeating: .proportional(1), count: 7), header: header, rows: rows)
        let doc = document([.paragraph(para("LAPORAN", style(14, bold: true), align: .center)), .table(t)])
        let l = try layouter()
        let frames = try l.layout(doc)
        #expect(frames.count == 3)
        let clock = ContinuousClock()
        let n = 20
        let elapsed = try clock.measure { for _ in 0..<n { _ = try l.layout(doc) } }
        print("layout of a \(frames.count)-page 40×8 report: \(elapsed / n) per document")
    }
}
