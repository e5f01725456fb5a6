import Cetak
import CetakCore
import CetakPDF
import Foundation
import Testing

/// A page of a document as PNG from the same frames as the PDF; a dry run of the documents; images confined.
@Suite struct PreviewTests {
    @Test func theFirstPageIsTheFramesOfThePDFsFirstPage() throws {
        let o = Repo.kemitraanOptions("laporan-ojl1")
        let plan = try RunPlan.make(o)
        let page = try Preview.page(of: plan, key: nil, page: 1, dpi: 40)
        #expect(page.key == "M1" && page.page == 1)
        let (_, frames) = try plan.layout(try #require(plan.items.first))
        #expect(page.pages == frames.count)
        #expect(page.png == (try PNGRenderer().png(frames[0], dpi: 40)))
        #expect(page.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let last = try Preview.page(of: plan, key: "M2", page: 99, dpi: 40)
        #expect(last.key == "M2" && last.page == last.pages)
    }

    @Test func aSkippedDocumentIsNotShownAndSaysWhy() throws {
        let s = SampleData(besideTemplates: Repo.templates)
        let o = s.options(for: try #require(FormCatalog(folder: Repo.templates).entry("sttpp")), templates: Repo.templates)
        let plan = try RunPlan.make(o)
        let skipped = try #require(plan.items.first { $0.skipReason != nil })
        #expect(throws: Diagnostics.self) { try Preview.page(of: plan, key: skipped.key, page: 1, dpi: 30) }
        let first = try Preview.page(of: plan, key: nil, page: 1, dpi: 30)
        #expect(first.key == plan.items.first { $0.skipReason == nil }?.key)
    }

    @Test func aDryRunListsDocumentsSkipsAndRejectionsWithoutWriting() throws {
        let o = SampleData(besideTemplates: Repo.templates).options(for: try #require(FormCatalog(folder: Repo.templates).entry("sttpp")), templates: Repo.templates)
        let dry = try RunPlan.make(o).dryRun()
        var full = o
        full.outDir = makeTemporaryFolder()
        let run = Renderer.run(full)
        #expect(dry.documents.filter { $0.skipped == nil && $0.error == nil }.map(\.key) == run.report.documents.map(\.key))
        #expect(dry.documents.compactMap(\.skipped).count == run.report.skipped.count)
        #expect(dry.rejected.map(\.description) == run.report.rejected.map(\.description))
        #expect(dry.documents.first { $0.skipped == nil }?.title.hasPrefix("STTPP") == true)
    }

    @Test func confinedImagesStayInsideTheirFolders() throws {
        let dir = makeTemporaryFolder()
        let fm = FileManager.default
        for f in ["peserta.csv", "kegiatan.csv", "konteks.json"] { try fm.copyItem(atPath: Repo.kemitraan + "/" + f, toPath: dir + "/" + f) }
        try fm.createDirectory(atPath: dir + "/up", withIntermediateDirectories: true)
        // sa05's letterhead logo: inside, through a link out, and by an absolute path.
        let diklat = Repo.root + "/Data/diklat"
        try fm.copyItem(atPath: diklat + "/logo-instansi.png", toPath: dir + "/up/logo.png")
        try fm.createSymbolicLink(atPath: dir + "/up/link.png", withDestinationPath: diklat + "/logo-instansi.png")
        func run(_ logo: String) throws -> RenderOutcome {
            var ctx = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: diklat + "/konteks.json"))) as? [String: Any] ?? [:]
            var instansi = ctx["instansi"] as? [String: Any] ?? [:]
            instansi["logo"] = logo
            ctx["instansi"] = instansi
            try JSONSerialization.data(withJSONObject: ctx).write(to: URL(fileURLWithPath: dir + "/up/konteks.json"))
            var o = RenderOptions(form: "sa05", templates: Repo.templates)
            o.dataFiles = [diklat + "/calon.csv"]
            o.contextFile = dir + "/up/konteks.json"
            o.confineTo = dir + "/up"
            o.outDir = dir + "/out"
            return Renderer.run(o)
        }
        #expect(try run("logo.png").exitCode == 0)
        for outside in ["link.png", diklat + "/logo-instansi.png", "../kegiatan.csv", "../up/../../" + ((dir as NSString).lastPathComponent) + "/kegiatan.csv"] {
            let r = try run(outside)
            // A logo the context names is checked before any record: one error about the context key, nothing made.
            #expect(r.exitCode == 2 && r.report.documents.isEmpty, "\(outside)")
            #expect(r.messages.count == 1 && r.messages.allSatisfy {
                $0.message.contains("instansi.logo") && $0.message.contains("only images sent with the data can be used")
            }, "\(outside): \(r.messages.map(\.description))")
        }
    }
}
