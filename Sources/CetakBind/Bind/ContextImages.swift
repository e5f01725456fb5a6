import CetakCore
import CetakTemplate
import Foundation

/// An image the template draws whose path comes from the context alone (a logo named in konteks.json),
/// found before any record is bound so that a wrong path is one error about the context, not one per document.
public struct ContextImage: Sendable {
    /// The path as the context gives it.
    public var path: String
    /// The context key it comes from (`lpmp.logo`), when the expression reads one key.
    public var key: String?
    /// Where that key is in the context file (or the context's sheet and row); nil when unknown.
    public var contextLocation: SourceLocation?
    /// The template element that draws it.
    public var templateLocation: SourceLocation
}

extension Binder {
    /// The images of the body, header and footer whose `src` depends on nothing but the context, the
    /// options and `<let>`s of such values (`<let name="kop" value="ctx.lpmp"/>` then `kop.logo` in a part),
    /// with their values. Images inside `<rows>` and `<each>`, or reading a record, are left to binding.
    public func contextImages(root: Scope) -> [ContextImage] {
        var walker = ContextImageWalker(root: root)
        var env: [String: Expr?] = [:]
        // A document's <let>s shadow; the pure ones can be followed.
        for l in template.documents.lets { env[l.name] = ContextImageWalker.substitute(l.value, env) }
        // So do the names a document binds for its item and group.
        env[template.documents.itemName] = .some(nil)
        env[template.documents.rowsName] = .some(nil)
        for nodes in [template.header, template.body, template.footer] { walker.walk(nodes, env) }
        return walker.found
    }
}

/// Walks content nodes, following `<let>`s whose values depend on the context only.
struct ContextImageWalker {
    let root: Scope
    var found: [ContextImage] = []

    /// Names an expression may read and still depend on the context only.
    static let pureNames: Set<String> = ["ctx", "opt", "$blank"]

    init(root: Scope) { self.root = root }

    /// The expression with pure `<let>`s written out, or nil when it reads anything else (a record, a row, $seq).
    static func substitute(_ e: Expr, _ env: [String: Expr?]) -> Expr? {
        switch e {
        case .literal: return e
        case .name(let n):
            if let bound = env[n] { return bound }
            return pureNames.contains(n) ? e : nil
        case .member(let b, let f): return substitute(b, env).map { .member($0, f) }
        case .index(let a, let b):
            guard let x = substitute(a, env), let y = substitute(b, env) else { return nil }
            return .index(x, y)
        case .call(let f, let args):
            if f == "nomor" || f == "lookup" { return nil }
            var out: [Expr] = []
            for a in args { guard let x = substitute(a, env) else { return nil }; out.append(x) }
            return .call(f, out)
        case .binary(let op, let a, let b):
            guard let x = substitute(a, env), let y = substitute(b, env) else { return nil }
            return .binary(op, x, y)
        case .unary(let op, let a): return substitute(a, env).map { .unary(op, $0) }
        case .filter: return nil
        case .list(let items):
            var out: [Expr] = []
            for a in items { guard let x = substitute(a, env) else { return nil }; out.append(x) }
            return .list(out)
        }
    }

    mutating func walk(_ nodes: [Node], _ outer: [String: Expr?]) {
        var env = outer
        for n in nodes {
            switch n {
            case .binding(let l): env[l.name] = Self.substitute(l.value, env)
            case .image(let i): if let src = i.src { check(src, env, i.location) }
            case .signatures(let g): for s in g.signatories { if let img = s.image { check(img, env, s.location) } }
            case .conditional(let c): walk(c.then, env); walk(c.otherwise, env)
            case .table(let t):
                for r in t.header { for c in r.cells { walk(c.content, env) } }
                for item in t.body { if case .row(let r) = item { for c in r.cells { walk(c.content, env) } } }
            case .each, .paragraph, .fields, .list, .spacer, .rule, .pageBreak, .qr: break
            }
        }
    }

    /// Evaluates a pure image expression once; a value is recorded with the context key it reads.
    mutating func check(_ src: Expr, _ env: [String: Expr?], _ at: SourceLocation) {
        guard let e = Self.substitute(src, env), let v = try? Evaluator.eval(e, root), !v.isEmpty else { return }
        var key: String?
        var location: SourceLocation?
        var path: [String] = []
        var x = e
        while case .member(let base, let field) = x { path.insert(field, at: 0); x = base }
        if case .name("ctx") = x, !path.isEmpty {
            let p = ContextPath(parts: path)
            key = p.description
            location = p.find(in: root.context)?.location
        }
        if location == nil { location = root.context.record?.location }
        found.append(ContextImage(path: v.text, key: key, contextLocation: location, templateLocation: at))
    }
}
