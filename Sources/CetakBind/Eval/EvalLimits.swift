import CetakCore

/// How large a value one expression may make. Values only grow by `+` on text, by list literals and by
/// `join`; a chain of `<let>`s that each double the one before (`a2 = a1 + a1`, or `[a1, a1]`) would reach
/// terabytes after 40 steps. Each of these checks its result against the limits, so such a template stops
/// with a message naming its line after some twenty steps instead of exhausting memory. The limits are
/// far above any form: the longest text a cell holds is some megabytes.
enum EvalLimits {
    /// The most text (UTF-8 bytes) one value may hold.
    static let maxText = 16 << 20
    /// The most items a list built by a template (nested lists counted through) may hold.
    static let maxItems = 1_000_000

    /// Throws when text of `bytes` bytes would exceed `maxText`.
    static func text(_ bytes: Int) throws(Diagnostic) {
        guard bytes <= maxText else {
            throw Diagnostic.eval("this expression makes a text of more than \(maxText >> 20) MB; a form never needs that (a <let> that doubles itself?)")
        }
    }

    /// Counts the items and the text inside a list (through nested lists), stopping as soon as a limit is passed.
    static func list(_ v: Value) throws(Diagnostic) {
        var items = 0, bytes = 0
        var stack = [v]
        while let x = stack.popLast() {
            switch x {
            case .list(let l):
                items += l.count
                guard items <= maxItems else {
                    throw Diagnostic.eval("this expression makes a list of more than \(maxItems) items; a form never needs that (a <let> that doubles itself?)")
                }
                stack.append(contentsOf: l)
            case .string(let s):
                bytes += s.utf8.count
                try text(bytes)
            default: break
            }
        }
    }
}
