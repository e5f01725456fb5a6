import CetakCore
import CetakTemplate
import Foundation

/// Turns content nodes into layout blocks within one document's scope.
struct BlockContext {
    let binder: Binder
    /// Blank mode outside tables: an empty value prints as a dotted blank.
    var placeholders: Bool
    /// The style that unnamed text inherits here (a table's cell style).
    var inherited: StyleSheet.Resolved?
    /// The document's long tables bound so far (see `DeferredRows`).
    var deferred: DeferredRows?
    /// Binding an empty row for handwriting: nothing computed prints in it.
    var filler = false

    init(binder: Binder, placeholders: Bool, inherited: StyleSheet.Resolved? = nil) {
        self.binder = binder; self.placeholders = placeholders; self.inherited = inherited
    }

    var styles: StyleSheet { binder.styles }

    static let blank = "………………………"

    func blocks(_ nodes: [Node], _ scope: Scope) throws(Diagnostic) -> [Block] {
        var out: [Block] = []
        var s = scope
        for n in nodes {
            switch n {
            case .binding(let l): s = s.with([l.name: try evalAt(l.value, s, l.location)])
            default: out += try block(n, s)
            }
        }
        return out
    }

    func block(_ n: Node, _ s: Scope) throws(Diagnostic) -> [Block] {
        switch n {
        case .paragraph(let p):
            if let w = p.when, !(try evalAt(w, s, p.location).truthy) { return [] }
            if p.omitEmpty, try allValuesEmpty(p.inlines, s, at: p.location) { return [] }
            return [.paragraph(try paragraph(p, s))]
        case .fields(let f): return [.table(try fields(f, s))]
        case .table(let t): return [.table(try table(t, s))]
        case .signatures(let g): return [.table(try signatures(g, s))]
        case .image(let i): return try image(i, s).map { [.image($0)] } ?? []
        case .list(let l): return [.table(try list(l, s))]
        case .spacer(let h): return [.spacer(h.natural, shrink: h.shrink)]
        case .rule(let r): return [.rule(r)]
        case .pageBreak: return [.pageBreak]
        case .conditional(let c):
            return try blocks(try evalAt(c.test, s, nil).truthy ? c.then : c.otherwise, s)
        case .each(let e):
            guard case .list(let items) = try evalAt(e.source, s, nil) else { return [] }
            var out: [Block] = []
            for (i, item) in items.enumerated() {
                out += try blocks(e.body, s.with(row: item).with([e.itemName: item, "$no": .number(Decimal(i + 1))]))
            }
            return out
        case .binding: return []
        case .qr(let q):
            let text = try binder.interpolate(q.value, s, at: q.location)
            if text.isEmpty || s.lenient { return [] }
            return [.modules(ModuleGrid(rows: try QRCode.modules(text), size: q.size, align: q.align))]
        }
    }

    /// The style of a node: its own, else the inherited, else the base.
    func resolve(_ name: String?) -> StyleSheet.Resolved { styles.style(name, fallback: inherited) }

    func paragraph(_ p: ParagraphNode, _ s: Scope) throws(Diagnostic) -> Paragraph {
        let st = resolve(p.style)
        // An empty row for handwriting computes nothing: only its number prints.
        let runs = filler && p.inlines.contains(where: Self.computes) ? [] : try self.runs(p.inlines, st.text, s, at: p.location).0
        let before = p.spaceBefore ?? st.spaceBefore, after = p.spaceAfter ?? st.spaceAfter
        return Paragraph(runs: runs, align: p.align ?? st.align, spaceBefore: before.natural,
                         spaceAfter: after.natural, indent: p.indent, firstLineIndent: p.firstLineIndent,
                         leader: p.leader, keepWithNext: p.keepWithNext, keepWithPrevious: p.keepWithPrevious,
                         flex: SpaceFlex(before: before.shrink, after: after.shrink), shrinkToFit: p.shrink)
    }

    /// Whether a piece of inline content computes a value (anything but the row number `$no`).
    static func computes(_ i: InlineNode) -> Bool {
        if case .expr(let e) = i.kind, e != .name("$no") { return true }
        return false
    }

    /// Whether the inline content has values and every one of them is empty.
    func allValuesEmpty(_ inlines: [InlineNode], _ s: Scope, at loc: SourceLocation) throws(Diagnostic) -> Bool {
        var saw = false
        for i in inlines {
            guard case .expr(let e) = i.kind, e != .name("$page"), e != .name("$pages") else { continue }
            saw = true
            if !(try evalAt(e, s, loc).isEmpty) { return false }
        }
        return saw
    }

    /// Text runs of inline content; the flag tells whether every value in it was empty.
    func runs(_ inlines: [InlineNode], _ base: TextStyle, _ s: Scope, at loc: SourceLocation) throws(Diagnostic) -> ([TextRun], Bool) {
        var out: [TextRun] = []
        var sawValue = false, allEmpty = true
        for i in inlines {
            var st = i.style.map { styles.style($0).text } ?? base
            if i.bold { st.bold = true }
            if i.italic { st.italic = true }
            if i.underline { st.underline = true }
            switch i.kind {
            case .text(let t): out.append(TextRun(t, style: st))
            case .lineBreak: out.append(TextRun("", style: st, kind: .lineBreak))
            case .expr(.name("$page")): out.append(TextRun("", style: st, kind: .pageNumber))
            case .expr(.name("$pages")): out.append(TextRun("", style: st, kind: .pageCount))
            case .expr(let e):
                sawValue = true
                let v = try evalAt(e, s, loc)
                if v.isEmpty {
                    if placeholders { out.append(TextRun(Self.blank, style: st)) }
                } else {
                    allEmpty = false
                    out.append(TextRun(v.text, style: st))
                }
            }
        }
        return (out, sawValue && allEmpty)
    }

    func image(_ i: ImageNode, _ s: Scope) throws(Diagnostic) -> BlockImage? {
        var path: String?
        if let src = i.src {
            let v = try evalAt(src, s, i.location)
            if !v.isEmpty { path = try resolveImage(v.text, src, s, at: i.location) }
        }
        if path == nil, i.placeholder.isEmpty { return nil }
        return BlockImage(path: path, width: i.width, height: i.height, align: i.align, placeholder: i.placeholder,
                          style: resolve(nil).text)
    }

    /// Finds an image file in the image folders (see `Binder.resolveImage`). A path read from a data cell
    /// (`c.foto`) that cannot be used is that record's problem: the error points at the cell, with its value;
    /// otherwise at the template.
    func resolveImage(_ name: String, _ src: Expr, _ s: Scope, at loc: SourceLocation) throws(Diagnostic) -> String {
        // The file the value comes from: a data cell (`c.foto`) or a context key (`ctx.logo`, or `kop.logo`
        // with `kop` a record of the context) — the image must be in that file's folder.
        var record: Record?
        if case .member(let base, _) = src, case .record(let r)? = try? Evaluator.eval(base, s) { record = r }
        let origin = record?.location?.file
        do { return try binder.resolveImage(name, origin: origin) } catch {
            var e = error
            if case .member(_, let field) = src, let r = record, !r.dataset.isEmpty, let cell = r.location(of: field) {
                e.location = cell
                e.value = name
            } else {
                e.location = loc
            }
            throw e
        }
    }
}
