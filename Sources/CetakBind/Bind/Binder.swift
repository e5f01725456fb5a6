import CetakCore
import CetakTemplate
import Foundation

/// Binds a template to the run's data: decides the documents, then fills each one in.
public struct Binder: Sendable {
    /// The template.
    public let template: Template
    /// The run's options.
    public let options: BindOptions
    let styles: StyleSheet

    /// Creates a binder.
    public init(template: Template, options: BindOptions) {
        self.template = template
        self.options = options
        self.styles = StyleSheet(template.styles)
    }

    /// The documents of the run, in order, with unique safe keys. In blank mode, one empty document.
    public func items(root: Scope) throws(EvalError) -> [DocumentItem] {
        let d = template.documents
        var scope = root
        if options.blank {
            scope.lenient = true
            return [DocumentItem(key: DocumentKey.safe(template.id), scope: scope.with(["$seq": .number(1)]), index: 0)]
        }
        var scopes: [Scope] = []
        if let source = d.source {
            guard case .list(let list) = try evalAt(source, scope, d.location) else {
                throw EvalError("source of <documents> is not a list", at: d.location)
            }
            if d.groupBy.isEmpty {
                scopes = list.map { scope.with(row: $0).with([d.itemName: $0]) }
            } else {
                var order: [[String]] = []
                var groups: [[String]: [Value]] = [:]
                for item in list {
                    var k: [String] = []
                    for g in d.groupBy { k.append(try evalAt(g, scope.with(row: item), d.location).text) }
                    if groups[k] == nil { order.append(k) }
                    groups[k, default: []].append(item)
                }
                scopes = order.map { k in
                    let rows = groups[k] ?? []
                    let first = rows.first ?? .null
                    return scope.with(row: first).with([d.itemName: first, d.rowsName: .list(rows)])
                }
            }
        } else {
            scopes = [scope]
        }
        scopes = try stableSorted(scopes, by: d.sort, at: d.location) { $0 }
        var out: [DocumentItem] = []
        var seqs: [String: Int] = [:]
        for var s in scopes {
            // A record the document needs that was rejected on reading makes the document rejected too
            // (already reported); lets, rejects and skips see such look-ups fail rather than read empty.
            s.strictLookups = true
            var rejection: Rejection?
            var reason: String?
            do {
                for l in d.lets {
                    let v = try evalAt(l.value, s, l.location)
                    s = s.with([l.name: v])
                }
                rejection = try rejected(s)
                if rejection == nil {
                    for skip in d.skips where try evalAt(skip.when, s, skip.location).truthy {
                        reason = try interpolate(skip.reason, s, at: skip.location)
                        break
                    }
                }
            } catch {
                guard let why = error.rejectedRecord else { throw error }
                rejection = Rejection(why, alreadyReported: true)
                s.lenient = true  // lets after the failing one are unbound: the key reads them as empty
            }
            s.strictLookups = false
            let key = DocumentKey.safe(try interpolate(d.key, s, at: d.location))
            // Running numbers ({seq}) count the documents that are made, over the whole sorted run, in
            // each series of `seq-by` (each office its own) or in one.
            var seq = 0
            if reason == nil && rejection == nil {
                let series = try d.seqBy.map { e throws(EvalError) in try evalAt(e, s, d.location).text.lowercased() } ?? ""
                seq = (seqs[series] ?? 0) + 1
                seqs[series] = seq
            }
            out.append(DocumentItem(key: key, scope: s.with(["$seq": .number(Decimal(seq)),
                                                             "$index": .number(Decimal(out.count + 1))]),
                                    index: out.count, skipReason: reason, rejection: rejection))
        }
        // Keys that are equal once made safe (`x:y` and `x/y`, two keys cut at 120 bytes) get suffixes that
        // no other key has: every document its own file, the same in every --shard.
        for (i, key) in DocumentKey.unique(out.map(\.key)).enumerated() { out[i].key = key }
        return out
    }

    /// The first `<reject>` rule that holds for a document, as a rejection pointing at the data cell it names.
    func rejected(_ s: Scope) throws(EvalError) -> Rejection? {
        let d = template.documents
        for r in d.rejects where try evalAt(r.when, s, r.location).truthy {
            let message = try interpolate(r.message, s, at: r.location)
            var at: SourceLocation?
            var value: String?
            if let e = r.at {
                // `k.pengusul`, or `m[tk]` with the column's name in a variable: that record's cell.
                var cell: (Expr, String)?
                if case .member(let base, let field) = e { cell = (base, field) }
                if case .index(let base, let name) = e { cell = (base, try evalAt(name, s, r.location).text) }
                if let (base, field) = cell, case .record(let rec) = try evalAt(base, s, r.location) {
                    at = rec.location(of: field) ?? rec.location
                    value = rec.value(field)?.text
                } else {
                    value = try evalAt(e, s, r.location).text
                }
            }
            if at == nil, case .record(let item) = (try? s.lookup(d.itemName)) ?? .null { at = item.location }
            return Rejection(Diagnostic(at: at ?? r.location, message, value: value))
        }
        return nil
    }

    /// Fills in one document.
    public func bind(_ item: DocumentItem) throws(EvalError) -> BoundDocument {
        let s = item.scope
        if let rejection = item.rejection {
            return BoundDocument(key: item.key, document: nil, skipReason: nil, notes: [], rejection: rejection)
        }
        var warnings: [DocumentWarning] = []
        // A blank form is for handwriting: the rules that skip or warn about records do not apply.
        for w in options.blank ? [] : template.documents.warnings
        where try evalAt(w.when, s, w.location).truthy {
            warnings.append(DocumentWarning(try interpolate(w.message, s, at: w.location), group: w.group, rule: w.location.description))
        }
        if let reason = item.skipReason {
            return BoundDocument(key: item.key, document: nil, skipReason: reason, notes: warnings)
        }
        var ctx = BlockContext(binder: self, placeholders: options.blank)
        let deferred = DeferredRows()
        ctx.deferred = deferred
        let body: [Block], header: [Block], footer: [Block]
        do {
            body = try ctx.blocks(template.body, s)
            header = try ctx.blocks(template.header, s)
            footer = try ctx.blocks(template.footer, s)
        } catch {
            throw deferred.firstError() ?? error
        }
        let paper = options.paper ?? template.page.paper
        let (w, h) = paper.size
        let landscape = template.page.landscape
        var setup = PageSetup(width: landscape ? h : w, height: landscape ? w : h, margin: template.page.margin,
                              header: header, footer: footer, border: template.page.border)
        setup.location = template.page.location ?? template.location
        let title = try template.documents.title.map { t throws(EvalError) in try interpolate(t, s, at: template.documents.location) } ?? template.title
        // The template says who issues the document (an office of the context or of the data); no default,
        // so a run from a workbook and one from CSV + JSON give the same bytes.
        let author = try template.documents.author.map { a throws(EvalError) in try interpolate(a, s, at: template.documents.location) } ?? ""
        let doc = Document(key: item.key, title: title, author: author, page: setup, body: body)
        return BoundDocument(key: item.key, document: doc, skipReason: nil, notes: warnings)
    }

    /// Height of the body area of a page (the paper less the margins), points: what `fill="page"` pads.
    var pageBodyHeight: Double {
        let (w, h) = (options.paper ?? template.page.paper).size
        let height = template.page.landscape ? w : h
        return max(0, height - template.page.margin.0 - template.page.margin.2)
    }

    /// Evaluates an interpolation to text.
    func interpolate(_ i: Interpolation, _ s: Scope, at loc: SourceLocation) throws(EvalError) -> String {
        var out = ""
        for p in i.pieces {
            switch p {
            case .text(let t): out += t
            case .expr(let e): out += try evalAt(e, s, loc).text
            }
        }
        return out
    }
}

/// Evaluates an expression, attaching a template location to an error that has none.
func evalAt(_ e: Expr, _ s: Scope, _ loc: SourceLocation?) throws(EvalError) -> Value {
    do { return try Evaluator.eval(e, s) } catch {
        var err = error
        if err.location == nil { err.location = loc }
        throw err
    }
}

/// Runs `body`, attaching a template location to an error that has none.
func located<T>(_ loc: SourceLocation?, _ body: () throws(EvalError) -> T) throws(EvalError) -> T {
    do { return try body() } catch {
        var e = error
        if e.location == nil { e.location = loc }
        throw e
    }
}
