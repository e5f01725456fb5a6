/// What `--only` selects: a document whose key is one of the given keys, or starts with one followed by
/// `-` (`M01` selects `M01-2019-09`, `M01-2019-10`: all of that Mitra's months), compared without regard
/// to case. A given key that selects nothing is named with the keys there are.
public enum OnlyKeys {
    /// Keys listed in a message before "…".
    static let shown = 12

    /// The selected keys (in run order) and one message per given key that matched nothing.
    public static func select(_ wanted: Set<String>, from keys: [String]) -> (selected: Set<String>, misses: [String]) {
        var selected = Set<String>()
        var misses: [String] = []
        for w in wanted.sorted() {
            let lw = w.lowercased()
            let hits = keys.filter { k in
                let lk = k.lowercased()
                return lk == lw || lk.hasPrefix(lw + "-")
            }
            if hits.isEmpty { misses.append(miss(w, keys)) }
            selected.formUnion(hits)
        }
        return (selected, misses)
    }

    /// "tidak ada dokumen dengan kunci M1; kunci yang ada: M01-2019-09, …".
    static func miss(_ key: String, _ keys: [String]) -> String {
        guard !keys.isEmpty else { return "tidak ada dokumen dengan kunci \(key): data ini tidak menghasilkan dokumen apa pun" }
        var list = keys.prefix(shown).joined(separator: ", ")
        if keys.count > shown { list += ", … (\(keys.count) kunci)" }
        return "tidak ada dokumen dengan kunci \(key); kunci yang ada: \(list)"
    }
}
