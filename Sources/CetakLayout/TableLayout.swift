import CetakCore

/// A cell with its content laid out at its width.
struct LaidCell {
    /// First column.
    var col: Int
    /// Columns spanned.
    var span: Int
    /// Rows spanned (clipped to the rows of its part: header or body).
    var rowspan: Int
    /// The content, top to bottom: a slice, so that splitting a long cell over pages shares its lines
    /// instead of copying the rest on every page.
    var atoms: ArraySlice<VAtom>
    /// The height of `atoms`, kept so a split need not add up the rest again.
    var contentHeight: Double
    /// Vertical alignment.
    var valign: VerticalAlign
    /// Background.
    var fill: Color?
}

/// Where a laid row's cells are.
enum RowCells {
    /// Laid out and kept.
    case kept([LaidCell])
    /// Not kept: body row `index` of a long table, made and laid out again when needed (drawing its
    /// page, splitting it). `continued`: with the content its cells show first on a continued page.
    case made(index: Int, continued: Bool)
}

/// A row with its height settled.
struct LaidRow {
    /// Its cells, kept or made again on demand.
    var content: RowCells
    /// Height, points.
    var height: Double
    /// An empty row for handwriting (elastic; see `Row.filler`).
    var filler: Bool = false

    /// A row whose cells are kept.
    init(cells: [LaidCell], height: Double, filler: Bool = false) {
        content = .kept(cells); self.height = height; self.filler = filler
    }

    /// A row whose cells are made again when needed.
    init(made index: Int, continued: Bool = false, height: Double, filler: Bool) {
        content = .made(index: index, continued: continued); self.height = height; self.filler = filler
    }

    /// The kept cells (none for a row made on demand).
    var keptCells: [LaidCell] {
        if case .kept(let cells) = content { return cells }
        return []
    }
}

/// The body rows of a table: held, or made on demand by a `RowSource`.
struct BodyRows: @unchecked Sendable {
    let table: Table

    /// Number of body rows.
    var count: Int { table.bodyCount }

    /// Body row `i`.
    func row(_ i: Int) throws(Diagnostic) -> Row {
        guard let source = table.source else { return table.rows[i] }
        return try source.row(i)
    }
}

extension Row {
    /// Whether a cell shows something else first on a continued page.
    var hasContinued: Bool { cells.contains { $0.continued != nil } }

    /// The row as printed first on a page that continues its table.
    var asContinued: Row {
        var r = self
        for i in r.cells.indices { if let alt = r.cells[i].continued { r.cells[i].content = alt } }
        return r
    }
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
    /// Body rows as printed first on a page that continues the table, where that differs (by body index).
    let continued: [Int: LaidRow]
    /// The body rows, to make again the rows whose cells are not kept.
    private let rows: BodyRows
    /// Lays cell content out.
    private let blocks: (_ content: [Block], _ width: Double) throws(Diagnostic) -> [VAtom]

    /// Data rows (not empty rows for handwriting) in each group.
    let groupData: [Int]
    /// Data rows in the body.
    var dataRowCount: Int { groupData.reduce(0, +) }
    /// Height of the body's data rows (the empty rows for handwriting give way).
    let dataHeight: Double

    /// Height of the header rows.
    var headerHeight: Double { header.reduce(0) { $0 + $1.height } }
    /// What must come first on a page where the table starts: all of it when kept together, else the
    /// header and the first group of rows.
    var leadHeight: Double {
        table.keepTogether ? totalHeight : headerHeight + (groups.first.map { height($0) } ?? 0)
    }
    /// Whether group `g` is only empty rows for handwriting.
    func isFiller(_ g: Int) -> Bool { groupData[g] == 0 && groups[g].allSatisfy { body[$0].filler } }
    /// Height of the body rows in `range`.
    func height(_ range: Range<Int>) -> Double { body[range].reduce(0) { $0 + $1.height } }
    /// Height of the whole table (header once).
    var totalHeight: Double { headerHeight + height(0..<body.count) }
    /// Width of the table.
    var width: Double { colX.last ?? 0 }

    /// Measures `table` in `available` points; cell blocks laid out by `blocks`. The body of a long
    /// table (from `RowSource.threshold` rows on, or made on demand) keeps only row heights: a table
    /// of thousands of rows then holds numbers, not glyphs, and a page's glyphs live only while the
    /// page is drawn.
    init(_ table: Table, available: Double, blocks: @escaping (_ content: [Block], _ width: Double) throws(Diagnostic) -> [VAtom]) throws(Diagnostic) {
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
        self.blocks = blocks
        let head = table.header
        header = try Self.lay(count: head.count, row: { i throws(Diagnostic) in head[i] }, table: table, colX: xs, blocks: blocks)
        let rows = BodyRows(table: table)
        self.rows = rows
        // A long body keeps heights only; one with a rowspan keeps its cells (a row's columns then
        // depend on the rows above it, and such tables are short in practice).
        var continued: [Int: LaidRow] = [:]
        if rows.count >= RowSource.threshold || table.source != nil,
           let heights = try Self.measure(count: rows.count, row: rows.row, table: table, colX: xs, blocks: blocks, continued: &continued) {
            body = heights
        } else {
            body = try Self.lay(count: rows.count, row: rows.row, table: table, colX: xs, blocks: blocks)
            for i in 0..<rows.count {
                let row = try rows.row(i)
                guard row.hasContinued else { continue }
                var covered = [Int](repeating: 0, count: max(0, xs.count - 1))
                let laid = try Self.place(row.asContinued, at: i, of: rows.count, covered: &covered, table: table, colX: xs, blocks: blocks)
                continued[i] = LaidRow(cells: laid.row.keptCells, height: max(laid.row.height, body[i].height), filler: body[i].filler)
            }
        }
        self.continued = continued
        var groups: [Range<Int>] = []
        var start = 0
        while start < body.count {
            var end = start + 1
            var r = start
            while r < end {
                for cell in body[r].keptCells { end = max(end, r + cell.rowspan) }
                r += 1
            }
            groups.append(start..<min(end, body.count))
            start = end
        }
        self.groups = groups
        let body = self.body
        groupData = groups.map { g in g.reduce(0) { $0 + (body[$1].filler ? 0 : 1) } }
        dataHeight = body.reduce(0) { $0 + ($1.filler ? 0 : $1.height) }
    }

    /// Body row `i` as placed: as printed first on a continued page when `continued` and it differs there.
    func bodyRow(_ i: Int, continued: Bool) -> LaidRow {
        if continued, let alt = self.continued[i] { return alt }
        return body[i]
    }

    /// Places the cells on the column grid (skipping columns covered from above), lays out their
    /// content and settles row heights (a rowspan's extra height goes to its last row).
    private static func lay(count: Int, row: (Int) throws(Diagnostic) -> Row, table: Table, colX: [Double],
                            blocks: (_ content: [Block], _ width: Double) throws(Diagnostic) -> [VAtom]) throws(Diagnostic) -> [LaidRow] {
        var covered = [Int](repeating: 0, count: max(0, colX.count - 1))
        var out: [LaidRow] = []
        out.reserveCapacity(count)
        var spans: [(row: Int, cell: Int, need: Double)] = []
        for r in 0..<count {
            let laid = try place(try row(r), at: r, of: count, covered: &covered, table: table, colX: colX, blocks: blocks)
            for s in laid.spans { spans.append((r, s.cell, s.need)) }
            out.append(laid.row)
        }
        for s in spans {
            let cell = out[s.row].keptCells[s.cell]
            let last = s.row + cell.rowspan - 1
            let have = out[s.row...last].reduce(0) { $0 + $1.height }
            if s.need > have { out[last].height += s.need - have }
        }
        return out
    }

    /// The rows' heights only, each row's cells laid out and let go; nil when a cell spans rows.
    private static func measure(count: Int, row: (Int) throws(Diagnostic) -> Row, table: Table, colX: [Double],
                                blocks: (_ content: [Block], _ width: Double) throws(Diagnostic) -> [VAtom],
                                continued: inout [Int: LaidRow]) throws(Diagnostic) -> [LaidRow]? {
        var covered = [Int](repeating: 0, count: max(0, colX.count - 1))
        var out: [LaidRow] = []
        out.reserveCapacity(count)
        for r in 0..<count {
            let made = try row(r)
            let laid = try place(made, at: r, of: count, covered: &covered, table: table, colX: colX, blocks: blocks)
            guard laid.row.keptCells.allSatisfy({ $0.rowspan == 1 }) else { return nil }
            out.append(LaidRow(made: r, height: laid.row.height, filler: made.filler))
            if made.hasContinued {
                var fresh = [Int](repeating: 0, count: max(0, colX.count - 1))
                let alt = try place(made.asContinued, at: r, of: count, covered: &fresh, table: table, colX: colX, blocks: blocks)
                continued[r] = LaidRow(made: r, continued: true, height: max(alt.row.height, laid.row.height), filler: made.filler)
            }
        }
        return out
    }

    /// One row's cells on the grid, their content laid out; the height its one-row cells need, and
    /// what each cell spanning rows needs.
    private static func place(_ row: Row, at r: Int, of count: Int, covered: inout [Int], table: Table, colX: [Double],
                              blocks: (_ content: [Block], _ width: Double) throws(Diagnostic) -> [VAtom]) throws(Diagnostic)
        -> (row: LaidRow, spans: [(cell: Int, need: Double)]) {
        let n = colX.count - 1
        let pad = table.padding
        var cells: [LaidCell] = []
        cells.reserveCapacity(row.cells.count)
        var height = row.minHeight
        var spans: [(cell: Int, need: Double)] = []
        var col = 0
        for cell in row.cells {
            while col < n && covered[col] > 0 { col += 1 }
            guard col < n else { break }
            let span = max(1, min(cell.colspan, n - col))
            let rowspan = max(1, min(cell.rowspan, count - r))
            for c in col..<(col + span) { covered[c] = max(covered[c], rowspan) }
            let inner = max(0, colX[col + span] - colX[col] - pad.left - pad.right)
            let atoms = try blocks(cell.content, inner)
            let need = atoms.height + pad.top + pad.bottom
            if rowspan == 1 { height = max(height, need) } else { spans.append((cells.count, need)) }
            cells.append(LaidCell(col: col, span: span, rowspan: rowspan, atoms: atoms[...], contentHeight: atoms.height,
                                  valign: cell.valign, fill: cell.fill))
            col += span
        }
        for c in covered.indices where covered[c] > 0 { covered[c] -= 1 }
        return (LaidRow(cells: cells, height: height, filler: row.filler), spans)
    }

    /// The cells of a row: those kept, or for a row of a long body, made and laid out again (the
    /// same as when measured: binding and layout are pure). A row that fails now fails the page.
    func cells(of row: LaidRow) throws(Diagnostic) -> [LaidCell] {
        switch row.content {
        case .kept(let cells): return cells
        case .made(let r, let continued):
            var covered = [Int](repeating: 0, count: max(0, colX.count - 1))
            var made = try rows.row(r)
            if continued { made = made.asContinued }
            return try Self.place(made, at: r, of: rows.count, covered: &covered, table: table, colX: colX, blocks: blocks).row.keptCells
        }
    }

    /// Whether the row's cells hold no content lines (what is left of a split row once its text is placed).
    func isEmptyOfContent(_ row: LaidRow) throws(Diagnostic) -> Bool {
        try cells(of: row).allSatisfy { $0.atoms.isEmpty }
    }

    /// Cuts a row taller than `avail` after the content lines that fit; the rest continues as a row of its own.
    /// Nil when no line fits, unless `force` (then one line of each cell goes first, to make progress).
    /// Linear in the lines taken: the rest shares the cell's lines (a slice) and its height is kept, so a
    /// cell of 10 million characters over thousands of pages costs what a paragraph of it costs.
    func split(_ row: LaidRow, avail: Double, force: Bool) throws(Diagnostic) -> (LaidRow, LaidRow)? {
        let pad = table.padding
        let room = avail - pad.top - pad.bottom
        var headCells: [LaidCell] = [], tailCells: [LaidCell] = []
        var headHeight = 0.0, tailHeight = 0.0
        let cells = try self.cells(of: row)
        var taken: [(count: Int, height: Double)] = []
        for cell in cells {
            var k = 0, h = 0.0
            var i = cell.atoms.startIndex
            while i < cell.atoms.endIndex, h + cell.atoms[i].height <= room + 0.01 { h += cell.atoms[i].height; k += 1; i += 1 }
            taken.append((k, h))
        }
        if taken.allSatisfy({ $0.count == 0 }) {
            guard force else { return nil }
            // Nothing fits: one line each, to progress.
            taken = cells.map { $0.atoms.first.map { (1, $0.height) } ?? (0, 0) }
        }
        for (cell, t) in zip(cells, taken) {
            var top = cell, rest = cell
            top.atoms = cell.atoms.prefix(t.count); top.contentHeight = t.height; top.rowspan = 1; top.valign = .top
            rest.atoms = cell.atoms.dropFirst(t.count); rest.contentHeight = max(0, cell.contentHeight - t.height)
            rest.rowspan = 1; rest.valign = .top
            headCells.append(top); tailCells.append(rest)
            headHeight = max(headHeight, top.contentHeight + pad.top + pad.bottom)
            tailHeight = max(tailHeight, rest.contentHeight + pad.top + pad.bottom)
        }
        headHeight = max(headHeight, min(avail, row.height))
        tailHeight = max(tailHeight, row.height - headHeight)
        return (LaidRow(cells: headCells, height: headHeight, filler: row.filler),
                LaidRow(cells: tailCells, height: tailHeight, filler: row.filler))
    }
}
