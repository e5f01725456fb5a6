import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// The context of a run: a `--context` JSON file, the `konteks` sheets of the workbooks given with
/// `--data`, or both — then the JSON file wins key by key (nested keys one by one; a list whole) —
/// and last the keys set over them (`RenderOptions.contextValues`, see `ContextValues`).
/// Image paths are relative to the file they were written in: the JSON file's folder is searched
/// first, then each workbook's.
struct ContextInput {
    /// The context record, or null when none was given.
    var value: Value = .null
    /// Folders image paths of the context are relative to, in the order searched.
    var folders: [String] = []

    /// Reads and checks the context for a template.
    static func load(jsonFile: String?, sheets: [(value: Value, folder: String, location: SourceLocation)],
                     values: [String: String] = [:], template: Template, blank: Bool) throws(Diagnostics) -> ContextInput {
        var input = ContextInput()
        var origin: SourceLocation?
        var merged: Value = .null
        for sheet in sheets {
            merged = merged == .null ? sheet.value : merge(merged, sheet.value)
            origin = origin ?? sheet.location
        }
        if let jsonFile {
            let bytes = try RunInputs.readBytes(jsonFile)
            let node = try JSONReader.parse(bytes, file: jsonFile)
            guard node.members != nil else {
                throw Diagnostics([Diagnostic(at: node.location, "the context must be one JSON object { ... }")])
            }
            merged = merged == .null ? node.toValue() : merge(merged, node.toValue())
            origin = SourceLocation(file: jsonFile)
            input.folders.append(PathText.folder(of: jsonFile))
        }
        input.folders += sheets.map(\.folder)
        if !values.isEmpty {
            let base = merged == .null ? Value.record(Record(dataset: "", location: SourceLocation(file: ContextValues.origin), fields: [:])) : merged
            merged = ContextValues.apply(values, to: base)
            origin = origin ?? SourceLocation(file: ContextValues.origin)
        }
        let nul = nulCells(merged, at: origin)
        if !nul.isEmpty { throw Diagnostics(nul) }
        if let origin {
            input.value = try check(merged, template: template, origin: origin)
        } else if !blank, template.contextKeys.contains(where: \.required) {
            throw Diagnostics([Diagnostic(at: template.location,
                "form '\(template.id)' needs a context: give --context konteks.json, or a workbook with a konteks sheet "
                + "(keys: \(template.contextKeys.filter(\.required).map(\.path).joined(separator: ", ")))")])
        }
        return input
    }

    /// Both records' keys, `over`'s value where both have one (records merged key by key).
    static func merge(_ base: Value, _ over: Value) -> Value {
        guard case .record(let b) = base, case .record(let o) = over else { return over }
        var fields = b.fields
        var order = b.order
        var locations = b.cellLocations
        for name in o.order {
            if let old = b.value(name) {
                fields[name] = merge(old, o[name])
            } else {
                fields[name] = o[name]
                order.append(name)
            }
            if let l = o.location(of: name) { locations[name] = l }
        }
        return .record(Record(dataset: "", location: o.location ?? b.location, fields: fields, order: order, cellLocations: locations))
    }

    /// Checks the declared context keys exist and converts typed ones (dates, numbers, yes/no).
    static func check(_ value: Value, template: Template, origin: SourceLocation) throws(Diagnostics) -> Value {
        var diags = Diagnostics()
        var ctx = value
        for key in template.contextKeys {
            let parts = ContextPath(key.path)
            let found = parts.find(in: value)
            let at = found?.location ?? origin
            guard let raw = found?.value else {
                if key.required {
                    diags.error(origin, "the context has no key '\(key.path)' (form '\(template.id)' needs it, see \(template.file):\(key.location.line))")
                } else {
                    ctx = parts.setting(.null, in: ctx)
                }
                continue
            }
            let before = diags.all.count
            switch key.type {
            case .date:
                if raw.isEmpty { continue }
                if case .date = raw { continue }
                switch DateText.parse(raw.text) {
                case .date(let d, _): ctx = parts.setting(.date(d), in: ctx)
                case .monthFirst:
                    diags.add(Diagnostic(at: at, "context key '\(key.path)': \"\(raw.text)\" can only be read month first; write it as DD/MM/YYYY or YYYY-MM-DD", value: raw.text))
                default:
                    diags.add(Diagnostic(at: at, "context key '\(key.path)': \"\(raw.text)\" is not a date (write e.g. 22/07/2019, 22 Juli 2019 or 2019-07-22)", value: raw.text))
                }
            case .number:
                if case .number = raw {} else if let d = DecimalText.parse(raw.text) { ctx = parts.setting(.number(d), in: ctx) }
                else if !raw.isEmpty { diags.add(Diagnostic(at: at, "context key '\(key.path)': \"\(raw.text)\" is not a number", value: raw.text)) }
            case .bool:
                if let b = YesNo.parse(raw.text) { ctx = parts.setting(.bool(b), in: ctx) }
                else if !raw.isEmpty { diags.add(Diagnostic(at: at, "context key '\(key.path)': \"\(raw.text)\" is neither yes nor no (ya/tidak, true/false)", value: raw.text)) }
            case .text, .nip: break
            }
            // A value outside the key's domain (proyeksi_tahun 3) is an error, never read as the default.
            if diags.all.count == before, let why = ContextDomain.problem(key, parts.value(in: ctx) ?? .null) {
                diags.add(Diagnostic(at: at, why, value: raw.text))
            }
        }
        try diags.throwIfErrors()
        return ctx
    }

    /// A NUL character in any text of the context, one error per value (it would cut the text silently).
    static func nulCells(_ v: Value, at origin: SourceLocation?, path: String = "") -> [Diagnostic] {
        switch v {
        case .string(let s) where s.utf8.contains(0):
            return [Diagnostic(at: origin, "context key '\(path)' holds a NUL character (\\u0000), which is no letter: remove it")]
        case .record(let r):
            return r.order.flatMap { nulCells(r[$0], at: r.location(of: $0) ?? origin, path: path.isEmpty ? $0 : path + "." + $0) }
        case .list(let l):
            return l.flatMap { nulCells($0, at: origin, path: path) }
        default:
            return []
        }
    }
}
