import Cetak
import Foundation
import Testing
import ZIPFoundation

/// Workbooks on the page: `GET /api/workbook` gives the workbook of `cetak workbook`; a filled workbook
/// uploaded renders the PDFs of `cetak render --data BOOK.xlsx`, its rejected cells named by sheet and
/// cell, its `konteks` sheet read as the context.
@Suite struct WorkbookAPITests {
    /// A Kemitraan folder of other data than the sample's (the test fixtures, one Mitra renamed, one
    /// activity on a day that does not exist) made into a workbook by `cetak workbook`, logos beside it.
    static func otherKemitraanWorkbook() throws -> (folder: String, book: String) {
        let dir = makeTemporaryFolder()
        let fm = FileManager.default
        for f in ["peserta.csv", "kegiatan.csv", "konteks.json", "logo-instansi.png", "logo-kementerian.png"] {
            try fm.copyItem(atPath: Repo.kemitraan + "/" + f, toPath: dir + "/" + f)
        }
        for (file, old, new) in [("peserta.csv", "Yosias Wenda", "Yosina Wendaputri"), ("kegiatan.csv", "30/07/2019", "30/02/2019")] {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            #expect(text.components(separatedBy: old).count == 2, "\(file) holds \(old) once")
            try text.replacingOccurrences(of: old, with: new).write(toFile: dir + "/" + file, atomically: true, encoding: .utf8)
        }
        let book = dir + "/kemitraan-lain.xlsx"
        let made = try runTool(Repo.cetak, ["workbook", "kemitraan", "--templates", Repo.templates, "--out", book,
                                            "--data", dir + "/peserta.csv", "--data", dir + "/kegiatan.csv", "--context", dir + "/konteks.json"])
        #expect(made.code == 0, "\(made.err)")
        return (dir, book)
    }

    /// The workbook and the pictures of its folder as parts.
    static func parts(_ form: String, book: String) throws -> [Part] {
        let dir = (book as NSString).deletingLastPathComponent
        var parts: [Part] = [.field("form", form), .file("data", path: book)]
        for png in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where png.hasSuffix(".png") {
            parts.append(.file("data", path: dir + "/" + png))
        }
        return parts
    }

    /// The CLI's render of a workbook alone: its folder and the report.
    static func cliRender(_ form: String, book: String) throws -> (folder: String, report: [String: Any]) {
        let out = makeTemporaryFolder()
        let r = try runTool(Repo.cetak, ["render", form, "--templates", Repo.templates, "--data", book, "--out", out,
                                         "--report", out + "/report.json", "--quiet"])
        #expect(r.code == 0 || r.code == 1, "\(r.err)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/report.json"))) as? [String: Any]
        return (out + "/" + form, report ?? [:])
    }

    /// Renders a workbook through the API and checks the ZIP against the CLI: the same files with the
    /// same text (and bytes), the merged PDF, and report.json; returns the ZIP's report.
    func sameAsTheCLI(_ form: String, book: String) async throws -> [String: Any] {
        let epoch = try CreationDate.fromEnvironment()  // as the CLI run beside it takes it
        let server = try await LiveServer.start { $0.sourceDateEpoch = epoch }
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/render", try Self.parts(form, book: book))
        #expect(a.status == 200, "\(a.text.prefix(500))")
        #expect(a.header("Content-Type") == "application/zip")
        let z = try RenderAPITests.unzip(a.body)
        let cli = try Self.cliRender(form, book: book)
        let cliFiles = try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter { $0.hasSuffix(".pdf") }.sorted()
        let zipFiles = try FileManager.default.contentsOfDirectory(atPath: z + "/" + form).sorted()
        #expect(!cliFiles.isEmpty && zipFiles == cliFiles, "\(zipFiles) vs \(cliFiles)")
        for f in cliFiles {
            let mine = try pdfText(z + "/\(form)/" + f), theirs = try pdfText(cli.folder + "/" + f)
            #expect(!mine.isEmpty && mine == theirs, "\(f): text differs from the CLI's")
            #expect(FileManager.default.contentsEqual(atPath: z + "/\(form)/" + f, andPath: cli.folder + "/" + f), "\(f): bytes differ")
        }
        #expect(FileManager.default.fileExists(atPath: z + "/\(form)-semua.pdf"))
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: z + "/report.json"))) as? [String: Any] ?? [:]
        #expect(report["form"] as? String == form)
        #expect((report["documents"] as? [Any])?.count == cliFiles.count)
        #expect((report["rejected"] as? [Any])?.count == (cli.report["rejected"] as? [Any])?.count)
        #expect(a.header("X-Cetak-Exit") == ((cli.report["rejected"] as? [Any])?.isEmpty == false ? "1" : "0"))
        #expect(server.leftovers().isEmpty, "request folders left: \(server.leftovers())")
        return report
    }

    @Test(arguments: ["laporan-bulanan", "rtl-ojl2-mitra"])
    func theSampleWorkbookRendersThePDFsOfTheCLI(form: String) async throws {
        let report = try await sameAsTheCLI(form, book: Repo.root + "/Data/kemitraan/kemitraan.xlsx")
        #expect((report["rejected"] as? [Any])?.isEmpty == true)
    }

    @Test func aWorkbookOfOtherDataRendersThePDFsOfTheCLI() async throws {
        let (dir, book) = try Self.otherKemitraanWorkbook()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let report = try await sameAsTheCLI("laporan-ojl1", book: book)
        // The bad day is named by sheet and cell, as the clerk sees it in the workbook, not by the server's folder.
        let rejected = report["rejected"] as? [[String: Any]] ?? []
        #expect(rejected.count == 1)
        #expect(rejected.first?["file"] as? String == "kemitraan-lain.xlsx")
        #expect(rejected.first?["sheet"] as? String == "kegiatan")
        #expect(rejected.first?["line"] as? Int == 3 && (rejected.first?["cell"] as? String)?.hasSuffix("3") == true)
        #expect(rejected.first?["column"] as? String == "tanggal")
        #expect(rejected.first?["value"] as? String == "30/02/2019")
        #expect((report["documents"] as? [Any])?.isEmpty == false)
    }

    @Test func aWorkbookIsCheckedWithSheetAndCellAndItsKontekSheetFillsTheFields() async throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let book = dir + "/calon-sa01.xlsx"
        let made = try runTool(Repo.cetak, ["workbook", "sa01", "--templates", Repo.templates, "--out", book, "--quiet",
                                            "--data", Repo.fixtures + "/sa01/calon.csv", "--context", Repo.fixtures + "/sa01/konteks.json"])
        #expect(made.code == 0, "\(made.err)")
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/inspect", [.field("form", "sa01"), .file("data", path: book)])
        #expect(a.status == 200, "\(a.text.prefix(400))")
        let rejected = a.json["rejected"] as? [[String: Any]] ?? []
        #expect(rejected.count == 1)
        let r = try #require(rejected.first)
        #expect(r["file"] as? String == "calon-sa01.xlsx" && r["sheet"] as? String == "calon" && r["cell"] as? String == "F4")
        #expect(r["line"] as? Int == 4 && r["column"] as? String == "tanggal_lahir" && r["value"] as? String == "1974-02-30")
        #expect((r["text"] as? String)?.hasPrefix("calon-sa01.xlsx:calon!F4:tanggal_lahir: error:") == true)
        // The konteks sheet is the context: its values fill the page's fields.
        let context = a.json["context"] as? [[String: Any]] ?? []
        let values = Dictionary(uniqueKeysWithValues: context.compactMap { c in (c["key"] as? String).map { ($0, c["value"] as? String) } })
        #expect(values["tempat"] == "Manokwari" && values["instansi.nama"] == "DINAS PENDIDIKAN" && values["instansi.kota"] == "Manokwari")
        #expect(a.json["ready"] as? Int == 5)
        // A field typed on the page wins over the sheet.
        let typed = try await HTTP.post(server, "/api/inspect", [.field("form", "sa01"), .file("data", path: book), .field("set", "tempat=Wamena")])
        let typedContext = typed.json["context"] as? [[String: Any]] ?? []
        #expect(typedContext.first { $0["key"] as? String == "tempat" }?["value"] as? String == "Wamena")
    }

    @Test func theWorkbookToFillInIsTheOneOfCetakWorkbook() async throws {
        let server = try await LiveServer.start { $0.sourceDateEpoch = 1_700_000_000 }
        defer { Task { await server.stop() } }
        for (query, name) in [("programme=kemitraan", "kemitraan"), ("programme=diklat", "diklat"), ("form=sa01", "sa01")] {
            let a = try await HTTP.get(server, "/api/workbook?" + query)
            #expect(a.status == 200, "\(query): \(a.text.prefix(300))")
            #expect(a.header("Content-Type") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(a.header("Content-Disposition") == "attachment; filename=\"\(name).xlsx\"")
            let cli = makeTemporaryFolder() + "/\(name).xlsx"
            let r = try runTool(Repo.cetak, ["workbook", name, "--templates", Repo.templates, "--out", cli, "--quiet"],
                                env: ["SOURCE_DATE_EPOCH": "1700000000"])
            #expect(r.code == 0, "\(r.err)")
            #expect(a.body == (try Data(contentsOf: URL(fileURLWithPath: cli))), "\(query): not the bytes of cetak workbook \(name)")
        }
        // The form's workbook has the sheets of the datasets it reads, and konteks.
        let form = try await HTTP.get(server, "/api/workbook?form=sa01")
        let z = makeTemporaryFolder()
        try form.body.write(to: URL(fileURLWithPath: z + "/b.xlsx"))
        let archive = try Archive(url: URL(fileURLWithPath: z + "/b.xlsx"), accessMode: .read)
        var workbookXML = Data()
        _ = try archive.extract(try #require(archive["xl/workbook.xml"])) { workbookXML.append($0) }
        let sheets = String(decoding: workbookXML, as: UTF8.self).matches(of: /<sheet name="([^"]+)"/).map { String($0.1) }
        #expect(sheets == ["calon", "konteks"])
        #expect(try await HTTP.get(server, "/api/workbook?programme=tidak-ada").status == 404)
        #expect(server.leftovers().isEmpty, "request folders left: \(server.leftovers())")
    }

    @Test func theFormListSaysWhichProgrammesHaveAWorkbook() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let programmes = try await HTTP.get(server, "/api/forms").json["programmes"] as? [[String: Any]] ?? []
        #expect(programmes.compactMap { $0["id"] as? String } == ["diklat", "sekolah-model", "kemitraan"])
        #expect(programmes.allSatisfy { $0["workbook"] as? Bool == true })
        #expect(programmes.compactMap { $0["title"] as? String }.contains("Program Kemitraan Kepala Sekolah"))
    }
}
