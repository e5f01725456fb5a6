import CetakCore
import Foundation

/// `<table>`: columns, `<head>` rows, the column-number row, fixed `<row>`s and `<rows>` from data.
extension TemplateLoader {
    mutating func table(_ e: XMLElement) -> TableNode {
        var r = reader(e)
        r.allow(["style", "header-style", "border", "padding", "keep-together", "keep-with-previous", "space-before", "space-after", "numbers"])
        let border = BorderStyle(rawValue: r.string("border") ?? "all")
        if border == nil { r.error("border must be all or none") }
        var numbers: [String]?
        if let n = r.string("numbers") {
            if n == "true" { numbers = [] } else if n != "false" { numbers = n.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        }
        var node = TableNode(style: r.string("style"), headerStyle: r.string("header-style"), columns: [], header: [], numbers: numbers,
                             body: [], border: border ?? .all, padding: r.box("padding") ?? (2, 3, 2, 3),
                             keepTogether: r.bool("keep-together") ?? false, keepWithPrevious: r.bool("keep-with-previous") ?? false,
                             spaceBefore: r.space("space-before") ?? FlexSpace(0), spaceAfter: r.space("space-after") ?? FlexSpace(6),
                             location: loc(e))
        absorb(r)
        checkStyle(node.style, at: e)
        checkStyle(node.headerStyle, at: e)
        for c in e.elements {
            switch c.name {
            case "column":
                var cr = reader(c); cr.allow(["width", "align", "valign"])
                let w = cr.string("width") ?? "1*"
                var width = ColumnWidth.proportional(1)
                if w.hasSuffix("*") {
                    let share = w.dropLast().isEmpty ? 1 : Double(w.dropLast())
                    if let s = share, s > 0 { width = .proportional(s) } else { cr.error("width=\"\(w)\" is not a share like 2*") }
                } else if let l = Units.parseLength(w) { width = .fixed(l) } else { cr.error("width=\"\(w)\" must be a length (20mm) or a share (2*)") }
                node.columns.append(TableColumn(width: width, align: cr.align(), valign: cr.valign()))
                absorb(cr)
            case "head": node.header += c.elements.compactMap { h in h.name == "row" ? row(h) : { diags.error(loc(h), "<head> can only contain <row>"); return nil }() }
            case "row": node.body.append(.row(row(c)))
            case "rows": node.body.append(.rows(rows(c)))
            default: diags.error(loc(c), "<table> can only contain column, head, row and rows")
            }
        }
        if node.columns.isEmpty { diags.error(loc(e), "<table> needs at least one <column>") }
        checkSpans(node)
        return node
    }

    mutating func row(_ e: XMLElement) -> RowNode {
        var r = reader(e); r.allow(["min-height", "when"])
        var node = RowNode(cells: [], minHeight: r.length("min-height") ?? 0, when: r.expr("when"), location: loc(e))
        absorb(r)
        for c in e.elements {
            guard c.name == "cell" else { diags.error(loc(c), "<row> can only contain <cell>"); continue }
            node.cells.append(cell(c))
        }
        return node
    }

    mutating func rows(_ e: XMLElement) -> RowsNode {
        var r = reader(e)
        r.allow(["source", "as", "sort", "min-rows", "empty-height", "empty-text", "fixed", "match", "min-height", "fill"])
        var fixed: [String] = []
        if let f = r.string("fixed") {
            fixed = splitTopLevel(f).map { s in
                var t = s
                if let q = t.first, q == "'" || q == "\"", t.last == q, t.count >= 2 { t = String(t.dropFirst().dropLast()) }
                return t
            }
        }
        let rowNode = RowNode(cells: [], minHeight: r.length("min-height") ?? 0, when: nil, location: loc(e))
        var node = RowsNode(source: r.requiredExpr("source"), itemName: r.string("as"), sort: r.sortKeys("sort"),
                            minRows: r.int("min-rows") ?? 0, emptyHeight: r.length("empty-height") ?? Units.mm(10),
                            emptyText: r.string("empty-text"), fixed: fixed, match: r.expr("match"), lets: [], row: rowNode, location: loc(e))
        if !fixed.isEmpty, node.match == nil { r.error("<rows fixed=...> needs match=\"column\" to find each fixed row's data") }
        if let f = r.string("fill") {
            if let fill = RowsFill(rawValue: f) { node.fill = fill } else { r.error("fill must be rows or page") }
        }
        absorb(r)
        for c in e.elements {
            if c.name == "let" {
                var lr = reader(c); lr.allow(["name", "value"])
                node.lets.append(LetDecl(name: lr.required("name"), value: lr.requiredExpr("value"), location: loc(c)))
                absorb(lr)
                continue
            }
            guard c.name == "cell" else { diags.error(loc(c), "<rows> holds <let>s and the <cell>s of the row it repeats"); continue }
            node.row.cells.append(cell(c))
        }
        return node
    }

    mutating func cell(_ e: XMLElement) -> CellNode {
        var r = reader(e); r.allow(["colspan", "rowspan", "align", "valign", "style", "fill", "continued"])
        let inlineNames: Set<String> = ["b", "i", "u", "span", "br"]
        let hasBlocks = e.elements.contains { !inlineNames.contains($0.name) }
        if hasBlocks {
            for c in e.children {
                if case .text(let t) = c, !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    diags.error(loc(e), "text beside <p>, <image>… in a cell is not printed: put it in a <p>")
                }
            }
        }
        let style = r.string("style")
        let content: [Node] = hasBlocks ? nodes(e.elements)
            : [.paragraph(ParagraphNode(style: nil, align: nil, inlines: inlines(e), spaceBefore: FlexSpace(0), spaceAfter: FlexSpace(0), indent: 0,
                                        firstLineIndent: 0, leader: nil, keepWithNext: false, shrink: nil, when: nil, location: loc(e)))]
        var fill: Color?
        if let f = r.string("fill") { fill = Color.parse(f); if fill == nil { r.error("fill=\"\(f)\" must be a colour like #e6e6e6") } }
        var node = CellNode(content: content, colspan: max(1, r.int("colspan") ?? 1), rowspan: max(1, r.int("rowspan") ?? 1),
                            align: r.align(), valign: r.valign(), style: style, fill: fill, location: loc(e))
        node.continued = r.interpolation("continued")
        absorb(r)
        checkStyle(style, at: e)
        return node
    }

    /// Every row must cover exactly the table's columns, counting colspans and rowspans from above.
    mutating func checkSpans(_ t: TableNode) {
        let n = t.columns.count
        guard n > 0 else { return }
        func check(_ rows: [RowNode]) {
            var carry = [Int](repeating: 0, count: n) // rows still covered per column
            for row in rows {
                var col = 0
                for c in row.cells {
                    while col < n, carry[col] > 0 { col += 1 }
                    if col + c.colspan > n {
                        diags.error(c.location, "this cell reaches past the table's \(n) columns")
                        col = -1
                        break
                    }
                    for k in col..<(col + c.colspan) { carry[k] = c.rowspan }
                    col += c.colspan
                }
                if col < 0 { carry = carry.map { max(0, $0 - 1) }; continue }
                while col < n, carry[col] > 0 { col += 1 }
                if col < n { diags.error(row.location, "this row covers \(col) of the table's \(n) columns") }
                carry = carry.map { max(0, $0 - 1) }
            }
        }
        check(t.header)
        // Consecutive fixed rows may span each other (rowspan); a <rows> template stands alone.
        var run: [RowNode] = []
        for item in t.body {
            switch item {
            case .row(let r): run.append(r)
            case .rows(let rs):
                check(run); run = []
                check([rs.row])
            }
        }
        check(run)
    }
}
