import CetakCore

/// A cell placed on a page.
struct PlacedCell {
    /// Its box, page coordinates.
    var rect: Rect
    /// The content lines.
    var atoms: ArraySlice<VAtom>
    /// Top of the content, page coordinates.
    var contentY: Double
    /// Left of the content, page coordinates.
    var contentX: Double
    /// Background.
    var fill: Color?
    /// Grid position inside its segment: columns and row slots covered.
    var cols: Range<Int>
    var slots: Range<Int>
}

/// The rows of one table on one page, drawn together (fills, then text, then each border edge once).
struct TableSegment {
    /// Column boundaries, page coordinates.
    var colX: [Double]
    /// Row slot tops, page coordinates, with the bottom of the last slot at the end.
    var slotY: [Double]
    /// Cells.
    var cells: [PlacedCell]
    /// Rows of a long body placed without their cells (row slot, row): their cells are made when
    /// the segment is drawn, so a page's cells exist only while it is drawn.
    var pending: [(slot: Int, row: LaidRow)] = []
    /// The table.
    let layout: TableLayout
    /// Borders to draw.
    var border: BorderStyle
    /// Border line width.
    var borderWidth: Double
    /// Body rows placed: with data, and empty ones for handwriting.
    private(set) var dataRows = 0, fillerRows = 0
    /// Row slots of the header (the rows added first).
    private(set) var headerSlots = 0
    /// The rows continue the table from an earlier page.
    let continues: Bool

    /// Creates an empty segment for a table at `x` with its top at `y`.
    init(layout: TableLayout, x: Double, y: Double, continues: Bool = false) {
        self.layout = layout
        self.continues = continues
        colX = layout.colX.map { $0 + x }
        slotY = [y]
        cells = []
        border = layout.table.border
        borderWidth = layout.table.borderWidth
    }

    /// Bottom of the rows placed so far.
    var bottom: Double { slotY[slotY.count - 1] }
    /// Number of row slots.
    var slotCount: Int { slotY.count - 1 }

    /// Adds the header rows (first, once).
    mutating func addHeader(_ rows: [LaidRow]) {
        add(rows, body: false)
        headerSlots = slotCount
    }

    /// Adds rows below what is there (rowspans stay within `rows`); body rows are counted.
    mutating func add(_ rows: [LaidRow], body: Bool = true) {
        let first = slotCount
        for row in rows {
            slotY.append(bottom + row.height)
            if body { if row.filler { fillerRows += 1 } else { dataRows += 1 } }
        }
        for (i, row) in rows.enumerated() {
            switch row.content {
            case .made: pending.append((first + i, row))
            case .kept(let list): for cell in list { cells.append(place(cell, slot: first + i)) }
            }
        }
    }

    /// Whether body rows were added.
    var hasBody: Bool { slotCount > headerSlots }

    /// A cell in row slot `slot`, its content aligned in its box.
    private func place(_ cell: LaidCell, slot: Int) -> PlacedCell {
        let pad = layout.table.padding
        let end = min(slot + cell.rowspan, slotY.count - 1)
        let top = slotY[slot], height = slotY[end] - top
        let x0 = colX[cell.col], x1 = colX[cell.col + cell.span]
        let content = cell.contentHeight
        let inner = height - pad.top - pad.bottom
        let dy: Double
        switch cell.valign {
        case .top: dy = pad.top
        case .middle: dy = pad.top + max(0, inner - content) / 2
        case .bottom: dy = pad.top + max(0, inner - content)
        }
        return PlacedCell(rect: Rect(x: x0, y: top, width: x1 - x0, height: height), atoms: cell.atoms,
                          contentY: top + dy, contentX: x0 + pad.left, fill: cell.fill,
                          cols: cell.col..<(cell.col + cell.span), slots: slot..<end)
    }

    /// Every cell, the pending rows' made now, in the order they were added (by row slot).
    private func allCells() throws(Diagnostic) -> [PlacedCell] {
        guard !pending.isEmpty else { return cells }
        var out: [PlacedCell] = []
        var i = 0
        for p in pending {
            while i < cells.count, cells[i].slots.lowerBound < p.slot { out.append(cells[i]); i += 1 }
            for cell in try layout.cells(of: p.row) { out.append(place(cell, slot: p.slot)) }
        }
        out.append(contentsOf: cells[i...])
        return out
    }

    /// Draws the segment.
    func draw(into out: inout [FrameItem]) throws(Diagnostic) {
        let cells = try allCells()
        for c in cells { if let fill = c.fill { out.append(.rect(RectItem(rect: c.rect, stroke: nil, fill: fill))) } }
        for c in cells {
            var y = c.contentY
            for atom in c.atoms { atom.draw(at: c.contentX, y, into: &out); y += atom.height }
        }
        guard border == .all, borderWidth > 0, !cells.isEmpty else { return }
        // Grid edge units, each drawn once: horizontal (slot boundary, column), vertical (column boundary, slot).
        var horizontal = Set<Int>(), vertical = Set<Int>()
        let cols = colX.count, slots = slotY.count
        for c in cells {
            for col in c.cols { horizontal.insert(c.slots.lowerBound * cols + col); horizontal.insert(c.slots.upperBound * cols + col) }
            for s in c.slots { vertical.insert(c.cols.lowerBound * slots + s); vertical.insert(c.cols.upperBound * slots + s) }
        }
        for b in 0..<slots {
            for run in Self.runs(cols - 1, where: { horizontal.contains(b * cols + $0) }) {
                out.append(.line(LineItem(from: Point(colX[run.lowerBound], slotY[b]), to: Point(colX[run.upperBound], slotY[b]), width: borderWidth)))
            }
        }
        for b in 0..<cols {
            for run in Self.runs(slots - 1, where: { vertical.contains(b * slots + $0) }) {
                out.append(.line(LineItem(from: Point(colX[b], slotY[run.lowerBound]), to: Point(colX[b], slotY[run.upperBound]), width: borderWidth)))
            }
        }
    }

    /// The maximal runs of consecutive units `0..<count` that are present, in order: a border drawn as
    /// one line per run instead of one per cell edge.
    static func runs(_ count: Int, where present: (Int) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < count {
            guard present(i) else { i += 1; continue }
            var end = i
            while end < count && present(end) { end += 1 }
            out.append(i..<end)
            i = end
        }
        return out
    }
}
