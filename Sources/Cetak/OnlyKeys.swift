/// What `--only` selects: a document whose key is one of the given keys, or starts with one followed by
/// `-` (`M01` selects `M01-2019-09`, `M01-2019-10`: all of that Mitra's months), compared without regard
/// to case. A given key that selects nothing is named with the keys there are.
public enum OnlyKeys {
    /// Keys listed in a message before "…".
    static let shown = 12

    /// Which of the given keys (lower case) select `key`: itself, or a prefix of it followed by `-`.
    static func hits(_ key: String, _ wantedLowercased: [String]) -> [String] {
        let lk = key.lowercased()
        return wantedLowercased.filter { lk == $0 || lk.hasPrefix($0 + "-") }
    }

    /// "tidak ada dokumen dengan kunci M1; kunci yang ada: M01-2019-09, …".
    static func miss(_ key: String, _ keys: [String]) -> String {
        guard !keys.isEmpty else { return "tidak ada dokumen dengan kunci \(key): data ini tidak menghasilkan dokumen apa pun" }
        var list = keys.prefix(shown).joined(separator: ", ")
        if keys.count > shown { list += ", … (\(keys.count) kunci)" }
        return "tidak ada dokumen dengan kunci \(key); kunci yang ada: \(list)"
    }
}
