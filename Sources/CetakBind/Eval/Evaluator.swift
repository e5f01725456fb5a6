import CetakCore
import CetakTemplate
import Foundation

/// Evaluates expressions of the template language against a scope.
public enum Evaluator {
    /// The value of an expression.
    public static func eval(_ e: Expr, _ s: Scope) throws(Diagnostic) -> Value {
        switch e {
        case .literal(let l):
            switch l {
            case .string(let t): return .string(t)
            case .number(let n): return DecimalText.parse(n).map(Value.number) ?? .null
            case .bool(let b): return .bool(b)
            case .null: return .null
            }
        case .name(let n):
            return try s.lookup(n)
        case .member(.name("data"), let ds):
            guard let v = s.data.values(of: ds) else {
                if s.lenient { return .list([]) }
                throw Diagnostic.eval("no dataset '\(ds)' in this run (give --data \(ds).csv)")
            }
            return .list(v)
        case .member(let base, let field):
            return try member(try eval(base, s), field, s)
        case .index(.member(.name("data"), let ds), let keyExpr):
            let key = try eval(keyExpr, s)
            if key.isEmpty { return .null }
            let k = key.text.trimmedSpaces
            if let r = s.data.record(in: ds, key: k) { return r }
            if s.strictLookups, let why = s.data.rejection(in: ds, key: k) {
                throw Diagnostic.needs(why, "\(ds) \(k): \(why.message)")
            }
            return .null
        case .index(let base, let i):
            let b = try eval(base, s)
            let idx = try eval(i, s)
            // rec['f01-1']: a key that is not a name; an explicit look-up, so a missing key is empty.
            if case .record(let r) = b { return r.value(idx.text) ?? .null }
            guard case .list(let l) = b else { return .null }
            guard case .number(let n) = idx else { return .null }
            guard let k = DecimalText.wholeNumber(n, in: 1...max(1, l.count)), k <= l.count else { return .null }
            return l[k - 1]
        case .call(let name, let args):
            return try Functions.call(name, args, s)
        case .binary(let op, let a, let b):
            return try binary(op, a, b, s)
        case .unary(.not, let a):
            return .bool(!(try eval(a, s).truthy))
        case .unary(.neg, let a):
            if case .number(let n) = try eval(a, s) { return .number(-n) }
            return .null
        case .filter(let base, let cond):
            return .list(try filter(base, cond, s))
        case .list(let items):
            var out: [Value] = []
            for i in items { out.append(try eval(i, s)) }
            if out.contains(where: { $0.list != nil }) { try EvalLimits.list(.list(out)) }
            return .list(out)
        }
    }

    /// Evaluates to text (null prints as nothing).
    public static func text(_ e: Expr, _ s: Scope) throws(Diagnostic) -> String { try eval(e, s).text }

    static func member(_ v: Value, _ field: String, _ s: Scope) throws(Diagnostic) -> Value {
        switch v {
        case .record(let r):
            if let x = r.value(field) { return x }
            if s.lenient || r.dataset == "opt" { return .null }
            if r.dataset.isEmpty { throw Diagnostic(.input, "the context has no key '\(field)'") }
            throw Diagnostic.eval("'\(r.dataset)' has no column '\(field)'")
        case .list(let items):
            var out: [Value] = []
            for i in items { out.append(try member(i, field, s)) }
            return .list(out)
        default:
            return .null
        }
    }

    /// `list where cond`, using a dataset index for a leading `column = value` test when there is one.
    static func filter(_ base: Expr, _ cond: Expr, _ s: Scope) throws(Diagnostic) -> [Value] {
        var candidates: [Value]?
        if case .member(.name("data"), let ds) = base {
            // `$row`/`$outer` change meaning inside the filter, so a value naming them is not looked up ahead.
            let cols = s.data.columns(of: ds).union(["$row", "$outer"])
            for conj in conjuncts(cond) {
                guard case .binary(.eq, let l, let r) = conj else { continue }
                for (colSide, valSide) in [(l, r), (r, l)] {
                    guard case .name(let col) = colSide, cols.contains(col), !mentions(valSide, cols) else { continue }
                    let v = try eval(valSide, s)
                    if let hit = s.data.records(in: ds, column: col, equals: v.text.trimmedSpaces) {
                        candidates = hit
                        break
                    }
                }
                if candidates != nil { break }
            }
        }
        let items: [Value]
        if let candidates { items = candidates } else {
            guard case .list(let l) = try eval(base, s) else { return [] }
            items = l
        }
        var out: [Value] = []
        for item in items where try eval(cond, s.with(row: item)).truthy { out.append(item) }
        return out
    }

    static func conjuncts(_ e: Expr) -> [Expr] {
        if case .binary(.and, let a, let b) = e { return conjuncts(a) + conjuncts(b) }
        return [e]
    }

    /// True when the expression reads one of these bare names.
    static func mentions(_ e: Expr, _ names: Set<String>) -> Bool {
        switch e {
        case .literal: return false
        case .name(let n): return names.contains(n)
        case .member(let b, _): return mentions(b, names)
        case .index(let a, let b), .binary(_, let a, let b), .filter(let a, let b): return mentions(a, names) || mentions(b, names)
        case .call(_, let args), .list(let args): return args.contains { mentions($0, names) }
        case .unary(_, let a): return mentions(a, names)
        }
    }

    static func binary(_ op: BinaryOp, _ a: Expr, _ b: Expr, _ s: Scope) throws(Diagnostic) -> Value {
        switch op {
        case .and:
            if !(try eval(a, s).truthy) { return .bool(false) }
            return .bool(try eval(b, s).truthy)
        case .or:
            if try eval(a, s).truthy { return .bool(true) }
            return .bool(try eval(b, s).truthy)
        default: break
        }
        let x = try eval(a, s), y = try eval(b, s)
        switch op {
        case .eq: return .bool(ValueOrder.equal(x, y))
        case .ne: return .bool(!ValueOrder.equal(x, y))
        case .lt: return .bool(ValueOrder.compare(x, y) < 0)
        case .le: return .bool(ValueOrder.compare(x, y) <= 0)
        case .gt: return .bool(ValueOrder.compare(x, y) > 0)
        case .ge: return .bool(ValueOrder.compare(x, y) >= 0)
        case .in:
            guard case .list(let l) = y else { return .bool(false) }
            return .bool(l.contains { ValueOrder.equal(x, $0) })
        case .add:
            if case .number(let p) = x, case .number(let q) = y { return .number(p + q) }
            let (tx, ty) = (x.text, y.text)
            try EvalLimits.text(tx.utf8.count + ty.utf8.count)
            return .string(tx + ty)
        case .sub, .mul, .div:
            guard let p = ValueOrder.number(x), let q = ValueOrder.number(y) else { return .null }
            switch op {
            case .sub: return .number(p - q)
            case .mul: return .number(p * q)
            default: return q == 0 ? .null : .number(p / q)
            }
        case .and, .or: return .null
        }
    }
}

/// Equality and ordering of values: numbers as numbers, dates as dates, everything else as trimmed text.
public enum ValueOrder {
    /// A number from a number or numeric text.
    static func number(_ v: Value) -> Decimal? {
        switch v {
        case .number(let n): return n
        case .string(let s): return DecimalText.parse(s)
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// Equal as the forms mean it: `M01` = `M01 `, 1 = "1", null = "".
    public static func equal(_ a: Value, _ b: Value) -> Bool { compare(a, b) == 0 }

    /// -1, 0, 1; nulls first.
    public static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.date(let x), .date(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.number(let x), .string(let t)):
            if let y = DecimalText.parse(t) { return x < y ? -1 : (x > y ? 1 : 0) }
        case (.string(let t), .number(let y)):
            if let x = DecimalText.parse(t) { return x < y ? -1 : (x > y ? 1 : 0) }
        case (.bool, .string(let t)):
            if let y = YesNo.parse(t) { return compare(a, .bool(y)) }
        case (.string(let t), .bool):
            if let x = YesNo.parse(t) { return compare(.bool(x), b) }
        default: break
        }
        if a.isEmpty && b.isEmpty { return 0 }
        if a.isEmpty { return -1 }
        if b.isEmpty { return 1 }
        // Text compares without regard to case ("Mitra" = "mitra", as people type), then exactly, so
        // that sorting stays a total order.
        let x = a.text.trimmedSpaces, y = b.text.trimmedSpaces
        let lx = x.lowercased(), ly = y.lowercased()
        if lx != ly { return lx < ly ? -1 : 1 }
        return 0
    }
}
