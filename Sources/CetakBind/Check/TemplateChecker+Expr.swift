import CetakCore
import CetakTemplate
import Foundation

/// Expressions: what each one may name, and the shape of its value.
extension TemplateChecker {
    /// Checks an expression and returns the shape of its value.
    mutating func expr(_ e: Expr, _ s: CheckScope, _ at: SourceLocation?) -> Shape {
        switch e {
        case .literal:
            return .unknown
        case .name(let n):
            return name(n, s, at)
        case .member(.name("data"), let ds):
            return dataset(ds, at).map { .list(.record($0)) } ?? .unknown
        case .member(let base, let field):
            return member(expr(base, s, at), field, at)
        case .index(.member(.name("data"), let ds), let key):
            _ = expr(key, s, at)
            return dataset(ds, at).map { .record($0) } ?? .unknown
        case .index(let base, let i):
            let b = expr(base, s, at)
            _ = expr(i, s, at)
            if case .list(let element) = b { return element }
            return .unknown
        case .call(let f, let args):
            return call(f, args, s, at)
        case .binary(_, let a, let b):
            _ = expr(a, s, at)
            _ = expr(b, s, at)
            return .unknown
        case .unary(_, let a):
            _ = expr(a, s, at)
            return .unknown
        case .filter(let base, let cond):
            let b = expr(base, s, at)
            _ = expr(cond, s.with(row: b.element), at)
            return .list(b.element)
        case .list(let items):
            for i in items { _ = expr(i, s, at) }
            return .list(.unknown)
        }
    }

    /// A bare name: `$row`/`$outer`, a variable, a column of a row around it, `ctx` or `opt`.
    mutating func name(_ n: String, _ s: CheckScope, _ at: SourceLocation?) -> Shape {
        if n == "$row" { return s.row(depth: 0) }
        if n == "$outer" { return s.row(depth: 1) }
        var visible: [String] = []
        for frame in s.frames.reversed() {
            switch frame {
            case .vars(let v):
                if let shape = v[n] { return shape }
                visible += v.keys
            case .row(let r):
                guard case .record(let ds) = r else {
                    // A row whose columns are not known (a rule's result, a computed list): it may have the name.
                    if !n.hasPrefix("$") { return .unknown }
                    continue
                }
                if (columns[ds] ?? []).contains(n) { return .unknown }
                visible += columns[ds] ?? []
            }
        }
        if n == "ctx" { return .context("") }
        if n == "opt" { return .options }
        let hint = Spelling.didYouMean(n, among: visible + ["ctx", "opt"])
        if n == "$page" || n == "$pages" {
            error(at, "{\(n)} can only stand alone in a text, as in \"Halaman {$page} dari {$pages}\"")
        } else if n == "data" {
            error(at, "'data' needs a dataset name: data.NAME")
        } else {
            error(at, "unknown name '\(n)'\(hint): not a column of the row, a <let> variable, ctx, data or opt here")
        }
        return .unknown
    }

    /// `base.field`.
    mutating func member(_ base: Shape, _ field: String, _ at: SourceLocation?) -> Shape {
        switch base {
        case .record(let ds):
            let known = columns[ds] ?? []
            if !known.contains(field) {
                error(at, "dataset '\(ds)' has no column '\(field)' declared\(Spelling.didYouMean(field, among: known)): add <column name=\"\(field)\"/> to <data name=\"\(ds)\">")
            }
            return .unknown
        case .list(let element):
            return .list(member(element, field, at))
        case .context(let path):
            let full = path.isEmpty ? field : path + "." + field
            if contextKeys.contains(where: { full == $0 || full.hasPrefix($0 + ".") }) { return .unknown }
            if contextKeys.contains(where: { $0.hasPrefix(full + ".") }) { return .context(full) }
            let hint = Spelling.didYouMean(full, among: contextKeys)
            error(at, "context key '\(full)' is used but not declared\(hint): add <key name=\"\(full)\"/> to <context>")
            return .unknown
        case .options:
            if template.options[field] == nil {
                let hint = Spelling.didYouMean(field, among: Array(template.options.keys))
                warning(at, "opt.\(field) is always false: the template declares no <option name=\"\(field)\"/>\(hint)")
            }
            return .unknown
        case .unknown:
            return .unknown
        }
    }

    /// A declared dataset's name, or nil after saying it is not declared.
    mutating func dataset(_ ds: String, _ at: SourceLocation?) -> String? {
        let name = ds.lowercased()
        if columns[name] != nil { return name }
        // `data.peta_kebutuhan` reads `peta-kebutuhan` (a "-" cannot follow "data." in an expression).
        let dashed = name.replacingOccurrences(of: "_", with: "-")
        if columns[dashed] != nil { return dashed }
        let hint = Spelling.didYouMean(name, among: Array(columns.keys))
        error(at, "dataset '\(ds)' is used but not declared\(hint): add <data name=\"\(ds)\"> with its columns")
        return nil
    }

    /// A function call: the function must exist; some pass their argument's shape on.
    mutating func call(_ f: String, _ args: [Expr], _ s: CheckScope, _ at: SourceLocation?) -> Shape {
        if f == "lookup", args.count == 2, case .literal(.string(let ds)) = args[0] {
            _ = expr(args[1], s, at)
            return dataset(ds, at).map { .record($0) } ?? .unknown
        }
        let shapes = args.map { expr($0, s, at) }
        let known = Functions.names
        guard known.contains(f) else {
            let hint = Spelling.didYouMean(f, among: known)
            error(at, "unknown function '\(f)'\(hint) (the functions: \(known.joined(separator: ", ")))")
            return .unknown
        }
        switch f {
        case "first", "last", "min", "max": return shapes.first?.element ?? .unknown
        case "default": return shapes.first ?? .unknown
        default: return .unknown
        }
    }
}
