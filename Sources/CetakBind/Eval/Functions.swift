import CetakCore
import CetakRules
import CetakTemplate
import Foundation

/// The functions and formatters of the template language. Every formatter can be written as a call,
/// `tanggal(x)`, or after a bar, `x | tanggal`. A formatter given an empty value gives an empty value.
enum Functions {
    typealias Impl = @Sendable ([Value]) throws(Diagnostic) -> Value

    static func call(_ name: String, _ args: [Expr], _ s: Scope) throws(Diagnostic) -> Value {
        if name == "lookup" {
            // lookup('peserta', key) is data.peserta[key]; lookup('instansi', 'tingkat', t, 'wilayah', w) looks up by columns.
            guard args.count >= 2, args.count % 2 == 1 || args.count == 2, case .literal(.string(let ds)) = args[0] else {
                throw Diagnostic.eval("lookup needs a dataset name in quotes and a key (lookup('peserta', mitra.pasangan_id)), or column names and values (lookup('instansi', 'tingkat', tk, 'wilayah', daerah))")
            }
            if args.count == 2 { return try Evaluator.eval(.index(.member(.name("data"), ds), args[1]), s) }
            return try lookup(ds, Array(args.dropFirst()), s)
        }
        if name == "nomor" {
            // nomor(pattern): the document's letter number, from a context pattern and its running number.
            guard args.count == 1 else { throw Diagnostic.eval("nomor takes the pattern: nomor(ctx.nomor_rekomendasi)") }
            let pattern = try Evaluator.eval(args[0], s)
            if pattern.isEmpty { return .null }
            let seq = (try? s.lookup("$seq")).flatMap { ValueOrder.number($0) }.map { DecimalText.clampedWhole($0, to: 0...Int(Int32.max)) } ?? 1
            return .string(try LetterNumber.format(pattern.text, seq: seq, context: s.context))
        }
        guard let f = table[name] ?? RuleFunctions.table[name] else {
            throw Diagnostic(.template, "unknown function '\(name)' (known: \(names.joined(separator: ", ")))")
        }
        var values: [Value] = []
        for a in args { values.append(try Evaluator.eval(a, s)) }
        return try f(values)
    }

    /// The first record of a dataset whose columns equal the values (`'tingkat', tk, 'wilayah', daerah`), compared as
    /// everywhere (trimmed, case folded, numbers as numbers); null when one of the values is empty or nothing matches.
    static func lookup(_ ds: String, _ pairs: [Expr], _ s: Scope) throws(Diagnostic) -> Value {
        var wanted: [(String, Value)] = []
        for i in stride(from: 0, to: pairs.count, by: 2) {
            guard case .literal(.string(let column)) = pairs[i] else {
                throw Diagnostic.eval("lookup('\(ds)', …): give each column name in quotes, followed by its value")
            }
            let v = try Evaluator.eval(pairs[i + 1], s)
            if v.isEmpty { return .null }
            wanted.append((column.lowercased(), v))
        }
        guard s.data.values(of: ds) != nil else {
            if s.lenient { return .null }
            throw Diagnostic.eval("no dataset '\(ds)' in this run (give --data \(ds).csv)")
        }
        let (c0, v0) = wanted[0]
        let candidates = s.data.records(in: ds, column: c0, equals: v0.text.trimmedSpaces) ?? []
        for c in candidates {
            guard case .record(let r) = c else { continue }
            if wanted.dropFirst().allSatisfy({ ValueOrder.equal(r.value($0.0) ?? .null, $0.1) }) { return c }
        }
        return .null
    }

    static func arg(_ a: [Value], _ i: Int) -> Value { i < a.count ? a[i] : .null }

    static func date(_ v: Value) -> CivilDate? {
        switch v {
        case .date(let d): return d
        case .string(let t): return CivilDate.parse(t)
        default: return nil
        }
    }

    static func dates(_ v: Value) -> [CivilDate] {
        if case .list(let l) = v { return l.compactMap(date) }
        return date(v).map { [$0] } ?? []
    }

    /// A formatter of one date: empty in, empty out; text that is not a date is printed as it is.
    static func dateFormatter(_ f: @escaping @Sendable (CivilDate) -> String) -> Impl {
        { (a: [Value]) throws(Diagnostic) -> Value in
            let v = arg(a, 0)
            if v.isEmpty { return .null }
            guard let d = date(v) else { return .string(v.text) }
            return .string(f(d))
        }
    }

    /// A count from a number (brought within ±10^15, never garbage); `d` for anything else.
    static func integer(_ v: Value, default d: Int) -> Int {
        if case .number(let n) = v { return DecimalText.clampedWhole(n, to: -1_000_000_000_000_000...1_000_000_000_000_000) }
        return d
    }

    /// A whole-number argument of a formatter within `range` (`default` when empty); anything else is an
    /// error naming the function, the argument and the range — never a crash nor a run-away allocation.
    static func whole(_ v: Value, in range: ClosedRange<Int>, default d: Int, _ what: String) throws(Diagnostic) -> Int {
        if v.isEmpty { return d }
        guard let n = ValueOrder.number(v), let k = DecimalText.wholeNumber(n, in: range) else {
            throw Diagnostic.eval("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(v.text)")
        }
        return k
    }

    static let table: [String: Impl] = [
        "tanggal": dateFormatter(IndonesianDate.long),
        "hari": dateFormatter(IndonesianDate.withWeekday),
        "bulan": dateFormatter(IndonesianDate.monthYear),
        "bulan_kunci": dateFormatter(IndonesianDate.monthKey),
        "tahun": dateFormatter { String($0.year) },
        "rentang": { (a: [Value]) throws(Diagnostic) -> Value in
            IndonesianDate.range(of: dates(arg(a, 0))).map(Value.string) ?? .null
        },
        "nip": { (a: [Value]) throws(Diagnostic) -> Value in
            let v = arg(a, 0)
            return v.isEmpty ? .null : .string(NIP.group(v.text))
        },
        "desimal": { (a: [Value]) throws(Diagnostic) -> Value in
            guard let n = ValueOrder.number(arg(a, 0)) else { return arg(a, 0).isEmpty ? .null : .string(arg(a, 0).text) }
            return .string(DecimalText.comma(n, scale: try whole(arg(a, 1), in: 0...10, default: 2, "desimal(x, n): the number of decimals n")))
        },
        "bulat": { (a: [Value]) throws(Diagnostic) -> Value in
            guard let n = ValueOrder.number(arg(a, 0)) else { return .null }
            return .number(DecimalText.rounded(n, scale: try whole(arg(a, 1), in: -10...10, default: 0, "bulat(x, n): the number of decimals n")))
        },
        "starts": { (a: [Value]) throws(Diagnostic) -> Value in
            .bool(arg(a, 0).text.lowercased().hasPrefix(arg(a, 1).text.lowercased()))
        },
        "contains": { (a: [Value]) throws(Diagnostic) -> Value in
            if case .list(let l) = arg(a, 0) { return .bool(l.contains { ValueOrder.equal($0, arg(a, 1)) }) }
            return .bool(arg(a, 0).text.lowercased().contains(arg(a, 1).text.lowercased()))
        },
        "persen": { (a: [Value]) throws(Diagnostic) -> Value in
            let done = integer(arg(a, 0), default: 0), total = integer(arg(a, 1), default: 0)
            return .number(Decimal(Kemitraan.percentage(done: done, total: total)))
        },
        "upper": { (a: [Value]) throws(Diagnostic) -> Value in arg(a, 0).isEmpty ? .null : .string(arg(a, 0).text.uppercased()) },
        "lower": { (a: [Value]) throws(Diagnostic) -> Value in arg(a, 0).isEmpty ? .null : .string(arg(a, 0).text.lowercased()) },
        "text": { (a: [Value]) throws(Diagnostic) -> Value in .string(arg(a, 0).text) },
        "trim": { (a: [Value]) throws(Diagnostic) -> Value in .string(arg(a, 0).text.trimmingCharacters(in: .whitespacesAndNewlines)) },
        "default": { (a: [Value]) throws(Diagnostic) -> Value in arg(a, 0).isEmpty ? arg(a, 1) : arg(a, 0) },
        "if": { (a: [Value]) throws(Diagnostic) -> Value in arg(a, 0).truthy ? arg(a, 1) : arg(a, 2) },
        "empty": { (a: [Value]) throws(Diagnostic) -> Value in .bool(arg(a, 0).isEmpty) },
        "count": { (a: [Value]) throws(Diagnostic) -> Value in
            switch arg(a, 0) {
            case .list(let l): return .number(Decimal(l.count))
            case .null: return .number(0)
            default: return .number(1)
            }
        },
        "sum": { (a: [Value]) throws(Diagnostic) -> Value in
            .number((arg(a, 0).list ?? []).compactMap(ValueOrder.number).reduce(0, +))
        },
        "min": { (a: [Value]) throws(Diagnostic) -> Value in
            (arg(a, 0).list ?? []).filter { !$0.isEmpty }.min { ValueOrder.compare($0, $1) < 0 } ?? .null
        },
        "max": { (a: [Value]) throws(Diagnostic) -> Value in
            (arg(a, 0).list ?? []).filter { !$0.isEmpty }.max { ValueOrder.compare($0, $1) < 0 } ?? .null
        },
        "first": { (a: [Value]) throws(Diagnostic) -> Value in arg(a, 0).list?.first ?? .null },
        "last": { (a: [Value]) throws(Diagnostic) -> Value in arg(a, 0).list?.last ?? .null },
        "join": { (a: [Value]) throws(Diagnostic) -> Value in
            let sep = a.count > 1 ? arg(a, 1).text : ", "
            let parts = (arg(a, 0).list ?? [arg(a, 0)]).filter { !$0.isEmpty }.map(\.text)
            try EvalLimits.text(parts.reduce(0) { $0 + $1.utf8.count } + sep.utf8.count * max(0, parts.count - 1))
            return .string(parts.joined(separator: sep))
        },
    ]

    /// Names of every function, for checks and documentation.
    static var names: [String] { (Array(table.keys) + Array(RuleFunctions.table.keys) + ["lookup", "nomor"]).sorted() }
}
