import CetakCore
import CetakTemplate

/// Sorts items by sort keys evaluated in each item's scope; equal items keep their order.
func stableSorted<T>(_ items: [T], by keys: [SortKey], at loc: SourceLocation, scope: (T) -> Scope) throws(Diagnostic) -> [T] {
    guard !keys.isEmpty else { return items }
    var keyed: [(index: Int, keys: [Value], item: T)] = []
    keyed.reserveCapacity(items.count)
    for (i, item) in items.enumerated() {
        let s = scope(item)
        var ks: [Value] = []
        for k in keys { ks.append(try evalAt(k.expr, s, loc)) }
        keyed.append((i, ks, item))
    }
    keyed.sort { a, b in
        for (j, k) in keys.enumerated() {
            let c = ValueOrder.compare(a.keys[j], b.keys[j])
            if c != 0 { return k.descending ? c > 0 : c < 0 }
        }
        return a.index < b.index
    }
    return keyed.map(\.item)
}
