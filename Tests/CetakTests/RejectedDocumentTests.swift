import Cetak
import CetakCore
import Foundation
import Testing

/// A document a `<reject>` rule refuses is rejected alike in the run, the dry run the page lists and the
/// preview — never "skipped" — and every problem of a run carries the kind its exit code comes from.
@Suite struct RejectedDocumentTests {
    /// sekolah-model's f01-1 with one candidate proposed by an office that instansi.csv lacks.
    static func unknownProposer() throws -> RenderOptions {
        let dir = makeTemporaryFolder()
        let source = Repo.root + "/Data/sekolah-model"
        for f in try FileManager.default.contentsOfDirectory(atPath: source) where !f.hasSuffix(".xlsx") {
            try FileManager.default.copyItem(atPath: source + "/" + f, toPath: dir + "/" + f)
        }
        var rows = try String(contentsOfFile: dir + "/fasilitator.csv", encoding: .utf8).components(separatedBy: "\n")
        rows[1] = rows[1].replacingOccurrences(of: ",Dinas Pendidikan Kabupaten Manokwari,ya,", with: ",Dinas Tidak Terdaftar,ya,")
        try rows.joined(separator: "\n").write(toFile: dir + "/fasilitator.csv", atomically: true, encoding: .utf8)
        var o = RenderOptions(form: "f01-1", templates: Repo.templates)
        o.dataFiles = Repo.dataFiles("f01-1", in: dir)
        o.contextFile = dir + "/konteks.json"
        o.outDir = dir + "/out"
        return o
    }

    @Test func theRunTheDryRunAndThePreviewAllSayRejected() throws {
        let o = try Self.unknownProposer()
        let run = Renderer.run(o)
        #expect(run.exitCode == 1)
        let refused = try #require(run.report.rejected.first { $0.message.contains("Dinas Tidak Terdaftar tidak ada di instansi.csv") })
        #expect(refused.kind == .record && refused.location?.field == "pengusul" && refused.value == "Dinas Tidak Terdaftar")
        #expect(!run.report.documents.isEmpty)

        let plan = try RunPlan.make(o)
        let dry = plan.dryRun()
        let entry = try #require(dry.documents.first { $0.error != nil })
        #expect(entry.skipped == nil && entry.title.isEmpty)
        #expect(entry.error == refused)
        #expect(dry.rejected.map(\.description) == run.report.rejected.map(\.description))
        #expect(dry.documents.filter { $0.skipped == nil && $0.error == nil }.map(\.key) == run.report.documents.map(\.key))

        #expect { _ = try Preview.page(of: plan, key: entry.key, page: 1, dpi: 30) } throws: { e in
            let d = (e as? Diagnostics)?.errors.first
            return d?.kind == .record && d?.message == "\(entry.key): \(refused.message)" && d?.location == refused.location
        }
    }

    @Test func theKindOfAStopIsWhatStoppedIt() throws {
        var unknown = Repo.kemitraanOptions("laporan-ojl1x")
        unknown.outDir = makeTemporaryFolder()
        let u = Renderer.run(unknown)
        #expect(u.exitCode == 2 && u.messages.map(\.kind) == [.usage])

        var missing = Repo.kemitraanOptions("laporan-ojl1")
        missing.outDir = makeTemporaryFolder()
        missing.dataFiles = missing.dataFiles.map { $0.replacingOccurrences(of: "peserta.csv", with: "tidak-ada.csv") }
        let m = Renderer.run(missing)
        #expect(m.exitCode == 2 && !m.messages.isEmpty && m.messages.allSatisfy { $0.kind == .input })

        var folder = Repo.kemitraanOptions("laporan-ojl1")
        folder.outDir = makeTemporaryFolder()
        folder.report = folder.outDir
        let f = Renderer.run(folder)
        #expect(f.exitCode == 2 && f.messages.map(\.kind) == [.output])
    }
}
