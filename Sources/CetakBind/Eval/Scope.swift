import CetakCore

/// Names visible to an expression: stacked frames of variables and rows, then `ctx`, `data`, `opt`.
public struct Scope: Sendable {
    enum Frame: Sendable {
        case vars([String: Value])
        case row(Record)
        case nullRow
    }
    private var frames: [Frame] = []
    /// The run's context (`ctx`).
    public var context: Value
    /// The datasets (`data.NAME`).
    public let data: any DataSource
    /// Template options (`opt.NAME`).
    public var options: [String: Bool]
    /// Blank mode: unknown names and missing values read as empty instead of failing.
    public var lenient: Bool
    /// A key look-up (`data.nilai[nip]`) that finds a record rejected when the data was read fails
    /// (a `.dependency` diagnostic) instead of reading as empty: set while deciding the documents, so a
    /// document that needs such a record is not made and not reported a second time.
    var strictLookups = false

    /// Creates the outermost scope.
    public init(context: Value, data: any DataSource, options: [String: Bool] = [:], lenient: Bool = false) {
        self.context = context; self.data = data; self.options = options; self.lenient = lenient
    }

    /// The innermost row (`$row`, depth 0: the element a `where` is testing, the row a table prints,
    /// the document's item) or the one around it (`$outer`, depth 1: the element of the enclosing `where`).
    func row(depth: Int) -> Value {
        var skip = depth
        for f in frames.reversed() {
            let value: Value
            switch f {
            case .row(let r): value = .record(r)
            case .nullRow: value = .null
            case .vars: continue
            }
            if skip == 0 { return value }
            skip -= 1
        }
        return .null
    }

    /// A scope with extra variables on top.
    public func with(_ vars: [String: Value]) -> Scope { var s = self; s.frames.append(.vars(vars)); return s }

    /// A scope with a row's fields on top (bare names read the row first).
    public func with(row: Value) -> Scope {
        var s = self
        if case .record(let r) = row { s.frames.append(.row(r)) } else { s.frames.append(.nullRow) }
        return s
    }

    /// Looks a bare name up, innermost first.
    func lookup(_ name: String) throws(Diagnostic) -> Value {
        if name == "$row" { return row(depth: 0) }
        if name == "$outer" { return row(depth: 1) }
        for f in frames.reversed() {
            switch f {
            case .vars(let v): if let x = v[name] { return x }
            case .row(let r): if let x = r.value(name) { return x }
            case .nullRow: if !name.hasPrefix("$") { return .null }
            }
        }
        switch name {
        case "ctx": return context
        case "opt": return .record(Record(dataset: "opt", location: nil, fields: options.mapValues { .bool($0) }))
        default: break
        }
        if lenient { return .null }
        throw Diagnostic(.template, "unknown name '\(name)' (not a column of the row, a <let> variable, ctx, data or opt)")
    }
}
