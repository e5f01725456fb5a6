import CetakCore
import CetakData
import CetakTemplate

/// Context keys set over the context (`RenderOptions.contextValues`, a page's fields): each dotted
/// path (`kepala_dinas.nama`, list items numbered from 1: `penilai.2.nama`) becomes a text member of
/// the context — the JSON file and the workbooks' konteks sheets merged — before it is checked, so a
/// date typed on a page is read like one in the file, and a problem names `set:<path>`.
enum ContextValues {
    /// The file name that diagnostics about a set value carry (`set:tanggal: …`).
    static let origin = "set"

    /// The context with the values set, paths in sorted order (so `a` then `a.b`).
    static func apply(_ values: [String: String], to context: Value) -> Value {
        var out = context
        for path in values.keys.sorted() {
            let p = ContextPath(path)
            guard !p.parts.isEmpty, let v = values[path] else { continue }
            out = p.setting(.string(v), in: out, at: SourceLocation(file: origin, field: path))
        }
        return out
    }
}

extension RenderOptions {
    /// Routes `set NAME=value` for a template: a switch of the template takes yes/no (`petunjuk=tidak`),
    /// a context key it declares (or a path inside one: `penilai.1.nama`) takes any text.
    public mutating func assign(_ name: String, _ value: String, for template: Template) throws(Diagnostics) {
        if template.options[name] != nil {
            guard let b = YesNo.parse(value) else {
                throw Diagnostics([Diagnostic(at: SourceLocation(file: ContextValues.origin, field: name),
                                              "\(name) is a switch of form '\(template.id)': give ya or tidak, not \"\(value)\"", value: value)])
            }
            switches[name] = b
        } else if template.contextKeys.contains(where: { name == $0.path || name.hasPrefix($0.path + ".") }) {
            contextValues[name] = value
        } else {
            let known = template.options.keys.sorted() + template.contextKeys.map(\.path)
            throw Diagnostics([Diagnostic(at: SourceLocation(file: ContextValues.origin, field: name),
                                          "form '\(template.id)' has no switch or context key '\(name)' (it has: \(known.joined(separator: ", ")))")])
        }
    }
}
