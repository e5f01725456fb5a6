import Cetak
import Foundation
import Testing

/// The run's progress callback: once at the start, once per document, in order, whatever the workers.
@Suite struct ProgressCallbackTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [RenderProgress] = []
        func add(_ p: RenderProgress) { lock.withLock { list.append(p) } }
        var all: [RenderProgress] { lock.withLock { list } }
    }

    /// Per document also when files come from batches of 16 (23 documents: two batches) and when only
    /// the merged file is drawn, in parts (`--merge --no-files`).
    @Test(arguments: [(1, false), (3, false), (2, true)])
    func everyDocumentIsCountedOnceInOrder(jobs: Int, mergedOnly: Bool) throws {
        let log = Log()
        let entry = try #require(FormCatalog(folder: Repo.templates).entry("sa02"))
        var o = SampleData(besideTemplates: Repo.templates).options(for: entry, templates: Repo.templates)
        o.outDir = makeTemporaryFolder()
        o.jobs = jobs
        if mergedOnly {
            o.merge = o.outDir + "/semua.pdf"
            o.noFiles = true
        }
        o.progress = { log.add($0) }
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode == 0)
        let events = log.all
        let total = outcome.report.documents.count + outcome.report.skipped.count
        #expect(total == 23)
        #expect(events.count == total + 1)
        #expect(events.first == RenderProgress(done: 0, total: total, key: ""))
        #expect(events.map(\.done) == Array(0...total))
        #expect(events.allSatisfy { $0.total == total })
        #expect(Set(events.dropFirst().map(\.key)) == Set(outcome.report.documents.map(\.key) + outcome.report.skipped.map(\.key)))
    }

    @Test func withoutACallbackNothingIsCalledAndNothingPrinted() throws {
        var o = Repo.kemitraanOptions("laporan-ojl1")
        o.outDir = makeTemporaryFolder()
        #expect(o.progress == nil)
        #expect(Renderer.run(o).exitCode == 0)
    }
}
