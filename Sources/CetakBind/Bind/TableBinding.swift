import CetakCore
import CetakTemplate
import Foundation

/// `<table>`: header rows, the column-number row, fixed rows and rows from data.
extension BlockContext {
    func table(_ t: TableNode, _ s: Scope) throws(EvalError) -> Table {
        let cellStyle = resolve(t.style)
        var headStyle = styles.style(t.headerStyle, fallback: cellStyle)
        if t.headerStyle == nil { headStyle.text.bold = true; headStyle.align = .center }
        // Cells print what the data says; blanks for handwriting are the empty rows themselves.
        let inCells = BlockContext(binder: binder, placeholders: false, inherited: cellStyle)
        let inHead = BlockContext(binder: binder, placeholders: false, inherited: headStyle)

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
                rows += try inCells.dataRows(rs, columns: t.columns, s)
            }
        }
        return Table(columns: t.columns.map(\.width), header: header, rows: rows, border: t.border,
                     padding: t.padding, keepTogether: t.keepTogether, keepWithPrevious: t.keepWithPrevious,
                     spaceBefore: t.spaceBefore, spaceAfter: t.spaceAfter)
    }

    /// The rows of a `<rows>` source: fixed rows first, then the items, then empty numbered rows.
    func dataRows(_ rs: RowsNode, columns: [TableColumn], _ s: Scope) throws(EvalError) -> [Row] {
        var items: [Value] = []
        switch try evalAt(rs.source, s, rs.location) {
        case .list(let l): items = l
        case .null: items = []
        case let v: items = [v]
        }
        items = try stableSorted(items, by: rs.sort, at: rs.location) { s.with(row: $0) }
        // Fixed rows: each fixed value gets the first item that matches it (or an empty row with the value).
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
            return [Row(cells: [Cell(content: [.paragraph(Paragraph(runs: [TextRun(text, style: st.text)], align: .center))],
                                     colspan: columns.count)])]
        }
        var out: [Row] = []
        var prev: Value = .null
        for (n, slot) in slots.enumerated() {
            var vars: [String: Value] = ["$no": .number(Decimal(n + 1)), "$prev": prev, "$fixed": slot.fixed.map(Value.string) ?? .null]
            if let name = rs.itemName { vars[name] = slot.item }
            var rowScope = s.with(row: slot.item).with(vars)
            for l in rs.lets { rowScope = rowScope.with([l.name: try evalAt(l.value, rowScope, l.location)]) }
            out.append(try row(rs.row, columns: columns, rowScope, header: false))
            prev = slot.item
        }
        var n = slots.count
        while n < rs.minRows {
            n += 1
            var vars: [String: Value] = ["$no": .number(Decimal(n)), "$prev": .null, "$fixed": .null]
            if let name = rs.itemName { vars[name] = .null }
            var rowScope = s.with(row: .null).with(vars)
            for l in rs.lets { rowScope = rowScope.with([l.name: .null]) }
            var r = try row(rs.row, columns: columns, rowScope, header: false)
            r.minHeight = max(r.minHeight, rs.emptyHeight)
            out.append(r)
        }
        return out
    }

    /// One row: its cells, aligned by their column's defaults.
    func row(_ r: RowNode, columns: [TableColumn], _ s: Scope, header: Bool) throws(EvalError) -> Row {
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
            cells.append(Cell(content: content, colspan: c.colspan, rowspan: c.rowspan,
                              valign: c.valign ?? column?.valign ?? (header ? .middle : .top), fill: c.fill))
            col += c.colspan
        }
        return Row(cells: cells, minHeight: r.minHeight)
    }
}
