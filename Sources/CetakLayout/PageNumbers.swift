import CetakCore

/// Fills page-number and page-count runs with their text (recursively through tables).
enum PageNumbers {
    /// The blocks with `.pageNumber` runs reading `page` and `.pageCount` runs reading `count`.
    static func fill(_ blocks: [Block], page: String, count: String) -> [Block] {
        blocks.map { block in
            switch block {
            case .paragraph(var p):
                p.runs = fill(p.runs, page: page, count: count)
                return .paragraph(p)
            case .table(var t):
                t.header = t.header.map { fill($0, page: page, count: count) }
                t.rows = t.rows.map { fill($0, page: page, count: count) }
                return .table(t)
            default:
                return block
            }
        }
    }

    private static func fill(_ row: Row, page: String, count: String) -> Row {
        var row = row
        row.cells = row.cells.map { var c = $0; c.content = fill(c.content, page: page, count: count); return c }
        return row
    }

    private static func fill(_ runs: [TextRun], page: String, count: String) -> [TextRun] {
        runs.map { run in
            var run = run
            switch run.kind {
            case .pageNumber: run.text = page; run.kind = .text
            case .pageCount: run.text = count; run.kind = .text
            case .text, .lineBreak: break
            }
            return run
        }
    }

    /// Whether any run of the blocks is a page number or count.
    static func uses(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block {
            case .paragraph(let p): return p.runs.contains { $0.kind == .pageNumber || $0.kind == .pageCount }
            case .table(let t): return (t.header + t.rows).contains { $0.cells.contains { uses($0.content) } }
            default: return false
            }
        }
    }
}
