import CetakCore
import CetakData
import CetakRules
import CetakTemplate
import Foundation

/// Checks typed records against what the template declares beyond their type: a NIP that is
/// valid, numbers within their range, keys present and unique. A failing record is rejected
/// (file, line, column, value in the message); the others go on.
struct RecordChecks {
    /// The dataset's declaration.
    let decl: DatasetDecl
    /// Only the columns with something to check: a NIP, a range.
    private let checked: [ColumnDecl]
    /// A diagnostic for each problem of the records left out so far, in order.
    private(set) var rejected: [Diagnostic] = []
    /// The keys of the records left out (so that a look-up of one can say it was rejected rather than missing).
    private(set) var rejectedKeys: [String: Diagnostic] = [:]
    /// The line of the first record of each key (case folded).
    private var firstLine: [String: Int32] = [:]
    private var firstOf: [[String]: [String: Int]] = [:]

    /// Checks for the records of `decl`; `expected` records to come (room for their keys at once: a key
    /// list that doubles holds its old and new tables for a moment).
    init(_ decl: DatasetDecl, expected: Int = 0) {
        self.decl = decl
        checked = decl.columns.filter { $0.type == .nip || $0.min != nil || $0.max != nil }
        if decl.key != nil { firstLine.reserveCapacity(expected) }
    }

    /// Checks the next record (in file order): true when it passes (a NIP written with spaces is then
    /// stored as digits), false when it is left out, with its problems added to `rejected`.
    mutating func check(_ r: inout Record) -> Bool {
        var problems: [Diagnostic] = []
        // A second record with a key already seen is left out, but the key stays the first record's.
        var duplicateKey = false
        for c in checked {
            let v = r[c.name]
            // Where the cell is, only when there is something to say about it.
            var at: SourceLocation? { r.location(of: c.name) }
            if c.type == .nip, !v.isEmpty {
                do {
                    let nip = try NIP(v.text)
                    // Written as digits already (the usual case): the record is left as it is, not copied.
                    if case .string(let text) = v, text == nip.digits {} else { r[c.name] = .string(nip.digits) }
                } catch {
                    problems.append(Diagnostic(.error, .record, at: at, "\"\(v.text)\" is not a valid NIP: \(error.description)", value: v.text))
                }
            }
            if let n = Self.number(v) {
                if let lo = c.min, n < lo {
                    problems.append(Diagnostic(.error, .record, at: at, "\(v.text) is below \(DecimalText.plain(lo)) (\(c.name) must be \(Self.range(c)))", value: v.text))
                }
                if let hi = c.max, n > hi {
                    problems.append(Diagnostic(.error, .record, at: at, "\(v.text) is above \(DecimalText.plain(hi)) (\(c.name) must be \(Self.range(c)))", value: v.text))
                }
            }
        }
        if problems.isEmpty, let key = decl.key {
            let shown = CellConversion.trimmedOuter(r[key].text)
            let k = shown.lowercased()
            let at = r.location(of: key)
            if k.isEmpty {
                problems.append(Diagnostic(.error, .record, at: at, "the \(key) is empty: every record needs one", value: ""))
            } else if let line = firstLine[k] {
                let lineOrRow = r.location?.sheet == nil ? "line" : "row"
                duplicateKey = true
                problems.append(Diagnostic(.error, .record, at: at, "a second record with \(key) \(shown) (the first is on \(lineOrRow) \(line)): this one is left out", value: shown))
            } else {
                firstLine[k] = Int32(clamping: r.location?.line ?? 0)
            }
        }
        // <unique columns="tingkat, wilayah">: the second record with the same values is left out.
        for cols in decl.unique where problems.isEmpty {
            let values = cols.map { Dataset.key(r[$0]) }
            if values.contains(where: \.isEmpty) { continue }
            let k = values.joined(separator: "\u{1F}")
            if let line = firstOf[cols]?[k] {
                let shown = cols.map { "\($0) \(r[$0].text)" }.joined(separator: ", ")
                problems.append(Diagnostic(.error, .record, at: r.location(of: cols[0]) ?? r.location,
                                           "a second record with \(shown) (the first is on line \(line)): this one is left out",
                                           value: r[cols[0]].text))
            } else {
                firstOf[cols, default: [:]][k] = r.location?.line ?? 0
            }
        }
        if problems.isEmpty { return true }
        rejected += problems
        if let key = decl.key, let first = problems.first, !duplicateKey {
            let k = Self.lookupKey(r[key].text, decl)
            if !k.isEmpty && rejectedKeys[k] == nil { rejectedKeys[k] = first }
        }
        return false
    }

    /// The form of a key value that look-ups compare: trimmed, case folded, a NIP without its spaces.
    static func lookupKey(_ raw: String, _ decl: DatasetDecl) -> String {
        let k = Dataset.key(.string(raw))
        let isNIP = decl.columns.contains { $0.name == decl.key && $0.type == .nip }
        return isNIP ? k.filter { !$0.isWhitespace } : k
    }

    static func number(_ v: Value) -> Decimal? {
        if case .number(let n) = v { return n }
        return nil
    }

    static func range(_ c: ColumnDecl) -> String {
        switch (c.min, c.max) {
        case let (lo?, hi?): return "from \(DecimalText.plain(lo)) to \(DecimalText.plain(hi))"
        case let (lo?, nil): return "at least \(DecimalText.plain(lo))"
        case let (nil, hi?): return "at most \(DecimalText.plain(hi))"
        default: return "a number"
        }
    }
}
