import CetakCore
import CetakRules
import CetakTemplate
import Foundation

/// Checks typed records against what the template declares beyond their type: a NIP that is
/// valid, numbers within their range, keys present and unique. A failing record is rejected
/// (file, line, column, value in the message); the others go on.
enum RecordChecks {
    /// The records that pass, and a diagnostic for each one that does not.
    static func apply(_ records: [Record], _ decl: DatasetDecl) -> (kept: [Record], rejected: [Diagnostic]) {
        var kept: [Record] = []
        var rejected: [Diagnostic] = []
        var firstLine: [String: Int] = [:]
        kept.reserveCapacity(records.count)
        for var r in records {
            var problems: [Diagnostic] = []
            for c in decl.columns {
                let v = r[c.name]
                var at: SourceLocation? { r.location(of: c.name) }  // only made for a message
                if c.type == .nip, !v.isEmpty {
                    do {
                        let nip = try NIP(v.text)
                        // Written with spaces: keep the digits (an unchanged record keeps its storage, uncopied).
                        if nip.digits != v.text { r[c.name] = .string(nip.digits) }
                    } catch {
                        problems.append(Diagnostic(at: at, "\"\(v.text)\" is not a valid NIP: \(error.description)", value: v.text))
                    }
                }
                if let n = number(v) {
                    if let lo = c.min, n < lo {
                        problems.append(Diagnostic(at: at, "\(v.text) is below \(DecimalText.plain(lo)) (\(c.name) must be \(range(c)))", value: v.text))
                    }
                    if let hi = c.max, n > hi {
                        problems.append(Diagnostic(at: at, "\(v.text) is above \(DecimalText.plain(hi)) (\(c.name) must be \(range(c)))", value: v.text))
                    }
                }
            }
            if problems.isEmpty, let key = decl.key {
                let shown = r[key].text.trimmingCharacters(in: .whitespaces)
                let k = shown.lowercased()
                let at = r.location(of: key)
                if k.isEmpty {
                    problems.append(Diagnostic(at: at, "the \(key) is empty: every record needs one", value: ""))
                } else if let line = firstLine[k] {
                    let lineOrRow = r.location?.sheet == nil ? "line" : "row"
                    problems.append(Diagnostic(at: at, "a second record with \(key) \(shown) (the first is on \(lineOrRow) \(line)): this one is left out", value: shown))
                } else {
                    firstLine[k] = r.location?.line ?? 0
                }
            }
            if problems.isEmpty { kept.append(r) } else { rejected += problems }
        }
        return (kept, rejected)
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
