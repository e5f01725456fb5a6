import CetakCore

/// A cell with its content laid out at its width.
struct LaidCell {
    /// First column.
    var col: Int
    /// Columns spanned.
    var span: Int
    /// Rows spanned (clipped to the rows of its part: header or body).
    var rowspan: Int
    /// The content, top to bottom (heights only when `lazy` is set).
    var atoms: [VAtom]
    /// Vertical alignment.
    var valign: VerticalAlign
    /// Background.
    var fill: Color?
    /// For the body of a long table: where to find the content again when drawing, and which of its
    /// lines this cell (or this part of a split cell) shows. The measured atoms then keep no items.
    var lazy: LazyCell?
}

/// Where a cell of a long table's body comes from, to lay its content out again when it is drawn.
struct LazyCell {
    /// The table's body and how cell content is laid out.
    let body: LazyBody
    /// Body row and cell within it.
    let row: Int32, cell: Int32
    /// Width the content was laid out in.
    let width: Double
    /// The lines of the regenerated content that the cell's atoms stand for.
    var range: Range<Int>

    /// The lines `range` of the content, laid out again (the same as when measured: layout is pure).
    func atoms() -> [VAtom] { body.atoms(row: Int(row), cell: Int(cell), width: width, range) }
}

/// The body rows of a table (held, or made on demand by a `RowSource`) and the cell layout: a table
/// of thousands of rows then holds heights, not glyphs, and a page's glyphs live only while the
/// page is drawn.
final class LazyBody: @unchecked Sendable {
    let table: Table
    let make: ([Block], Double) throws(LayoutError) -> [VAtom]

    init(table: Table, make: @escaping ([Block], Double) throws(LayoutError) -> [VAtom]) {
        self.table = table; self.make = make
    }

    /// Number of body rows.
    var count: Int { table.bodyCount }

    /// Body row `i`.
    func row(_ i: Int) throws(LayoutError) -> Row {
        guard let source = table.source else { return table.rows[i] }
        do { return try source.row(i) } catch { throw .content(error) }
    }

    /// The lines `range` of a cell's content, laid out again.
    func atoms(row: Int, cell: Int, width: Double, _ range: Range<Int>) -> [VAtom] {
        guard let r = try? self.row(row), cell < r.cells.count, let all = try? make(r.cells[cell].content, width),
              range.lowerBound >= 0, range.upperBound <= all.count else { return [] }
        return Array(all[range])
    }
}

/// A row with its height settled.
struct LaidRow {
    /// Cells starting in this row.
    var cells: [LaidCell]
    /// Height, points.
    var height: Double
}

/// A table measured at a width: column positions, rows with heights, body row groups.
struct TableLayout {
    /// The table.
    let table: Table
    /// Column boundaries relative to the table's left edge (count = columns + 1).
    let colX: [Double]
    /// Header rows.
    let header: [LaidRow]
    /// Body rows.
    let body: [LaidRow]
    /// Body row ranges that must stay together (a row and the rows its rowspans cover).
    let groups: [Range<Int>]

    /// Height of the header rows.
    var headerHeight: Double { header.reduce(0) { $0 + $1.height } }
    /// Height of the body rows in `range`.
    func height(_ range: Range<Int>) -> Double { body[range].reduce(0) { $0 + $1.height } }
    /// Height of the whole table (header once).
    var totalHeight: Double { headerHeight + height(0..<body.count) }
    /// Width of the table.
    var width: Double { colX.last ?? 0 }

    /// Measures `table` in `available` points; cell blocks laid out by `blocks`. The body of a long
    /// table (from `RowSource.threshold` rows on) keeps only heights: see `LazyBody`.
    init(_ table: Table, available: Double, blocks: @escaping (_ content: [Block], _ width: Double) throws(LayoutError) -> [VAtom]) throws(LayoutError) {
        self.table = table
        let fixed = table.columns.reduce(0.0) { if case .fixed(let w) = $1 { return $0 + w } else { return $0 } }
        let shares = table.columns.reduce(0.0) { if case .proportional(let s) = $1 { return $0 + max(0, s) } else { return $0 } }
        let rest = max(0, available - fixed)
        var xs = [0.0]
        for c in table.columns {
            switch c {
            case .fixed(let w): xs.append(xs[xs.count - 1] + w)
            case .proportional(let s): xs.append(xs[xs.count - 1] + (shares > 0 ? rest * max(0, s) / shares : 0))
            }
        }
        colX = xs
        let head = table.header
        header = try Self.lay(count: head.count, row: { i throws(LayoutError) in head[i] }, table: table, colX: xs, blocks: blocks)
        let source = LazyBody(table: table, make: blocks)
        body = try Self.lay(count: source.count, row: source.row, table: table, colX: xs, blocks: blocks,
                            lazy: table.source != nil || source.count >= RowSource.threshold ? source : nil)
        var groups: [Range<Int>] = []
        var start = 0
        while start < body.count {
            var end = start + 1
            var r = start
            while r < end {
                for cell in body[r].cells { end = max(end, r + cell.rowspan) }
                r += 1
            }
            groups.append(start..<min(end, body.count))
            start = end
        }
        self.groups = groups
    }

    /// Places the cells on the column grid (skipping columns covered from above), lays out their
    /// content and settles row heights (a rowspan's extra height goes to its last row).
    private static func lay(count: Int, row: (Int) throws(LayoutError) -> Row, table: Table, colX: [Double],
                            blocks: (_ content: [Block], _ width: Double) throws(LayoutError) -> [VAtom],
                            lazy: LazyBody? = nil) throws(LayoutError) -> [LaidRow] {
        let n = colX.count - 1
        let pad = table.padding
        var covered = [Int](repeating: 0, count: max(0, n))
        var out: [LaidRow] = []
        out.reserveCapacity(count)
        var spans: [(row: Int, cell: Int, need: Double)] = []
        for r in 0..<count {
            let row = try row(r)
            var laid = LaidRow(cells: [], height: row.minHeight)
            laid.cells.reserveCapacity(row.cells.count)
            var col = 0
            for (index, cell) in row.cells.enumerated() {
                while col < n && covered[col] > 0 { col += 1 }
                guard col < n else { break }
                let span = max(1, min(cell.colspan, n - col))
                let rowspan = max(1, min(cell.rowspan, count - r))
                for c in col..<(col + span) { covered[c] = max(covered[c], rowspan) }
                let inner = max(0, colX[col + span] - colX[col] - pad.left - pad.right)
                let atoms = try blocks(cell.content, inner)
                let need = atoms.height + pad.top + pad.bottom
                if rowspan == 1 { laid.height = max(laid.height, need) } else { spans.append((r, laid.cells.count, need)) }
                var laidCell = LaidCell(col: col, span: span, rowspan: rowspan, atoms: atoms, valign: cell.valign, fill: cell.fill)
                if let lazy, !atoms.isEmpty {
                    laidCell.atoms = atoms.map { VAtom(height: $0.height, items: [], isSpace: $0.isSpace) }
                    laidCell.lazy = LazyCell(body: lazy, row: Int32(r), cell: Int32(index), width: inner, range: 0..<atoms.count)
                }
                laid.cells.append(laidCell)
                col += span
            }
            for c in covered.indices where covered[c] > 0 { covered[c] -= 1 }
            out.append(laid)
        }
        for s in spans {
            let cell = out[s.row].cells[s.cell]
            let last = s.row + cell.rowspan - 1
            let have = out[s.row...last].reduce(0) { $0 + $1.height }
            if s.need > have { out[last].height += s.need - have }
        }
        return out
    }

    /// Cuts a row taller than `avail` after the content lines that fit; the rest continues as a row of its own.
    /// Nil when no line fits, unless `force` (then one line of each cell goes first, to make progress).
    func split(_ row: LaidRow, avail: Double, force: Bool) -> (LaidRow, LaidRow)? {
        let pad = table.padding
        let room = avail - pad.top - pad.bottom
        var head = LaidRow(cells: [], height: 0), tail = LaidRow(cells: [], height: 0)
        var taken: [Int] = []
        for cell in row.cells {
            var k = 0, h = 0.0
            while k < cell.atoms.count, h + cell.atoms[k].height <= room + 0.01 { h += cell.atoms[k].height; k += 1 }
            taken.append(k)
        }
        if taken.allSatisfy({ $0 == 0 }) {
            guard force else { return nil }
            taken = row.cells.map { $0.atoms.isEmpty ? 0 : 1 }   // nothing fits: one line each, to progress
        }
        for (cell, k) in zip(row.cells, taken) {
            var top = cell, rest = cell
            top.atoms = Array(cell.atoms[..<k]); top.rowspan = 1; top.valign = .top
            rest.atoms = Array(cell.atoms[k...]); rest.rowspan = 1; rest.valign = .top
            if let range = cell.lazy?.range {
                let cut = min(range.lowerBound + k, range.upperBound)
                top.lazy?.range = range.lowerBound..<cut
                rest.lazy?.range = cut..<range.upperBound
            }
            head.cells.append(top); tail.cells.append(rest)
            head.height = max(head.height, top.atoms.height + pad.top + pad.bottom)
            tail.height = max(tail.height, rest.atoms.height + pad.top + pad.bottom)
        }
        head.height = max(head.height, min(avail, row.height))
        tail.height = max(tail.height, row.height - head.height)
        return (head, tail)
    }
}
