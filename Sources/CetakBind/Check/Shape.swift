/// What `TemplateChecker` knows of a value without any data: enough to tell which names, columns and
/// context keys an expression may use.
indirect enum Shape: Sendable, Equatable {
    /// Anything: a text, a number, a rule's result — nothing to check beyond it.
    case unknown
    /// A record of a declared dataset.
    case record(String)
    /// A list of such values.
    case list(Shape)
    /// The context or a part of it (`""` is `ctx` itself, `lpmp.kepala` is `ctx.lpmp.kepala`).
    case context(String)
    /// `opt`, the template's switches.
    case options

    /// The shape of one element: of a list its elements; a single value stands for itself.
    var element: Shape {
        if case .list(let e) = self { return e }
        return self
    }
}

/// Names visible to an expression while checking, innermost last (as `Scope` stacks them).
struct CheckScope: Sendable {
    enum Frame: Sendable {
        case vars([String: Shape])
        case row(Shape)
    }
    var frames: [Frame] = []

    /// With more variables on top.
    func with(_ vars: [String: Shape]) -> CheckScope { var s = self; s.frames.append(.vars(vars)); return s }

    /// With a row's fields on top.
    func with(row: Shape) -> CheckScope { var s = self; s.frames.append(.row(row)); return s }

    /// The row at a depth (0: innermost, `$row`; 1: `$outer`).
    func row(depth: Int) -> Shape {
        var skip = depth
        for case .row(let r) in frames.reversed() {
            if skip == 0 { return r }
            skip -= 1
        }
        return .unknown
    }
}
