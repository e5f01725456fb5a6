/// "Did you mean …": the known names closest to a mistyped one, for messages about unknown forms,
/// commands, functions and names.
public enum Spelling {
    /// The known names within a small edit distance of `word` (at most a third of its length, at least
    /// one edit), closest first, then alphabetically; at most `limit` of them. Case is ignored.
    public static func suggestions(for word: String, among known: [String], limit: Int = 3) -> [String] {
        let w = Array(word.lowercased())
        let allowed = max(1, w.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for name in Set(known) where name.lowercased() != word.lowercased() {
            let d = distance(w, Array(name.lowercased()))
            // A prefix of a known name ("lap" for "laporan-bulanan") is close enough too.
            if d <= allowed || (w.count >= 3 && name.lowercased().hasPrefix(word.lowercased())) { scored.append((d, name)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        return scored.prefix(limit).map(\.name)
    }

    /// `" (did you mean 'a' or 'b'?)"`, or nothing when no known name is close.
    public static func didYouMean(_ word: String, among known: [String]) -> String {
        let s = suggestions(for: word, among: known)
        guard !s.isEmpty else { return "" }
        let quoted = s.map { "'\($0)'" }
        let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
        return " (did you mean \(list)?)"
    }

    /// Edit distance with transpositions (optimal string alignment): "tangal"→"tanggal" is 1,
    /// "rnder"→"render" is 1, "redner"→"render" is 1.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
