import CetakBind
import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// Checks of the data that need more than one record or more than one dataset: which keys were
/// rejected, references between datasets (`<column ref>`), and the warnings of `<data>` (`<warn>`).
enum DataChecks {
    /// The keys of the rows a table's typing rejected (a bad date, a letter in a number), each with its
    /// first problem: a row's diagnostics point at its cells, which lie at or after the row's line.
    static func rejectedKeys(_ table: DataTable, _ bad: [Diagnostic], _ decl: DatasetDecl) -> [String: Diagnostic] {
        guard let key = decl.key, !bad.isEmpty else { return [:] }
        let rows = table.rows.sorted { $0.line < $1.line }
        let lines = rows.map(\.line)
        var out: [String: Diagnostic] = [:]
        for d in bad {
            guard let loc = d.location, loc.file == table.file, loc.line > 0 else { continue }
            // The last row starting at or before the problem's line.
            var lo = 0, hi = lines.count
            while lo < hi { let mid = (lo + hi) / 2; if lines[mid] <= loc.line { lo = mid + 1 } else { hi = mid } }
            guard lo > 0, let raw = rows[lo - 1][key] else { continue }
            let k = RecordChecks.lookupKey(raw, decl)
            if !k.isEmpty && out[k] == nil { out[k] = d }
        }
        return out
    }

    /// Leaves out the records whose `ref` column names no record of the other dataset (a grade of a
    /// candidate who is not in calon.csv), with a message saying so — or saying that record was rejected.
    static func references(_ datasets: [Dataset], _ template: Template, files: [String: String],
                           rejectedKeys: inout [String: [String: Diagnostic]]) -> (datasets: [Dataset], rejected: [Diagnostic]) {
        var out = datasets
        var rejected: [Diagnostic] = []
        for decl in template.datasets {
            let refs = decl.columns.filter { $0.ref != nil }
            guard !refs.isEmpty, let i = out.firstIndex(where: { $0.name == decl.name }) else { continue }
            var kept: [Record] = []
            for r in out[i].records {
                var problem: Diagnostic?
                for c in refs {
                    guard let target = c.ref, let targetDecl = template.datasets.first(where: { $0.name == target }),
                          let targetKey = targetDecl.key, let set = datasets.first(where: { $0.name == target }) else { continue }
                    let v = r[c.name]
                    if v.isEmpty || set.first(where: targetKey, equals: v) != nil { continue }
                    let file = ((files[target] ?? "\(target).csv") as NSString).lastPathComponent
                    let k = RecordChecks.lookupKey(v.text, targetDecl)
                    let why = rejectedKeys[target]?[k].map { first in
                        "\(c.name) \(v.text): that record of \(file) was rejected (\(first.location.map(\.description) ?? file)); this one is left out too"
                    } ?? "\(c.name) \(v.text) is not in \(file): this record joins nobody and is left out"
                    problem = Diagnostic(.error, .record, at: r.location(of: c.name) ?? r.location, why, value: v.text)
                    break
                }
                guard let problem else { kept.append(r); continue }
                rejected.append(problem)
                if let key = decl.key {
                    let k = RecordChecks.lookupKey(r[key].text, decl)
                    if !k.isEmpty && rejectedKeys[decl.name]?[k] == nil { rejectedKeys[decl.name, default: [:]][k] = problem }
                }
            }
            out[i] = Dataset(name: decl.name, records: kept)
        }
        return (out, rejected)
    }

    /// The warnings of the `<warn>` rules of `<data>`, once per record that meets them, in file order;
    /// each is keyed by the record's key. A rule that cannot be evaluated is a template error.
    static func recordWarnings(_ template: Template, _ data: RunData, context: Value) throws(Diagnostics) -> [(key: String, warning: DocumentWarning)] {
        var out: [(key: String, warning: DocumentWarning)] = []
        for decl in template.datasets where !decl.warnings.isEmpty {
            let scope = Scope(context: context, data: data, options: template.options)
            for case .record(let r) in data.values(of: decl.name) ?? [] {
                let s = scope.with(row: .record(r))
                for w in decl.warnings {
                    do {
                        guard try Evaluator.eval(w.when, s).truthy else { continue }
                        var message = ""
                        for p in w.message.pieces {
                            switch p {
                            case .text(let t): message += t
                            case .expr(let e): message += try Evaluator.eval(e, s).text
                            }
                        }
                        out.append((decl.key.map { r[$0].text } ?? "", DocumentWarning(message, group: w.group, rule: w.location.description)))
                    } catch {
                        throw Diagnostics(error.at(w.location))
                    }
                }
            }
        }
        return out
    }
}
