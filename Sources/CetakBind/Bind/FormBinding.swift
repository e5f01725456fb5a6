import CetakCore
import CetakTemplate
import Foundation

/// Field grids, signature blocks and lists, all laid out as borderless tables.
extension BlockContext {
    func para(_ runs: [TextRun], _ align: TextAlign, leader: Leader? = nil) -> Block {
        .paragraph(Paragraph(runs: runs, align: align, leader: leader))
    }

    /// Label : value lines, in one or two columns; an empty value is a dotted line to write on.
    func fields(_ f: FieldsNode, _ s: Scope) throws(Diagnostic) -> Table {
        let st = resolve(f.style)
        var cols: [ColumnWidth] = []
        for i in 0..<f.columns {
            if i > 0 { cols.append(.fixed(Units.mm(6))) }
            cols += [.fixed(f.labelWidth), .fixed(Units.mm(3)), .proportional(1)]
        }
        var rows: [Row] = []
        var cells: [Cell] = []
        let plain = BlockContext(binder: binder, placeholders: false, inherited: st)
        for (i, field) in f.fields.enumerated() {
            if i % f.columns > 0 { cells.append(Cell(content: [])) }
            let (label, _) = try plain.runs(field.label, st.text, s, at: field.location)
            let (value, _) = try plain.runs(field.value, st.text, s, at: field.location)
            let empty = value.allSatisfy { $0.text.isBlank && $0.kind == .text }
            cells.append(Cell(content: [para(label, .left)]))
            cells.append(Cell(content: [para([TextRun(":", style: st.text)], .left)]))
            cells.append(Cell(content: [para(empty ? [] : value, .left, leader: empty ? .dots : nil)]))
            if i % f.columns == f.columns - 1 { rows.append(Row(cells: cells)); cells = [] }
        }
        if !cells.isEmpty {
            while cells.count < cols.count { cells.append(Cell(content: [])) }
            rows.append(Row(cells: cells))
        }
        return Table(columns: cols, rows: rows, border: .none, padding: (1, 0, 1, 0),
                     spaceBefore: f.spaceBefore.natural, spaceAfter: f.spaceAfter.natural,
                     flex: SpaceFlex(before: f.spaceBefore.shrink, after: f.spaceAfter.shrink), role: .fields)
    }

    /// Signatories side by side: role lines, room to sign, name bold and underlined, NIP. Two rows —
    /// the roles bottom-aligned, then signature room and names top-aligned — so the names line up
    /// however many lines each role wraps into.
    func signatures(_ g: SignaturesNode, _ s: Scope) throws(Diagnostic) -> Table {
        let st = resolve(g.style)
        var roles: [Cell] = []
        var signs: [Cell] = []
        for sig in g.signatories {
            var top: [Block] = []
            if let pd = sig.placeDate {
                let (r, _) = try runs(pd, st.text, s, at: sig.location)
                top.append(para(r, .center))
            }
            for line in sig.lines {
                let (r, _) = try runs(line, st.text, s, at: sig.location)
                top.append(para(r, .center))
            }
            roles.append(Cell(content: top, valign: .bottom))
            signs.append(Cell(content: try signature(sig, g, st, s)))
        }
        var widths: [ColumnWidth] = g.signatories.map { _ in .proportional(1) }
        if g.signatories.count == 1 {
            widths = [.proportional(1), .proportional(1)]
            roles.insert(Cell(content: []), at: 0)
            signs.insert(Cell(content: []), at: 0)
        }
        return Table(columns: widths, rows: [Row(cells: roles), Row(cells: signs)], border: .none, padding: (0, 4, 0, 4),
                     keepTogether: true, keepWithPrevious: true, spaceBefore: g.spaceBefore.natural,
                     flex: SpaceFlex(before: g.spaceBefore.shrink), role: .signatures)
    }

    /// The room to sign (or the scanned signature, or the meterai box), the name and the NIP.
    func signature(_ sig: SignatoryNode, _ g: SignaturesNode, _ st: StyleSheet.Resolved, _ s: Scope) throws(Diagnostic) -> [Block] {
        var blocks: [Block] = []
        var imagePath: String?
        if let img = sig.image {
            let v = try evalAt(img, s, sig.location)
            if !v.isEmpty { imagePath = try resolveImage(v.text, img, s, at: sig.location) }
        }
        if sig.meterai {
            blocks.append(.spacer(Units.mm(2)))
            blocks.append(.image(BlockImage(path: nil, width: Units.mm(28), height: Units.mm(16), align: .left,
                                            placeholder: "Meterai 10000", style: TextStyle(family: st.text.family, size: 7))))
            blocks.append(.spacer(Units.mm(2)))
        } else if let imagePath {
            blocks.append(.image(BlockImage(path: imagePath, width: Units.mm(40), height: Units.mm(20), align: .center)))
        } else {
            blocks.append(.spacer(Units.mm(20)))
        }
        var nameStyle = st.text
        nameStyle.bold = true
        nameStyle.underline = true
        let plain = BlockContext(binder: binder, placeholders: false, inherited: st)
        let (name, _) = try plain.runs(sig.name, nameStyle, s, at: sig.location)
        if name.allSatisfy({ $0.text.isBlank }) {
            // A line to sign on, as wide as a third of A4 allows in any column count.
            let width = [1: 32, 2: 32, 3: 22][g.signatories.count] ?? 18
            blocks.append(para([TextRun(String(repeating: "_", count: width), style: st.text)], .center))
        } else {
            blocks.append(para(name, .center))
        }
        for line in sig.after {
            let (r, _) = try runs(line, st.text, s, at: sig.location)
            blocks.append(para(r, .center))
        }
        if let nipExpr = sig.nip {
            let v = try evalAt(nipExpr, s, sig.location)
            if !v.isEmpty {
                blocks.append(para([TextRun("NIP. " + v.text, style: st.text)], .center))
            } else if placeholders {
                blocks.append(para([TextRun("NIP. " + BlockContext.blank, style: st.text)], .center))
            }
        }
        return blocks
    }

    /// A numbered, lettered or bulleted list: marker column and text column.
    func list(_ l: ListNode, _ s: Scope) throws(Diagnostic) -> Table {
        let st = resolve(l.style)
        var rows: [Row] = []
        for (i, item) in l.items.enumerated() {
            let marker: String
            switch l.marker {
            case .decimal: marker = "\(i + 1)."
            case .alpha: marker = String(UnicodeScalar(UInt8(97 + i % 26))) + "."
            case .bullet: marker = "•"
            case .dash: marker = "–"
            }
            let (r, _) = try runs(item, st.text, s, at: l.location)
            rows.append(Row(cells: [Cell(content: [para([TextRun(marker, style: st.text)], .left)]),
                                    Cell(content: [para(r, st.align)])]))
        }
        return Table(columns: [.fixed(l.indent), .proportional(1)], rows: rows, border: .none, padding: (0.5, 0, 0.5, 0),
                     spaceAfter: l.spaceAfter.natural, flex: SpaceFlex(after: l.spaceAfter.shrink), role: .list)
    }
}
