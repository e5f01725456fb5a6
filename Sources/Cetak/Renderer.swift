import CetakBind
import CetakCore
import CetakLayout
import CetakPDF
import CetakTemplate
import Foundation

/// Runs one form over the inputs: documents are bound, laid out and written (in parallel when asked),
/// each file atomically; returns the report and the exit code of docs/cli.md.
public enum Renderer {
    /// Renders; never throws: problems become messages and exit code 2.
    public static func run(_ o: RenderOptions) -> RenderOutcome {
        let started = Date()
        var report = RunReport(form: o.form)
        var files = OutputPlan.inputs(o, template: nil)
        do throws(Diagnostics) {
            let template = try loadTemplate(o)
            report.form = template.id
            files = OutputPlan.inputs(o, template: template)
            var (outcome, reportFile) = try render(template, o, report: report, files: files)
            outcome.report.seconds = Date().timeIntervalSince(started)
            if let reportFile, let path = o.report {
                // Opened before rendering, so this fails only when the disk does (full, removed meanwhile).
                do throws(Diagnostic) { try writeReport(outcome.report, into: reportFile) } catch {
                    let written = outcome.report.documents.count
                    outcome.messages.append(Diagnostic(.error, .output, at: SourceLocation(file: path),
                        "cannot write the report: \(error.message); the \(written) document(s) of this run were written\(outcome.report.folder.map { " in \($0)/" } ?? "")"))
                    outcome.exitCode = Diagnostic.exitCode(stopped: false, outcome.messages)
                }
            }
            return outcome
        } catch {
            report.seconds = Date().timeIntervalSince(started)
            // The report of a run that stopped: written when its own path is not what stopped it.
            if let path = o.report, let file = try? openReport(path, files: files) { try? writeReport(report, into: file) }
            return RenderOutcome(report: report, exitCode: Diagnostic.exitCode(stopped: true, error.all), messages: error.all)
        }
    }

    /// Finds and loads the template of a form id or path.
    public static func loadTemplate(_ o: RenderOptions) throws(Diagnostics) -> Template {
        if o.form.hasSuffix(".xml") || o.form.contains("/") {
            // A template by path: no need to read the whole catalog, only where the schema is.
            let schema = FormCatalog.schema(in: o.templates) ?? o.localTemplates.lazy.compactMap(FormCatalog.schema(in:)).first
            return try TemplateLoader.load(path: o.form, schema: schema)
        }
        let catalog = o.catalog
        guard let e = catalog.entry(o.form) else { throw Diagnostics([Diagnostic(.usage, catalog.unknown(o.form))]) }
        return try TemplateLoader.load(path: e.path, schema: catalog.schema(for: e))
    }

    static func render(_ template: Template, _ o: RenderOptions, report start: RunReport, files: RunFiles)
        throws(Diagnostics) -> (RenderOutcome, OutputFile?) {
        var report = start
        // The run's data, documents and layouter live while the documents are drawn (`draw`) and are let go
        // before the merged file is finished and the report made: a run of 50,000 certificates does not
        // hold its 38 MB of text, its records and its documents beside the report's list of 50,000.
        let drawn = try draw(template, o, report: &report, files: files)
        let results = drawn.results
        var fatal: [Diagnostic] = []
        report.documents.reserveCapacity(drawn.keys.count)
        for (i, key) in drawn.keys.enumerated() {
            guard let r = results.result(i, key: key) else { continue }
            for w in r.warnings { report.warnings.append(.init(key: r.key, message: w.message, group: w.group, rule: w.rule)) }
            if r.alreadyReported { continue }
            if let e = r.error { fatal.append(e); continue }
            if let reason = r.skip { report.skipped.append(.init(key: r.key, reason: reason)); continue }
            report.documents.append(.init(key: r.key, file: r.file, pages: r.pages))
        }
        // A document that fails (a missing photo, a value its rule cannot read) is rejected like a bad
        // record: the others stay written and listed. Only when nothing could be made is the run a failure.
        if !fatal.isEmpty {
            if report.documents.isEmpty && report.skipped.isEmpty { throw Diagnostics(fatal) }
            report.rejected += fatal
        }
        if let sink = drawn.merge, let m = o.merge {
            if report.documents.isEmpty {
                // Why there is none comes first: the rejected records and documents.
                throw Diagnostics(report.rejected + [Diagnostic(at: SourceLocation(file: m), "no document to merge")])
            }
            do { try sink.finish() } catch {
                throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: m), "cannot write the merged PDF: \(error.text)")])
            }
        }
        if o.clean && drawn.writeFiles {
            // Keep what this run wrote and, when it rendered only some documents (--only, --shard), the
            // other documents of the same run (written by the other slices).
            var keep = Set(report.documents.map { ($0.file as NSString).lastPathComponent })
            keep.formUnion(drawn.otherSlices.map { $0 + ".pdf" })
            do { report.removed = try StaleFiles.remove(in: drawn.folder, keep: keep, except: o.merge, files: files) } catch {
                throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: drawn.folder), "cannot remove the files of an earlier run: \(error.localizedDescription)")])
            }
        }
        let messages = report.rejected
        let code = Diagnostic.exitCode(stopped: false, messages)
        return (RenderOutcome(report: report, exitCode: code, messages: messages), drawn.reportFile)
    }

    /// What drawing a run's documents leaves for its report and its end.
    struct Drawn {
        /// Each document's key, in the run's order (results are by position).
        let keys: [String]
        let results: Results
        /// The merged file, to be finished.
        let merge: MergeSink?
        /// The form's folder under `--out`.
        let folder: String
        /// Whether documents are written to files of their own (not only merged).
        let writeFiles: Bool
        let reportFile: OutputFile?
        /// With `--clean` and `--only` or `--shard`: the keys of the run's documents other slices make.
        let otherSlices: [String]
    }

    /// Reads the inputs, checks the outputs, opens the report and the merged file, and draws every
    /// document; the report gets the inputs' rejections and warnings and the folder.
    static func draw(_ template: Template, _ o: RenderOptions, report: inout RunReport, files: RunFiles) throws(Diagnostics) -> Drawn {
        let plan = try RunPlan(template: template, options: o, files: files)
        let inputs = plan.inputs
        report.rejected = inputs.rejected
        report.warnings = inputs.warnings.map { RunReport.Warning(key: "", message: ($0.location.map { "\($0): " } ?? "") + $0.message) }
        report.warnings += plan.onlyMisses.map { RunReport.Warning(key: "", message: $0) }
        report.warnings += inputs.recordWarnings.map {
            RunReport.Warning(key: $0.key, message: $0.warning.message, group: $0.warning.group, rule: $0.warning.rule)
        }
        let items = plan.items
        // Every output checked before anything is drawn; the report and the merged file opened now.
        let writeFiles = !(o.noFiles && o.merge != nil)
        let output = try OutputPlan.make(o, formID: template.id, keys: writeFiles ? items.map(\.key) : [], files: files, makeFolder: writeFiles)
        let folder = output.folder
        if writeFiles { report.folder = folder }
        let reportFile = try o.report.map { path throws(Diagnostics) in try openReport(path, files: files) }
        let date = CreationDate.of(epoch: o.sourceDateEpoch, context: inputs.context)
        let docs = items
        let mergePath = o.merge ?? ""
        let results = Results(count: items.count) { writeFiles ? output.path(of: $0) : mergePath }
        var merge: MergeSink?
        if let m = o.merge {
            do throws(Diagnostic) {
                try? Folder.make(PathText.folder(of: m))
                merge = try MergeSink(path: m, metadata: PDFMetadata(title: template.title, author: "", creationDate: date), files: files,
                                      documents: items.count)
            } catch {
                throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: m), "cannot write the merged PDF: \(error.message)")])
            }
        }
        let sink = merge
        let progress = ProgressCounter(total: items.count, callback: o.progress)
        // The unit of work: a run of documents (see `Batches`), drawn in order by one worker into the
        // batch files come from and into its part of the merged file; progress counts documents.
        let batches = Batches(docs, merge: o.merge != nil, files: writeFiles, template: template)
        let units = batches.units.count
        let context = BatchContext(plan: plan, output: output, date: date, merge: o.merge, writeFiles: writeFiles)
        let work: @Sendable (Int) -> Void = { u in
            batches.run(u, docs: docs, context: context, sink: sink, results: results, progress: progress)
        }
        let jobs = max(1, min(o.jobs, units))
        if jobs == 1 {
            for i in 0..<units { work(i) }
        } else {
            let next = Results.Counter()
            DispatchQueue.concurrentPerform(iterations: jobs) { _ in
                while let i = next.take(below: units) { work(i) }
            }
        }
        var otherSlices: [String] = []
        if o.clean && writeFiles && (o.only != nil || o.shard != nil) {
            let here = Set(items.map(\.key))
            otherSlices = plan.plannedKeys.filter { !here.contains($0) }
        }
        return Drawn(keys: docs.map(\.key), results: results, merge: merge, folder: folder, writeFiles: writeFiles,
                     reportFile: reportFile, otherSlices: otherSlices)
    }

    /// Opens the report's file (its folder made when missing) before the run, so that a report that cannot
    /// be written stops the run before anything is drawn.
    static func openReport(_ path: String, files: RunFiles) throws(Diagnostics) -> OutputFile {
        do throws(Diagnostic) {
            try Folder.make(PathText.folder(of: path))
            return try OutputFile(path: path, files: files)
        } catch {
            throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: path), "cannot write the report: \(error.message)")])
        }
    }

    static func writeReport(_ r: RunReport, into file: OutputFile) throws(Diagnostic) {
        guard file.write(Array(r.json().utf8)) else { file.abandon(); throw .unwritable(file.finalPath, file.writeError ?? "write failed") }
        try file.commit()
    }

    /// Binds, lays out and writes one document: to its own file when `writeFile`, with its pages
    /// kept in the result when `keepFrames` (for a batch or the merged file, which draw them).
    static func renderOne(_ item: DocumentItem, plan: RunPlan, output: OutputPlan, date: Int64, writeFile: Bool, keepFrames: Bool) -> DocResult {
        var r = DocResult(key: item.key)
        do {
            let bound = try plan.binder.bind(item)
            r.warnings = bound.notes
            let doc: Document
            switch bound.outcome {
            case .made(let made): doc = made
            case .skipped(let reason): r.skip = reason; return r
            case .rejected(let why): r.error = why; return r
            case .alreadyReported: r.alreadyReported = true; return r
            }
            let path = output.path(of: item.key)
            r.metadata = PDFMetadata(title: doc.title, author: doc.author, creationDate: date)
            let w = writeFile ? try PDFWriter(path: path, metadata: PDFMetadata(title: doc.title, author: doc.author, creationDate: date), files: output.files) : nil
            // Pages go to the PDF as layout hands them over: one page's items in memory at a time.
            var failure: Diagnostic?
            var kept: [Frame] = []
            let missing = MissingGlyphs()
            let pages = try plan.layouter.layout(doc, missing: missing) { frame in
                do throws(Diagnostic) { try w?.add(page: frame) } catch { failure = error; return false }
                if keepFrames { kept.append(frame) }
                return true
            }
            if let failure { throw failure }
            // A character no installed font has prints as an empty box: said, never silent.
            r.warnings += missing.characters.map { DocumentWarning(MissingGlyphs.message(for: $0), rule: "missing-glyph \($0)") }
            try w?.finish()
            if w != nil { r.file = path }
            r.pages = pages
            r.frames = kept
        } catch {
            r.error = problem(error, key: item.key, folder: output.folder)
        }
        // A rejected document reports its error, not the warnings of a document that was not made.
        if r.error != nil { r.warnings = [] }
        return r
    }

    /// What went wrong with one document, as a rejection: where in the template or data, and its key.
    static func problem(_ error: any Error, key: String, folder: String) -> Diagnostic {
        guard let d = error as? Diagnostic else {
            return Diagnostic(.error, .record, at: SourceLocation(file: folder), "\(key): \(error)", value: key)
        }
        // A document that fails is rejected as a bad record is: the other documents still render.
        return d.prefixed(key).with(value: key).of(.record)
    }
}

/// The outcome of one document.
struct DocResult: Sendable {
    var key: String
    init(key: String) { self.key = key }
    var file = ""
    var pages = 0
    var skip: String?
    var warnings: [DocumentWarning] = []
    /// Why it failed (boxed: the run keeps a result per document, and few fail).
    var error: Diagnostic? {
        get { errorBox?.value }
        set { errorBox = newValue.map(Boxed.init) }
    }
    private var errorBox: Boxed<Diagnostic>?
    /// Not made because a record it needs was rejected on reading: that rejection is the report's entry.
    var alreadyReported = false
    var frames: [Frame] = []
    /// True when the document was laid out (neither skipped, rejected nor failed): its pages are in `frames`.
    var made: Bool { error == nil && skip == nil && !alreadyReported }
    /// Title, author and date of the PDF, once the document is bound (boxed; let go once it is drawn).
    var metadata: PDFMetadata? {
        get { metadataBox?.value }
        set { metadataBox = newValue.map(Boxed.init) }
    }
    private var metadataBox: Boxed<PDFMetadata>?
}

/// Results of the workers, by document index, kept for the report: a document made as expected (its
/// file the one its key names, or the merged file; no warning) is its page count alone, four bytes, so
/// that a run of 50,000 documents holds 200 KB; anything else is kept whole, by index.
final class Results: @unchecked Sendable {
    /// Page count of each document made as expected, or `unset`, or `rare` (the result is in `rare`).
    private var pages: [Int32]
    private var rare: [Int: DocResult] = [:]
    private static let unset: Int32 = -1
    private static let isRare: Int32 = -2
    private let lock = NSLock()
    /// The file a made document is written to: the file its key names, or the merged file.
    private let file: @Sendable (String) -> String
    init(count: Int, file: @escaping @Sendable (String) -> String) {
        pages = Array(repeating: Self.unset, count: count)
        self.file = file
    }
    func set(_ i: Int, _ r: DocResult) {
        let plain = r.made && r.warnings.isEmpty && r.frames.isEmpty && r.metadata == nil && r.pages <= Int(Int32.max) && r.file == file(r.key)
        lock.lock()
        defer { lock.unlock() }
        if plain {
            pages[i] = Int32(r.pages)
            rare[i] = nil
        } else {
            pages[i] = Self.isRare
            rare[i] = r
        }
    }
    /// The result of document i (nil when it has none), whose key is `key`.
    func result(_ i: Int, key: String) -> DocResult? {
        lock.lock()
        let n = pages[i]
        let kept = n == Self.isRare ? rare[i] : nil
        lock.unlock()
        if n == Self.unset { return nil }
        if n == Self.isRare { return kept }
        var r = DocResult(key: key)
        r.file = file(key)
        r.pages = Int(n)
        return r
    }

    /// Hands out indices to workers.
    final class Counter: @unchecked Sendable {
        private var n = 0
        private let lock = NSLock()
        func take(below limit: Int) -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard n < limit else { return nil }
            n += 1
            return n - 1
        }
    }
}
