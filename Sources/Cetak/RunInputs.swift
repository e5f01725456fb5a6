import CetakBind
import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// Everything a run reads besides the template: data files typed by the template, and the context.
public struct RunInputs: Sendable {
    /// The datasets as the evaluator sees them.
    public var data: RunData
    /// The context (a record), or null when none was given.
    public var context: Value
    /// The context file's folder (where its image paths are relative to).
    public var contextFolder: String?
    /// Records that could not be read (exit code 1).
    public var rejected: [Diagnostic]
    /// Warnings about the files (encoding).
    public var warnings: [Diagnostic]

    /// Reads and types the data files and the context for a template; throws what stops the run (exit 2).
    public static func load(template: Template, dataFiles: [String], contextFile: String?, blank: Bool,
                            contextValues: [String: String] = [:]) throws(Diagnostics) -> RunInputs {
        var diags = Diagnostics()
        var rejected: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var tables: [String: DataTable] = [:]
        var unreadable = Set<String>()
        for path in dataFiles {
            do {
                let t = try DataTable.load(path: path)
                if tables[t.name] != nil { diags.error(SourceLocation(file: path), "a second file for dataset '\(t.name)'") }
                tables[t.name] = t
            } catch {
                unreadable.insert(DataTable.datasetName(of: path))
                for d in error.all { diags.add(d) }
            }
        }
        var datasets: [Dataset] = []
        var keys: [String: String] = [:]
        for decl in template.datasets {
            if let k = decl.key { keys[decl.name] = k }
            let specs = decl.columns.map { ColumnSpec($0.name, kind($0.type), required: $0.required) }
            guard let table = tables[decl.name] else {
                if decl.required && !blank && !unreadable.contains(decl.name) {
                    diags.error(decl.location, "form '\(template.id)' needs the dataset '\(decl.name)': give --data \(decl.name).csv (or .json)")
                }
                datasets.append(Dataset(name: decl.name, records: []))
                continue
            }
            let missing = table.missingColumns(specs)
            for d in missing { diags.add(d) }
            if !missing.isEmpty { continue }
            var (records, bad) = table.records(columns: specs)
            // Optional columns the file lacks read as empty.
            let declared = decl.columns.map(\.name)
            for i in records.indices {
                for c in declared where !records[i].has(c) { records[i].set(c, .null) }
            }
            let checked = RecordChecks.apply(records, decl)
            rejected += bad + checked.rejected
            warnings += table.warnings
            datasets.append(Dataset(name: decl.name, records: checked.kept))
        }
        var context: Value = .null
        var folder: String?
        if contextFile != nil || !contextValues.isEmpty {
            do throws(Diagnostics) {
                var node = JSONNode(.object([]), at: SourceLocation(file: ContextValues.origin))
                if let contextFile {
                    node = try JSONReader.parse(try readBytes(contextFile), file: contextFile)
                    guard node.members != nil else {
                        throw Diagnostics([Diagnostic(at: node.location, "the context must be one JSON object { ... }")])
                    }
                    folder = (contextFile as NSString).deletingLastPathComponent
                }
                node = ContextValues.apply(contextValues, to: node)
                context = try checkContext(node.toValue(), node: node, template: template, file: contextFile ?? ContextValues.origin)
            } catch {
                for d in error.all { diags.add(d) }
            }
        } else if !blank, template.contextKeys.contains(where: \.required) {
            diags.error(template.location, "form '\(template.id)' needs a context file: give --context konteks.json (keys: \(template.contextKeys.filter(\.required).map(\.path).joined(separator: ", ")))")
        }
        try diags.throwIfErrors()
        let derived = try derive(template, datasets, keys: keys, context: context)
        return RunInputs(data: derived.data, context: context, contextFolder: folder,
                         rejected: rejected + derived.rejected, warnings: warnings)
    }

    /// Computes the `<derive>` columns of every dataset, in declaration order; a record whose rule
    /// fails is rejected. A template error (unknown name) stops the run.
    static func derive(_ template: Template, _ datasets: [Dataset], keys: [String: String], context: Value)
        throws(Diagnostics) -> (data: RunData, rejected: [Diagnostic]) {
        var current = datasets
        var rejected: [Diagnostic] = []
        for decl in template.datasets where !decl.derives.isEmpty {
            guard let i = current.firstIndex(where: { $0.name == decl.name }) else { continue }
            let data = RunData(datasets: current, keys: keys)
            let scope = Scope(context: context, data: data, options: template.options)
            var records: [Record] = []
            for var r in current[i].records {
                var failed = false
                for d in decl.derives {
                    do {
                        r.set(d.name, try Evaluator.eval(d.value, scope.with(row: .record(r))))
                    } catch {
                        if error.message.hasPrefix("unknown") {
                            throw Diagnostics([Diagnostic(at: d.location, error.message)])
                        }
                        rejected.append(Diagnostic(at: r.location, "\(d.name): \(error.message)"))
                        failed = true
                        break
                    }
                }
                if !failed { records.append(r) }
            }
            current[i] = Dataset(name: decl.name, records: records)
        }
        return (RunData(datasets: current, keys: keys), rejected)
    }

    static func kind(_ t: ValueType) -> ColumnSpec.Kind {
        switch t {
        case .text: return .text
        case .date: return .date
        case .number: return .number
        case .bool: return .bool
        case .nip: return .text
        }
    }

    static func readBytes(_ path: String) throws(Diagnostics) -> [UInt8] {
        guard let d = FileManager.default.contents(atPath: path) else {
            throw Diagnostics([Diagnostic(at: SourceLocation(file: path), "cannot read the file (does it exist?)")])
        }
        return [UInt8](d)
    }

    /// Checks the declared context keys exist and converts typed ones (dates, numbers).
    static func checkContext(_ value: Value, node: JSONNode, template: Template, file: String) throws(Diagnostics) -> Value {
        var diags = Diagnostics()
        var ctx = value
        for key in template.contextKeys {
            let parts = key.path.split(separator: ".").map(String.init)
            var n: JSONNode? = node
            for p in parts { n = n?[p] }
            guard let found = n else {
                if key.required {
                    diags.error(SourceLocation(file: file), "the context has no key '\(key.path)' (form '\(template.id)' needs it, see \(template.file):\(key.location.line))")
                } else {
                    ctx = set(ctx, parts, .null)
                }
                continue
            }
            let raw = found.toValue()
            switch key.type {
            case .date:
                guard !raw.isEmpty else { continue }
                if let d = CivilDate.parse(raw.text) { ctx = set(ctx, parts, .date(d)) }
                else { diags.add(Diagnostic(at: found.location, "context key '\(key.path)': \"\(raw.text)\" is not a date (YYYY-MM-DD)", value: raw.text)) }
            case .number:
                if case .number = raw { continue }
                if let d = DecimalText.parse(raw.text) { ctx = set(ctx, parts, .number(d)) }
                else if !raw.isEmpty { diags.add(Diagnostic(at: found.location, "context key '\(key.path)': \"\(raw.text)\" is not a number", value: raw.text)) }
            case .bool:
                if let b = YesNo.parse(raw.text) { ctx = set(ctx, parts, .bool(b)) }
            case .text, .nip: break
            }
        }
        try diags.throwIfErrors()
        return ctx
    }

    static func set(_ v: Value, _ path: [String], _ new: Value) -> Value {
        guard let first = path.first else { return new }
        guard case .record(var r) = v else { return v }
        r.set(first, set(r.value(first) ?? .record(Record(dataset: "", location: nil, fields: [:])), Array(path.dropFirst()), new))
        return .record(r)
    }
}
