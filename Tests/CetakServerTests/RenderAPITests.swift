import Cetak
import Foundation
import Testing
import ZIPFoundation

/// `POST /api/render`: a ZIP of `<form-id>/<key>.pdf`, the merged PDF and report.json, the same PDFs as the CLI's.
@Suite struct RenderAPITests {
    /// The sample files of a form as parts: data, context, and the pictures beside them.
    static func sampleParts(_ form: String) throws -> [Part] {
        let entry = try #require(FormCatalog(folder: Repo.templates).entry(form))
        let s = Repo.samples
        var parts: [Part] = [.field("form", form)]
        parts += s.dataFiles(for: entry).map { Part.file("data", path: $0) }
        if let c = s.contextFile(for: entry) { parts.append(.file("context", path: c)) }
        let dir = s.folder(for: entry)
        for png in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where png.hasSuffix(".png") {
            parts.append(.file("data", path: dir + "/" + png))
        }
        return parts
    }

    /// Unpacks a ZIP answer into a folder.
    static func unzip(_ data: Data) throws -> String {
        let dir = makeTemporaryFolder()
        let zip = dir + "/a.zip"
        try data.write(to: URL(fileURLWithPath: zip))
        try FileManager.default.unzipItem(at: URL(fileURLWithPath: zip), to: URL(fileURLWithPath: dir + "/z"))
        return dir + "/z"
    }

    /// The CLI's render of the same sample files.
    static func cliRender(_ form: String) throws -> String {
        let entry = try #require(FormCatalog(folder: Repo.templates).entry(form))
        let out = makeTemporaryFolder()
        var args = ["render", form, "--templates", Repo.templates, "--out", out, "--quiet"]
        for f in Repo.samples.dataFiles(for: entry) { args += ["--data", f] }
        if let c = Repo.samples.contextFile(for: entry) { args += ["--context", c] }
        let r = try runTool(Repo.cetak, args)
        #expect(r.code == 0, "\(r.err)")
        return out + "/" + form
    }

    @Test(arguments: ["laporan-bulanan", "sa05"])
    func zipHoldsThePDFsOfTheCLI(form: String) async throws {
        let epoch = try CreationDate.fromEnvironment()  // as the CLI run beside it takes it
        let server = try await LiveServer.start { $0.sourceDateEpoch = epoch }
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/render", try Self.sampleParts(form))
        #expect(a.status == 200, "\(a.text.prefix(500))")
        #expect(a.header("Content-Type") == "application/zip")
        #expect(a.header("Content-Disposition") == "attachment; filename=\"\(form).zip\"")
        let z = try Self.unzip(a.body)
        let cli = try Self.cliRender(form)
        let cliFiles = try FileManager.default.contentsOfDirectory(atPath: cli).filter { $0.hasSuffix(".pdf") }.sorted()
        let zipFiles = try FileManager.default.contentsOfDirectory(atPath: z + "/" + form).sorted()
        #expect(!cliFiles.isEmpty && zipFiles == cliFiles)
        for f in cliFiles {
            let mine = try pdfText(z + "/\(form)/" + f), theirs = try pdfText(cli + "/" + f)
            #expect(!mine.isEmpty && mine == theirs, "\(f): text differs from the CLI's")
            #expect(FileManager.default.contentsEqual(atPath: z + "/\(form)/" + f, andPath: cli + "/" + f), "\(f): bytes differ from the CLI's")
        }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: z + "/report.json"))) as? [String: Any]
        #expect(report?["form"] as? String == form)
        let docs = report?["documents"] as? [[String: Any]] ?? []
        #expect(docs.count == cliFiles.count)
        #expect(docs.allSatisfy { ($0["file"] as? String)?.hasPrefix(form + "/") == true })
        let merged = z + "/\(form)-semua.pdf"
        let pages = docs.reduce(0) { $0 + ($1["pages"] as? Int ?? 0) }
        let info = try runTool("/usr/bin/pdfinfo", [merged]).out
        #expect(info.firstMatch(of: /Pages:\s+(\d+)/).map { Int($0.1) } == pages)
        #expect(server.leftovers().isEmpty, "request folders left: \(server.leftovers())")
    }

    @Test func csvAndJSONFilesAndASetValue() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        // peserta as JSON (the same rows as the CSV fixture), kegiatan as CSV; the place of signing typed on the page.
        let a = try await HTTP.post(server, "/api/render", [
            .field("form", "laporan-ojl1"),
            .file("data", path: Repo.fixtures + "/kemitraan/peserta.json"),
            .file("data", path: Repo.kemitraan + "/kegiatan.csv"),
            .file("context", path: Repo.kemitraan + "/konteks.json"),
            .field("set", "tempat=Wamena"),
        ])
        #expect(a.status == 200, "\(a.text.prefix(400))")
        let z = try Self.unzip(a.body)
        let files = try FileManager.default.contentsOfDirectory(atPath: z + "/laporan-ojl1").sorted()
        #expect(files == ["M1.pdf", "M2.pdf", "M3.pdf"])
        #expect(try pdfText(z + "/laporan-ojl1/M1.pdf").contains("Wamena,"))
        #expect(!(try pdfText(z + "/laporan-ojl1/M1.pdf")).contains("Jayapura,"))
    }

    @Test func anUnknownSetNameIsNamed() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/render", [
            .field("form", "laporan-ojl1"), .file("data", path: Repo.kemitraan + "/peserta.csv"),
            .file("data", path: Repo.kemitraan + "/kegiatan.csv"), .file("context", path: Repo.kemitraan + "/konteks.json"),
            .field("set", "tempatt=Wamena"),
        ])
        #expect(a.status == 422)
        #expect((a.json["error"] as? String)?.contains("no switch or context key 'tempatt'") == true)
    }

    @Test func withoutItsContextTheFormNamesTheKeysNotTheServersFolders() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/render", [.field("form", "sa01"), .file("data", path: Repo.fixtures + "/sa01/calon.csv")])
        #expect(a.status == 422)
        let problem = try #require((a.json["problems"] as? [[String: Any]])?.first)
        #expect(problem["file"] as? String == "Templates/diklat/sa01.xml")
        #expect((problem["message"] as? String)?.contains("tempat, instansi.nama, instansi.kota") == true)
        #expect(!a.text.contains(Repo.root))
        // The same keys typed on the page are the context.
        let typed = try await HTTP.post(server, "/api/render", [
            .field("form", "sa01"), .file("data", path: Repo.fixtures + "/sa01/calon.csv"),
            .field("set", "tempat=Manokwari"), .field("set", "instansi.nama=DINAS PENDIDIKAN"), .field("set", "instansi.kota=Manokwari"),
        ])
        #expect(typed.status == 200)
        #expect(typed.header("X-Cetak-Exit") == "1")
    }

    @Test func rejectedRowsAreInTheReportAndTheOthersRender() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/render", [
            .field("form", "sa01"), .file("data", path: Repo.fixtures + "/sa01/calon.csv"),
            .file("context", path: Repo.fixtures + "/sa01/konteks.json"),
        ])
        #expect(a.status == 200)
        #expect(a.header("X-Cetak-Exit") == "1")
        let z = try Self.unzip(a.body)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: z + "/report.json"))) as? [String: Any]
        let rejected = report?["rejected"] as? [[String: Any]] ?? []
        #expect(rejected.count == 1)
        #expect(rejected.first?["file"] as? String == "calon.csv")
        #expect(rejected.first?["line"] as? Int == 4)
        #expect(rejected.first?["column"] as? String == "tanggal_lahir")
        #expect(rejected.first?["value"] as? String == "1974-02-30")
        #expect((report?["documents"] as? [Any])?.count == 5)
        #expect(try pdfText(z + "/sa01/197606302001012004.pdf").contains("<script>alert(\"cetak\")</script> Letsoin"))
    }

    @Test func fourRendersAtOnceAllSucceed() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let forms = ["laporan-bulanan", "sa01", "f02-2", "rtl-ojl2-mitra"]
        let results = try await withThrowingTaskGroup(of: (String, Answer).self) { group in
            for f in forms {
                let parts = try Self.sampleParts(f)
                group.addTask { (f, try await HTTP.post(server, "/api/render", parts)) }
            }
            return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
        }
        for f in forms {
            let a = try #require(results[f])
            #expect(a.status == 200, "\(f): \(a.text.prefix(300))")
            let z = try Self.unzip(a.body)
            let pdfs = try FileManager.default.contentsOfDirectory(atPath: z + "/" + f)
            #expect(!pdfs.isEmpty, "\(f)")
            for p in pdfs { #expect(try runTool("/usr/bin/qpdf", ["--check", z + "/\(f)/" + p]).code == 0, "\(f)/\(p)") }
        }
        #expect(server.leftovers().isEmpty)
    }

    @Test func aJobReportsProgressThenOffersTheZIPAndTheMergedPDF() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let started = try await HTTP.post(server, "/api/jobs", try Self.sampleParts("sa02"))
        #expect(started.status == 202)
        let id = try #require(started.json["id"] as? String)
        var status: [String: Any] = [:]
        var seen: [Int] = []
        for _ in 0..<600 {
            status = try await HTTP.get(server, "/api/jobs/\(id)").json
            if let d = status["done"] as? Int { seen.append(d) }
            if status["state"] as? String == "selesai" || status["state"] as? String == "gagal" { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(status["state"] as? String == "selesai", "\(status)")
        #expect(status["total"] as? Int == 23 && status["done"] as? Int == 23)
        #expect(seen == seen.sorted(), "progress went back: \(seen)")
        let zip = try await HTTP.get(server, "/api/jobs/\(id)/zip")
        #expect(zip.status == 200 && zip.header("Content-Type") == "application/zip")
        let pdf = try await HTTP.get(server, "/api/jobs/\(id)/pdf")
        #expect(pdf.status == 200 && pdf.body.starts(with: Data("%PDF-".utf8)))
        #expect(try await HTTP.get(server, "/api/jobs/no-such-job").status == 404)
        #expect(try await HTTP.send(server.url("/api/jobs/\(id)"), method: "DELETE").status == 204)
        #expect(try await HTTP.get(server, "/api/jobs/\(id)/zip").status == 404)
        #expect(server.leftovers().isEmpty)
    }
}
