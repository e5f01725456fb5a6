/// The warnings of a run as a clerk reads them at the terminal: each once, and those of one cause that
/// come many times as one line naming the documents ("6 KS Mitra tanpa kegiatan OJL 1: M03, M04, …").
public enum WarningSummary {
    /// From this many warnings of one cause on, they are printed as one line.
    public static let groupFrom = 3
    /// Keys named in a grouped line before "…".
    public static let keysShown = 8

    /// The lines to print, in the order the causes first appear.
    public static func lines(_ warnings: [RunReport.Warning]) -> [String] {
        // Each warning once: the same key and message (a file warning repeated) count one.
        var seen = Set<String>()
        var unique: [RunReport.Warning] = []
        for w in warnings where seen.insert(w.key + "\u{1F}" + w.message).inserted { unique.append(w) }
        // A cause: the rule's group name, else the rule itself; a warning of no rule is its own cause.
        var order: [String] = []
        var byCause: [String: [RunReport.Warning]] = [:]
        for (i, w) in unique.enumerated() {
            let cause = w.group.map { "g:" + $0 } ?? w.rule.map { "r:" + $0 } ?? "w:\(i)"
            if byCause[cause] == nil { order.append(cause) }
            byCause[cause, default: []].append(w)
        }
        var out: [String] = []
        for cause in order {
            let ws = byCause[cause] ?? []
            guard ws.count >= groupFrom else { out += ws.map(line); continue }
            let keys = ws.map(\.key).filter { !$0.isEmpty }
            var shown = keys.prefix(keysShown).joined(separator: ", ")
            if keys.count > keysShown { shown += ", …" }
            if let g = ws[0].group {
                out.append("\(ws.count) \(g)" + (shown.isEmpty ? "" : ": \(shown)"))
            } else {
                out.append("\(line(ws[0])) — dan \(ws.count - 1) lagi yang serupa" + (keys.count > 1 ? " (\(keys.dropFirst().prefix(keysShown).joined(separator: ", "))\(keys.count - 1 > keysShown ? ", …" : ""))" : ""))
            }
        }
        return out
    }

    /// One warning: its message, preceded by its key when the message does not name it.
    static func line(_ w: RunReport.Warning) -> String {
        w.key.isEmpty || w.message.lowercased().contains(w.key.lowercased()) ? w.message : "\(w.key): \(w.message)"
    }
}
