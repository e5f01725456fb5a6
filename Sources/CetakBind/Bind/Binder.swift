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
    ///
    /// With `selecting` (`--only`, `--shard`), only the documents it accepts are returned: it is asked,
    /// in order, about every document of the full run once all are decided, with its (unique) key, its
    /// position and whether it is made (neither skipped nor rejected). The `<let>` variables of a
    /// document are evaluated when it is bound, so a run that renders one document of 20,000
    /// evaluates one document's lets, and no document holds
    /// its lets before it is drawn — unless they can decide whether a document is made (`<skip>` or
    /// `<reject>` rules, records rejected on reading) or the key or `seq-by` reads them: whether a
    /// document is made decides the running numbers of all the ones after it, so then every document's
    /// lets, rejects and skips are evaluated here, selected or not.
    public func items(root: Scope, selecting: ((_ key: String, _ index: Int, _ made: Bool) -> Bool)? = nil) throws(Diagnostic) -> [DocumentItem] {
        let d = template.documents
        var scope = root
        if options.blank {
            scope.lenient = true
            let key = DocumentKey.safe(template.id)
            if let selecting, !selecting(key, 0, true) { return [] }
            return [DocumentItem(key: key, scope: scope.with(["$seq": .number(1)]), index: 0)]
        }
        // What each document is made of: its item (and group rows); its scope is made when needed, so
        // the run holds one small entry per document, not a scope.
        var entries: [DocumentItem.Entry] = []
        if let source = d.source {
            guard case .list(let list) = try evalAt(source, scope, d.location) else {
                throw Diagnostic(.error, .template, at: d.location, "source of <documents> is not a list")
            }
            if d.groupBy.isEmpty {
                entries = list.map { DocumentItem.Entry(item: $0, rows: nil) }
            } else {
                var order: [[String]] = []
                var groups: [[String]: [Value]] = [:]
                for item in list {
                    var k: [String] = []
                    for g in d.groupBy { k.append(try evalAt(g, scope.with(row: item), d.location).text) }
                    if groups[k] == nil { order.append(k) }
                    groups[k, default: []].append(item)
                }
                entries = order.map { k in
                    let rows = groups[k] ?? []
                    return DocumentItem.Entry(item: rows.first ?? .null, rows: .list(rows))
                }
            }
        } else {
            entries = [DocumentItem.Entry(item: nil, rows: nil)]
        }
        let names = DocumentItem.Names(item: d.itemName, rows: d.rowsName)
        entries = try stableSorted(entries, by: d.sort, at: d.location) { $0.scope(in: scope, names: names) }
        var seqs: [String: Int] = [:]
        // Lets are evaluated here, for every document, when they can decide whether a document is made
        // (which decides the running numbers of all the ones after it): a `<skip>` or `<reject>` rule,
        // a record rejected on reading that a let may look up, or a key or `seq-by` that reads a let.
        let letNames = Set(d.lets.map(\.name))
        var keyNames = ExprNames.of(d.key)
        if let series = d.seqBy { ExprNames.collect(series, into: &keyNames) }
        let run = DocumentItem.Run(scope: scope, names: names)
        let eagerLets = !d.skips.isEmpty || !d.rejects.isEmpty || scope.data.hasRejections || !keyNames.isDisjoint(with: letNames)
        // First every document is decided (key, made or not, running number); with a selection, the
        // scopes are let go and made again for the documents selected, which are known once the keys are.
        var decided: [Decided] = []
        decided.reserveCapacity(entries.count)
        for entry in entries {
            var s = entry.scope(in: scope, names: names)
            var rejection: Rejection?
            var reason: String?
            if eagerLets { (s, rejection, reason) = try decide(s) }
            let key = DocumentKey.safe(try interpolate(d.key, s, at: d.location))
            // Running numbers ({seq}) count the documents that are made, over the whole sorted run (selected
            // or not), in each series of `seq-by` (each office its own) or in one.
            var seq = 0
            if reason == nil && rejection == nil {
                let series = try d.seqBy.map { e throws(Diagnostic) in try evalAt(e, s, d.location).text.lowercased() } ?? ""
                seq = (seqs[series] ?? 0) + 1
                seqs[series] = seq
            }
            decided.append(Decided(entry: entry, key: key, seq: seq, skipReason: reason, rejection: rejection,
                                   scope: eagerLets && selecting == nil ? s : nil))
        }
        // Keys that are equal once made safe (`x:y` and `x/y`, two keys cut at 120 bytes) get suffixes that
        // no other key has: every document its own file, the same in every --shard.
        let keys = DocumentKey.unique(decided.map(\.key))
        var out: [DocumentItem] = []
        // Every document kept: room for exactly them (growing by doubling leaves up to as much again unused).
        if selecting == nil { out.reserveCapacity(decided.count) }
        for (index, doc) in decided.enumerated() {
            let key = keys[index]
            if let selecting, !selecting(key, index, doc.skipReason == nil && doc.rejection == nil) { continue }
            guard eagerLets else {
                out.append(DocumentItem(key: key, entry: doc.entry, run: run, seq: doc.seq, index: index, skipReason: doc.skipReason))
                continue
            }
            let s: Scope
            if let kept = doc.scope { s = kept } else { s = try decide(doc.entry.scope(in: scope, names: names)).scope }
            let numbers: [String: Value] = ["$seq": .number(Decimal(doc.seq)), "$index": .number(Decimal(index + 1))]
            out.append(DocumentItem(key: key, scope: s.with(numbers), index: index, skipReason: doc.skipReason, rejection: doc.rejection))
        }
        return out
    }

    /// A document as decided in the first pass over the run (one per document: what is large and
    /// seldom set is boxed, so the pass over 50,000 documents holds a few words each).
    private struct Decided {
        let entry: DocumentItem.Entry
        let key: String
        let seq: Int
        let skipReason: String?
        private let rejectionBox: Boxed<Rejection>?
        private let scopeBox: Boxed<Scope>?
        /// Why it is not made, if so.
        var rejection: Rejection? { rejectionBox?.value }
        /// The scope with the lets, kept when every document is made (no selection).
        var scope: Scope? { scopeBox?.value }

        init(entry: DocumentItem.Entry, key: String, seq: Int, skipReason: String?, rejection: Rejection?, scope: Scope?) {
            self.entry = entry; self.key = key; self.seq = seq; self.skipReason = skipReason
            rejectionBox = rejection.map(Boxed.init); scopeBox = scope.map(Boxed.init)
        }
    }

    /// A document's lets, `<reject>` and `<skip>` rules: its scope with the lets, and why it is not made.
    /// A record it needs that was rejected on reading makes it rejected too (already reported): lets,
    /// rejects and skips see such look-ups fail rather than read empty.
    func decide(_ start: Scope) throws(Diagnostic) -> (scope: Scope, rejection: Rejection?, reason: String?) {
        let d = template.documents
        var s = start
        var rejection: Rejection?
        var reason: String?
        s.strictLookups = true
        do {
            try addLets(to: &s)
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
        return (s, rejection, reason)
    }

    /// Binds the document's `<let>` variables into `scope`, in order; on an error, the ones before it stay bound.
    func addLets(to scope: inout Scope) throws(Diagnostic) {
        for l in template.documents.lets {
            let v = try evalAt(l.value, scope, l.location)
            scope = scope.with([l.name: v])
        }
    }

    /// The first `<reject>` rule that holds for a document, as a rejection pointing at the data cell it names.
    func rejected(_ s: Scope) throws(Diagnostic) -> Rejection? {
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
            return Rejection(Diagnostic(.error, .record, at: at ?? r.location, message, value: value))
        }
        return nil
    }

    /// Fills in one document.
    public func bind(_ item: DocumentItem) throws(Diagnostic) -> BoundDocument {
        if let rejection = item.rejection {
            return BoundDocument(key: item.key, document: nil, skipReason: nil, notes: [], rejection: rejection)
        }
        var s = item.scope
        if item.letsPending {
            // As when deciding the documents: a record rejected on reading is never read as empty.
            s.strictLookups = true
            do { try addLets(to: &s) } catch {
                guard let why = error.rejectedRecord else { throw error }
                return BoundDocument(key: item.key, document: nil, skipReason: nil, notes: [], rejection: Rejection(why, alreadyReported: true))
            }
            s.strictLookups = false
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
        let title = try template.documents.title.map { t throws(Diagnostic) in try interpolate(t, s, at: template.documents.location) } ?? template.title
        // The template says who issues the document (an office of the context or of the data); no default,
        // so a run from a workbook and one from CSV + JSON give the same bytes.
        let author = try template.documents.author.map { a throws(Diagnostic) in try interpolate(a, s, at: template.documents.location) } ?? ""
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
    func interpolate(_ i: Interpolation, _ s: Scope, at loc: SourceLocation) throws(Diagnostic) -> String {
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
func evalAt(_ e: Expr, _ s: Scope, _ loc: SourceLocation?) throws(Diagnostic) -> Value {
    do { return try Evaluator.eval(e, s) } catch { throw error.at(loc) }
}

/// Runs `body`, attaching a template location to an error that has none.
func located<T>(_ loc: SourceLocation?, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
    do { return try body() } catch { throw error.at(loc) }
}
