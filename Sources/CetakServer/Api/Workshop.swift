import Cetak
import CetakCore
import CetakTemplate
import Foundation

/// What the server does with an upload — check it, show a page, render it all — through the library
/// entry points the CLI uses (`RunPlan`, `Renderer.run`, `Preview`), never a second path.
final class Workshop: Sendable {
    let options: ServeOptions
    let forms: FormList
    /// Batches, one at a time, each with every worker.
    let batches = WorkGate(permits: 1)
    /// Checks and previews, beside the batches.
    let quick: WorkGate
    /// Renders whose results wait to be downloaded.
    let jobs: JobStore

    init(options: ServeOptions) {
        self.options = options
        forms = FormList(catalog: options.catalog)
        quick = WorkGate(permits: options.workers)
        jobs = JobStore(keep: options.keepResults)
    }

    /// The render options of an upload: its form (by template path, no catalog scan), files and `set`
    /// values; images only from the upload's folder; the run's creation date as the CLI's.
    func renderOptions(_ u: Upload) throws(ServeError) -> RenderOptions {
        guard let id = u.field("form"), !id.isEmpty else { throw ServeError.bad("pilih formulir dulu (isian 'form')") }
        guard let form = forms.form(id) else {
            throw ServeError(status: .notFound, message: "tidak ada formulir '\(id)' (GET /api/forms mendaftar semuanya)")
        }
        var o = RenderOptions(form: form.path, templates: options.templates, localTemplates: options.localTemplates)
        o.dataFiles = u.dataFiles
        o.contextFile = u.contextFile
        o.confineTo = u.folder.path
        o.sourceDateEpoch = options.sourceDateEpoch
        o.jobs = options.workers
        let sets = try u.assignments()
        if !sets.isEmpty {
            let template: Template
            do { template = try Renderer.loadTemplate(o) } catch { throw ServeError(error, folder: u.folder) }
            for (name, value) in sets {
                do { try o.assign(name, value, for: template) } catch { throw ServeError(error, folder: u.folder) }
            }
        }
        return o
    }

    /// A plan of the upload, or an answer naming the file and place when nothing can be made (the CLI's exit 2).
    func plan(_ u: Upload) throws -> RunPlan {
        let o = try renderOptions(u)
        do { return try RunPlan.make(o) } catch { throw ServeError(error, folder: u.folder) }
    }

    /// Checks an upload: the documents, what is rejected, the warnings, the context as read.
    func inspect(_ u: Upload) async throws -> Inspection {
        try await quick.run {
            try await Blocking.run { [self] in
                let plan = try plan(u)
                return Inspection(plan: plan, dry: plan.dryRun(), folder: u.folder)
            }
        }
    }

    /// A page of a document as PNG.
    func preview(_ u: Upload) async throws -> Preview.Page {
        let key = u.field("key")
        let page = u.field("page").flatMap { Int($0) } ?? 1
        let dpi = u.field("dpi").flatMap { Double($0) } ?? 96
        return try await quick.run {
            try await Blocking.run { [self] in
                let plan = try plan(u)
                do throws(Diagnostics) { return try Preview.page(of: plan, key: key, page: page, dpi: dpi) } catch { throw ServeError(error, folder: u.folder) }
            }
        }
    }

    /// The workbook to fill in of a programme or a form (as `cetak workbook` writes it), beside the batches.
    func workbook(_ name: String) async throws -> (path: String, folder: UploadFolder) {
        let o = options
        return try await quick.run {
            try await Blocking.run {
                try SampleWorkbook.make(name, catalog: o.catalog, parent: o.temporaryFolder, templates: o.templates, created: o.sourceDateEpoch)
            }
        }
    }

    /// Renders every document of an upload into its folder and packs the ZIP; `job` follows the progress.
    func render(_ u: Upload, job: Job) async throws -> RenderResult {
        var o = try renderOptions(u)
        let out = u.folder.file("hasil")
        o.outDir = out
        o.progress = { job.progress($0) }
        let formID = forms.form(u.field("form") ?? "")?.id ?? "cetak"
        o.merge = (out as NSString).appendingPathComponent("\(formID)-semua.pdf")
        let run = o
        return try await batches.run {
            job.start()
            return try await Blocking.run {
                let outcome = Renderer.run(run)
                if outcome.exitCode == 2 { throw ServeError(Diagnostics(outcome.messages), folder: u.folder) }
                return try ResultArchive.pack(outcome, out: out, merged: run.merge, folder: u.folder)
            }
        }
    }
}
