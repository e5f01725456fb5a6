import Cetak
import Foundation
import HTTPTypes
import Hummingbird

/// The page and the HTTP API of docs/cli.md (`GET /api/forms`, `POST /api/render`, `POST /api/preview`) with what
/// the page uses besides: `POST /api/inspect` (check an upload), render jobs with progress
/// (`POST /api/jobs`, `GET /api/jobs/ID`, `…/zip`, `…/pdf`) and `GET /api/workbook`.
enum Routes {
    static func router(_ shop: Workshop, token: String?) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessGuard(token: token, loopback: shop.options.isLoopback))
        let options = shop.options
        let read: @Sendable (Request) async throws -> Upload = { request in
            try await UploadReader.read(request, limit: options.uploadLimit, parent: options.temporaryFolder, templates: options.templates)
        }

        router.get("/") { request, _ in Page.html(token: request.uri.queryParameters.get("token")) }
        router.get("/app.js") { _, _ in Page.asset(Page.script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Page.asset(Page.style, type: "text/css; charset=utf-8") }
        router.get("/favicon.svg") { _, _ in Page.asset(Page.icon, type: "image/svg+xml") }

        router.get("/api/forms") { _, _ in Reply.json(shop.forms) }

        router.post("/api/inspect") { request, _ in
            let upload = try await read(request)
            return Reply.json(try await shop.inspect(upload))
        }

        router.post("/api/preview") { request, _ in
            let upload = try await read(request)
            let page = try await shop.preview(upload)
            return Reply.bytes(page.png, type: "image/png", headers: [
                HTTPField.Name("X-Cetak-Key")!: page.key.addingPercentEncoding(withAllowedCharacters: Page.queryText) ?? "",
                HTTPField.Name("X-Cetak-Page")!: String(page.page),
                HTTPField.Name("X-Cetak-Pages")!: String(page.pages),
            ])
        }

        router.post("/api/render") { request, _ in
            let upload = try await read(request)
            let result = try await shop.render(upload, job: Job(upload: upload))
            return try FileReply.download(result.zip, type: "application/zip", name: "\(result.report.form).zip", keep: upload,
                                          headers: [HTTPField.Name("X-Cetak-Exit")!: String(result.exitCode)])
        }

        router.post("/api/jobs") { request, _ in
            let upload = try await read(request)
            _ = try shop.renderOptions(upload)  // a missing or unknown form is answered now, not by the job
            let job = Job(upload: upload)
            await shop.jobs.add(job)
            Task {
                do { job.finish(.success(try await shop.render(upload, job: job))) }
                catch let e as ServeError { job.finish(.failure(e)) }
                catch { job.finish(.failure(ServeError(status: .internalServerError, message: "\(error)"))) }
            }
            return Reply.json(job.status, status: .accepted)
        }

        router.get("/api/jobs/{id}") { _, context in
            Reply.json(try await job(shop, context).status)
        }
        router.get("/api/jobs/{id}/zip") { _, context in
            let j = try await job(shop, context)
            guard let r = j.output else { throw ServeError(status: .conflict, message: "belum selesai") }
            return try FileReply.download(r.zip, type: "application/zip", name: "\(r.report.form).zip", keep: j)
        }
        router.get("/api/jobs/{id}/pdf") { _, context in
            let j = try await job(shop, context)
            guard let r = j.output, let merged = r.merged else { throw ServeError(status: .conflict, message: "belum ada PDF gabungan") }
            return try FileReply.download(merged, type: "application/pdf", name: "\(r.report.form)-semua.pdf", keep: j)
        }
        router.delete("/api/jobs/{id}") { _, context in
            await shop.jobs.remove(try context.parameters.require("id"))
            return Response(status: .noContent)
        }

        router.get("/api/workbook") { request, _ -> Response in
            let query = request.uri.queryParameters
            let id = query.get("programme") ?? query.get("form") ?? ""
            guard shop.forms.programmes.contains(where: { $0.id == id }) || shop.forms.form(id) != nil else {
                throw ServeError(status: .notFound, message: "tidak ada program atau formulir '\(id)'")
            }
            guard shop.forms.hasWorkbook(id) else {
                throw ServeError(status: .notFound, message: "'\(id)' tidak punya daftar data (programme.xml), jadi tidak ada contoh workbook")
            }
            let book = try await shop.workbook(id)
            return try FileReply.download(book.path, type: SampleWorkbook.type, name: "\(id).xlsx", keep: book.folder)
        }
        return router
    }

    private static func job(_ shop: Workshop, _ context: BasicRequestContext) async throws -> Job {
        let id = try context.parameters.require("id")
        guard let j = await shop.jobs.job(id) else {
            throw ServeError(status: .notFound, message: "tidak ada pekerjaan '\(id)' (hasil disimpan satu jam)")
        }
        return j
    }
}
