import CetakCore
import CetakTemplate

/// Finds, without any data, what rendering a template would refuse: unknown functions, names that
/// are neither a declared column, a `<let>` nor a built-in, context keys and datasets or columns used
/// but not declared — each with the template's file and line, and the known names closest to a
/// mistyped one. It follows the scopes as `Binder` and `Evaluator` build them (docs/templates.md).
public struct TemplateChecker {
    let template: Template
    /// Columns of each dataset (declared and derived), lower-case.
    var columns: [String: [String]]
    let contextKeys: [String]
    var found: [Diagnostic] = []
    private var said = Set<String>()

    /// Every problem found in a loaded template, in template order.
    public static func check(_ template: Template) -> [Diagnostic] {
        var c = TemplateChecker(template: template)
        c.run()
        return c.found
    }

    init(template: Template) {
        self.template = template
        var cols: [String: [String]] = [:]
        for d in template.datasets { cols[d.name, default: []] += d.columns.map(\.name) + d.derives.map(\.name) }
        columns = cols
        contextKeys = template.contextKeys.map(\.path)
    }

    mutating func run() {
        let run = CheckScope().with(["$blank": .unknown])
        // <derive> columns: each sees the row's declared columns and the derives before it.
        for d in template.datasets where !d.derives.isEmpty {
            let all = columns[d.name] ?? []
            for (i, derive) in d.derives.enumerated() {
                columns[d.name] = d.columns.map(\.name) + d.derives.prefix(i).map(\.name)
                _ = expr(derive.value, CheckScope().with(row: .record(d.name)), derive.location)
            }
            columns[d.name] = all
        }
        let docs = template.documents
        var doc = run
        if let source = docs.source {
            let item = expr(source, run, docs.location).element
            for g in docs.groupBy { _ = expr(g, run.with(row: item), docs.location) }
            var vars: [String: Shape] = [docs.itemName: item]
            if !docs.groupBy.isEmpty { vars[docs.rowsName] = .list(item) }
            doc = run.with(row: item).with(vars)
        }
        for k in docs.sort { _ = expr(k.expr, doc, docs.location) }
        for l in docs.lets { doc = doc.with([l.name: expr(l.value, doc, l.location)]) }
        interpolation(docs.key, doc, docs.location)
        for s in docs.skips {
            _ = expr(s.when, doc, s.location)
            interpolation(s.reason, doc, s.location)
        }
        // What is bound per document also sees its running numbers.
        let body = doc.with(["$seq": .unknown, "$index": .unknown])
        for w in docs.warnings {
            _ = expr(w.when, body, w.location)
            interpolation(w.message, body, w.location)
        }
        if let t = docs.title { interpolation(t, body, docs.location) }
        nodes(template.header, body, template.location)
        nodes(template.body, body, template.location)
        nodes(template.footer, body, template.location)
    }

    // MARK: content

    mutating func nodes(_ list: [Node], _ scope: CheckScope, _ at: SourceLocation) {
        var s = scope
        for n in list {
            if case .binding(let l) = n { s = s.with([l.name: expr(l.value, s, l.location)]) } else { node(n, s, at) }
        }
    }

    mutating func node(_ n: Node, _ s: CheckScope, _ at: SourceLocation) {
        switch n {
        case .paragraph(let p):
            if let w = p.when { _ = expr(w, s, p.location) }
            inlines(p.inlines, s, p.location)
        case .fields(let f):
            for field in f.fields {
                inlines(field.label, s, field.location)
                inlines(field.value, s, field.location)
            }
        case .table(let t):
            for r in t.header { row(r, s) }
            for item in t.body {
                switch item {
                case .row(let r): row(r, s)
                case .rows(let rs): rows(rs, s)
                }
            }
        case .signatures(let g):
            for sig in g.signatories {
                if let pd = sig.placeDate { inlines(pd, s, sig.location) }
                for l in sig.lines + sig.after { inlines(l, s, sig.location) }
                inlines(sig.name, s, sig.location)
                if let e = sig.nip { _ = expr(e, s, sig.location) }
                if let e = sig.image { _ = expr(e, s, sig.location) }
            }
        case .image(let i):
            if let src = i.src { _ = expr(src, s, i.location) }
        case .list(let l):
            for item in l.items { inlines(item, s, l.location) }
        case .spacer, .rule, .pageBreak, .binding:
            break
        case .conditional(let c):
            let loc = c.location ?? at
            _ = expr(c.test, s, loc)
            nodes(c.then, s, loc)
            nodes(c.otherwise, s, loc)
        case .each(let e):
            let loc = e.location ?? at
            let item = expr(e.source, s, loc).element
            nodes(e.body, s.with(row: item).with([e.itemName: item, "$no": .unknown]), loc)
        case .qr(let q):
            interpolation(q.value, s, q.location)
        }
    }

    mutating func row(_ r: RowNode, _ s: CheckScope) {
        if let w = r.when { _ = expr(w, s, r.location) }
        for c in r.cells { nodes(c.content, s, c.location) }
    }

    /// `<rows>`: the source, then sort keys and `match` per item, then lets and cells per row.
    mutating func rows(_ rs: RowsNode, _ s: CheckScope) {
        let item = expr(rs.source, s, rs.location).element
        for k in rs.sort { _ = expr(k.expr, s.with(row: item), rs.location) }
        if let m = rs.match { _ = expr(m, s.with(row: item), rs.location) }
        var vars: [String: Shape] = ["$no": .unknown, "$prev": item, "$fixed": .unknown]
        if let name = rs.itemName { vars[name] = item }
        var r = s.with(row: item).with(vars)
        for l in rs.lets { r = r.with([l.name: expr(l.value, r, l.location)]) }
        row(rs.row, r)
    }

    mutating func inlines(_ list: [InlineNode], _ s: CheckScope, _ at: SourceLocation) {
        for i in list {
            guard case .expr(let e) = i.kind else { continue }
            if case .name(let n) = e, n == "$page" || n == "$pages" { continue }
            _ = expr(e, s, at)
        }
    }

    mutating func interpolation(_ i: Interpolation, _ s: CheckScope, _ at: SourceLocation) {
        for case .expr(let e) in i.pieces { _ = expr(e, s, at) }
    }

    // MARK: reporting

    mutating func error(_ at: SourceLocation?, _ message: String) { say(Diagnostic(.error, .template, at: at, message)) }

    mutating func warning(_ at: SourceLocation?, _ message: String) { say(Diagnostic(.warning, .template, at: at, message)) }

    private mutating func say(_ d: Diagnostic) {
        if said.insert(d.description).inserted { found.append(d) }
    }
}
