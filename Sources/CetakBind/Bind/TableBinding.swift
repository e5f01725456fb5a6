import CetakCore
import CetakTemplate
import Foundation

/// `<table>`: header rows, the column-number row, fixed rows and rows from data.
extension BlockContext {
    func table(_ t: TableNode, _ s: Scope) throws(Diagnostic) -> Table {
        let cellStyle = resolve(t.style)
        var headStyle = styles.style(t.headerStyle, fallback: cellStyle)
        if t.headerStyle == nil { headStyle.text.bold = true; headStyle.align = .center }
        // Cells of a ruled table print what the data says (its blanks for handwriting are the empty rows
        // themselves); a table without borders is layout (a letter's Nomor and date): dotted blanks there.
        var inCells = self, inHead = self
        inCells.placeholders = placeholders && t.border == .none; inCells.inherited = cellStyle
        inHead.placeholders = false; inHead.inherited = headStyle

        var header: [Row] = []
        for r in t.header { header.append(try inHead.row(r, columns: t.columns, s, header: true)) }
        if let labels = t.numbers {
            var numberStyle = headStyle
            numberStyle.text.bold = false
            numberStyle.text.italic = false
            numberStyle.text.size = max(6, headStyle.text.size - 1)
            let texts = labels.isEmpty ? (1...t.columns.count).map { "(\($0))" } : labels
            header.append(Row(cells: texts.map { txt in
                Cell(content: [.paragraph(Paragraph(runs: [TextRun(txt, style: numberStyle.text)], align: .center))], valign: .middle)
            }))
        }
        var rows: [Row] = []
        for item in t.body {
            switch item {
            case .row(let r):
                if let w = r.when, !(try evalAt(w, s, r.location).truthy) { continue }
                rows.append(try inCells.row(r, columns: t.columns, s, header: false))
            case .rows(let rs):
                let slots = try inCells.dataSlots(rs, columns: t.columns, s)
                if let fixed = slots.rows { rows += fixed; continue }
                var count = max(slots.items.count, rs.minRows)
                // A table with nothing in it is a form for handwriting: with fill="page", empty rows down to
                // the bottom of the page (as many as a page could hold; layout drops those it has no room for).
                if rs.fill == .page, slots.items.isEmpty {
                    count = max(rs.minRows, Int(binder.pageBodyHeight / max(rs.emptyHeight, 1)) + 1)
                }
                // A table that is one long <rows> source binds its rows on demand (see RowSource).
                if t.body.count == 1 && count >= RowSource.threshold {
                    var rowContext = inCells
                    rowContext.deferred = nil   // no cycle: the log holds the source, not the other way round
                    let cells = rowContext
                    let source = RowSource(count: count) { i throws(Diagnostic) in
                        try cells.dataRow(i, rs, slots.items, columns: t.columns, s)
                    }
                    deferred?.add(source)
                    return make(t, header: header, rows: [], source: source)
                }
                for i in 0..<count { rows.append(try inCells.dataRow(i, rs, slots.items, columns: t.columns, s)) }
            }
        }
        return make(t, header: header, rows: rows, source: nil)
    }

    private func make(_ t: TableNode, header: [Row], rows: [Row], source: RowSource?) -> Table {
        var table = Table(columns: t.columns.map(\.width), header: header, rows: rows, border: t.border,
                          padding: t.padding, keepTogether: t.keepTogether, keepWithPrevious: t.keepWithPrevious,
                          spaceBefore: t.spaceBefore.natural, spaceAfter: t.spaceAfter.natural, source: source,
                          flex: SpaceFlex(before: t.spaceBefore.shrink, after: t.spaceAfter.shrink))
        table.location = t.location
        return table
    }

    /// The items of a `<rows>` source in row order: fixed rows first (each fixed value with the first
    /// item that matches it), then the others. `rows` instead when the list is empty and says so.
    func dataSlots(_ rs: RowsNode, columns: [TableColumn], _ s: Scope) throws(Diagnostic)
        -> (items: [(item: Value, fixed: String?)], rows: [Row]?) {
        var items: [Value] = []
        switch try evalAt(rs.source, s, rs.location) {
        case .list(let l): items = l
        case .null: items = []
        case let v: items = [v]
        }
        items = try stableSorted(items, by: rs.sort, at: rs.location) { s.with(row: $0) }
        var slots: [(item: Value, fixed: String?)] = []
        if let match = rs.match, !rs.fixed.isEmpty {
            var used = Set<Int>()
            for f in rs.fixed {
                var found: Value = .null
                for (i, it) in items.enumerated() where !used.contains(i) {
                    if ValueOrder.equal(try evalAt(match, s.with(row: it), rs.location), .string(f)) { found = it; used.insert(i); break }
                }
                slots.append((found, f))
            }
            for (i, it) in items.enumerated() where !used.contains(i) { slots.append((it, nil)) }
        } else {
            slots = items.map { ($0, nil) }
        }
        // "Tidak ada" for an empty list, except on a blank form, which wants rows to write on.
        if slots.isEmpty, let text = rs.emptyText, !binder.options.blank {
            var st = resolve(nil)
            st.align = .center
            return ([], [Row(cells: [Cell(content: [.paragraph(Paragraph(runs: [TextRun(text, style: st.text)], align: .center))],
                                          colspan: columns.count)])])
        }
        return (slots, nil)
    }

    /// Row `n` of a `<rows>` source: an item's row, or past the items an empty numbered row (`min-rows`).
    func dataRow(_ n: Int, _ rs: RowsNode, _ slots: [(item: Value, fixed: String?)], columns: [TableColumn],
                 _ s: Scope) throws(Diagnostic) -> Row {
        let empty = n >= slots.count
        let item = empty ? Value.null : slots[n].item
        var vars: [String: Value] = ["$no": .number(Decimal(n + 1)), "$prev": !empty && n > 0 ? slots[n - 1].item : .null,
                                     "$fixed": empty ? .null : slots[n].fixed.map(Value.string) ?? .null]
        if let name = rs.itemName { vars[name] = item }
        var rowScope = s.with(row: item).with(vars)
        for l in rs.lets { rowScope = rowScope.with([l.name: empty ? .null : try evalAt(l.value, rowScope, l.location)]) }
        var ctx = self
        ctx.filler = empty
        var r = try ctx.row(rs.row, columns: columns, rowScope, header: false)
        if empty {
            r.minHeight = max(r.minHeight, rs.emptyHeight)
            r.filler = true
        }
        return r
    }

    /// One row: its cells, aligned by their column's defaults.
    func row(_ r: RowNode, columns: [TableColumn], _ s: Scope, header: Bool) throws(Diagnostic) -> Row {
        var cells: [Cell] = []
        var col = 0
        for c in r.cells {
            let column = col < columns.count ? columns[col] : nil
            var ctx = self
            if let st = c.style { ctx.inherited = styles.style(st) }
            var content = try ctx.blocks(c.content, s)
            let align = c.align ?? (header ? nil : column?.align)
            if let align {
                content = content.map { b in
                    if case .paragraph(var p) = b { p.align = align; return .paragraph(p) }
                    return b
                }
            }
            // What the cell prints first on a continued page (a value it leaves out as repeating the row above).
            var continued: [Block]?
            if let alt = c.continued, !filler {
                let st = ctx.resolve(nil)
                let text = try binder.interpolate(alt, s, at: c.location)
                continued = [.paragraph(Paragraph(runs: text.isEmpty ? [] : [TextRun(text, style: st.text)], align: align ?? st.align))]
            }
            cells.append(Cell(content: content, colspan: c.colspan, rowspan: c.rowspan,
                              valign: c.valign ?? column?.valign ?? (header ? .middle : .top), fill: c.fill, continued: continued))
            col += c.colspan
        }
        return Row(cells: cells, minHeight: r.minHeight)
    }
}
