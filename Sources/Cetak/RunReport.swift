import CetakCore
import Foundation

/// The run report of docs/cli.md: documents written, skipped on purpose, rejected records, warnings.
public struct RunReport: Sendable {
    /// A rendered document.
    public struct DocumentEntry: Sendable { public var key: String; public var file: String; public var pages: Int }
    /// A document left out on purpose.
    public struct Skipped: Sendable { public var key: String; public var reason: String }
    /// A warning about a document (or the run when key is empty); `group` and `rule` name its cause, for
    /// printing many alike as one line (not part of the JSON).
    public struct Warning: Sendable {
        public var key: String
        public var message: String
        public var group: String?
        public var rule: String?
        /// Creates a warning.
        public init(key: String, message: String, group: String? = nil, rule: String? = nil) {
            self.key = key; self.message = message; self.group = group; self.rule = rule
        }
    }

    /// Form id.
    public var form: String
    /// Documents written.
    public var documents: [DocumentEntry] = []
    /// Documents skipped.
    public var skipped: [Skipped] = []
    /// Records rejected.
    public var rejected: [Diagnostic] = []
    /// Warnings.
    public var warnings: [Warning] = []
    /// Seconds the run took.
    public var seconds: Double = 0
    /// Files of an earlier run removed by `--clean` (nil without it).
    public var removed: [String]?
    /// Where the run's files went (`DIR/<form-id>`), for the summary line.
    public var folder: String?

    /// Creates an empty report for a form.
    public init(form: String) { self.form = form }

    /// Total pages written.
    public var pages: Int { documents.reduce(0) { $0 + $1.pages } }

    /// The report as JSON, keys in the order of docs/cli.md.
    public func json() -> String {
        func s(_ t: String) -> String {
            var out = "\""
            for u in t.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
                }
            }
            return out + "\""
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        let docs = documents.map { "{ \"key\": \(s($0.key)), \"file\": \(s($0.file)), \"pages\": \($0.pages) }" }
        let skips = skipped.map { "{ \"key\": \(s($0.key)), \"reason\": \(s($0.reason)) }" }
        let rej = rejected.map { d in
            let f = d.fields
            // A cell of a workbook also says its sheet and cell (`line` is then its row).
            let place = f.sheet.map { ", \"sheet\": \(s($0)), \"cell\": \(s(f.cell ?? ""))" } ?? ""
            return "{ \"file\": \(s(f.file)), \"line\": \(f.line), \"column\": \(s(f.column)), \"value\": \(s(f.value)), \"message\": \(s(f.message))\(place) }"
        }
        let warns = warnings.map { "{ \"key\": \(s($0.key)), \"message\": \(s($0.message)) }" }
        return """
        {
          "form": \(s(form)),
          "documents": \(list(docs)),
          "skipped": \(list(skips)),
          "rejected": \(list(rej)),
          "warnings": \(list(warns)),
          "pages": \(pages),\(removed.map { "\n  \"removed\": \(list($0.map(s))),"  } ?? "")
          "seconds": \(String(format: "%.3f", seconds))
        }

        """
    }
}
