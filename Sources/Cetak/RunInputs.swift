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
    /// The folders image paths of the context are relative to: the JSON file's, then each workbook's.
    public var contextFolders: [String] = []
    /// Records that could not be read (exit code 1).
    public var rejected: [Diagnostic]
    /// Warnings about the files (encoding).
    public var warnings: [Diagnostic]
    /// Warnings of the `<data>` rules (`<warn>`), by the key of the record they are about.
    public var recordWarnings: [(key: String, warning: DocumentWarning)] = []

    /// Reads and types the data files (`FILE` or `NAME=FILE`: CSV, JSON, XLSX) and the context (a
    /// JSON file, the workbooks' `konteks` sheets and keys set over them) for a template; throws what
    /// stops the run (exit 2).
    public static func load(template: Template, dataFiles: [String], contextFile: String?, blank: Bool,
                            contextValues: [String: String] = [:]) throws(Diagnostics) -> RunInputs {
        let files = DataFiles.read(dataFiles, template: template)
        var diags = files.diagnostics
        var rejected: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var datasets: [Dataset] = []
        var keys: [String: String] = [:]
        var rejectedKeys: [String: [String: Diagnostic]] = [:]
        for decl in template.datasets {
            if let k = decl.key { keys[decl.name] = k }
            let specs = specs(decl)
            guard let table = files.tables[decl.name] else {
                if decl.required && !blank && !files.unreadable.contains(decl.name) && !files.unreadableWorkbook {
                    diags.error(decl.location, "form '\(template.id)' needs the dataset '\(decl.name)': give --data \(decl.name).csv (or .json, or a workbook with a sheet \(decl.name))")
                }
                datasets.append(Dataset(name: decl.name, records: []))
                continue
            }
            let problems = table.columnProblems(specs)
            for d in problems { diags.add(d) }
            if !problems.isEmpty { continue }
            // Each record typed, checked and kept in turn: the records are held once, as the dataset's
            // values, never also as a list of all of them typed and another of those that passed.
            let declared = decl.columns.map(\.name)
            var checks = RecordChecks(decl, expected: table.rows.count)
            var kept: [Value] = []
            kept.reserveCapacity(table.rows.count)
            let bad = table.forEachRecord(columns: specs) { typed in
                var r = typed
                // Optional columns the file lacks read as empty.
                for c in declared where !r.has(c) { r.set(c, .null) }
                if checks.check(&r) { kept.append(.record(r)) }
            }
            rejectedKeys[decl.name] = DataChecks.rejectedKeys(table, bad, decl).merging(checks.rejectedKeys) { a, _ in a }
            rejected += bad + checks.rejected
            warnings += table.warnings
            datasets.append(Dataset(name: decl.name, values: kept))
        }
        var context = ContextInput()
        do throws(Diagnostics) {
            context = try ContextInput.load(jsonFile: contextFile, sheets: files.contexts, values: contextValues,
                                            template: template, blank: blank)
        } catch {
            for d in error.all { diags.add(d) }
        }
        try diags.throwIfErrors()
        let joined = DataChecks.references(datasets, template, files: files.tables.mapValues(\.file), rejectedKeys: &rejectedKeys)
        let derived = try derive(template, joined.datasets, keys: keys, context: context.value, rejectedKeys: &rejectedKeys)
        var inputs = RunInputs(data: derived.data, context: context.value, contextFolders: context.folders,
                               rejected: rejected + joined.rejected + derived.rejected, warnings: warnings)
        if !blank { inputs.recordWarnings = try DataChecks.recordWarnings(template, derived.data, context: context.value) }
        return inputs
    }

    /// The column specs of a declared dataset: name, how its cells are read, whether required.
    static func specs(_ decl: DatasetDecl) -> [ColumnSpec] {
        decl.columns.map { ColumnSpec($0.name, kind($0.type), required: $0.required) }
    }

    /// Computes the `<derive>` columns of every dataset, in declaration order; a record whose rule
    /// fails is rejected. A template error (unknown name) stops the run.
    static func derive(_ template: Template, _ datasets: [Dataset], keys: [String: String], context: Value,
                       rejectedKeys: inout [String: [String: Diagnostic]])
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
                        // A mistake of the template (an unknown name or function) stops the run; any other
                        // failure is this record's.
                        if error.kind == .template { throw Diagnostics(error.at(d.location)) }
                        let why = Diagnostic(.error, .record, at: r.location, "\(d.name): \(error.message)")
                        rejected.append(why)
                        if let key = decl.key {
                            let k = RecordChecks.lookupKey(r[key].text, decl)
                            if !k.isEmpty && rejectedKeys[decl.name]?[k] == nil { rejectedKeys[decl.name, default: [:]][k] = why }
                        }
                        failed = true
                        break
                    }
                }
                if !failed { records.append(r) }
            }
            current[i] = Dataset(name: decl.name, records: records)
        }
        return (RunData(datasets: current, keys: keys, rejectedKeys: rejectedKeys), rejected)
    }

    static func kind(_ t: ValueType) -> ColumnSpec.Kind {
        switch t {
        case .text: return .text
        case .date: return .date
        case .number: return .number
        case .bool: return .bool
        case .nip: return .identifier
        }
    }

    static func readBytes(_ path: String) throws(Diagnostics) -> [UInt8] {
        do { return try InputFile.read(path, limit: 16 << 20) } catch {
            throw Diagnostics(error.readFailure())
        }
    }
}
