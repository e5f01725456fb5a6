import Foundation
import Testing

/// Every PDF that `make run` writes (`cetak demo` over Data/, see `DemoRun`) and every blank form passes the
/// project's PDF checks (`PDFCheck`). With `CETAK_PDF_CHECK_DIR` set, the PDFs of that folder are
/// checked instead (`make check-pdfs DIR=…`).
@Suite struct RenderedPDFTests {
    @Test func everyDemoAndBlankPDFPassesTheChecks() throws {
        var dir = ProcessInfo.processInfo.environment["CETAK_PDF_CHECK_DIR"] ?? ""
        var forms = 0
        var demoPDFs: [String] = []
        if dir.isEmpty {
            let demo = DemoRun.result
            #expect(demo.code == 0, "\(demo.err)")
            dir = makeTemporaryFolder()
            // The renders from the sample workbooks are checked here only where their bytes differ from the
            // CSV render's (DemoWorkbookTests expects none to).
            for rel in DemoRun.pdfs(under: demo.folder) {
                let twin = rel.hasPrefix("workbook/") ? demo.folder + "/" + rel.dropFirst("workbook/".count) : nil
                if let twin, FileManager.default.contentsEqual(atPath: twin, andPath: demo.folder + "/" + rel) { continue }
                demoPDFs.append(demo.folder + "/" + rel)
            }
            let list = try runTool(Repo.cetak, ["list"])
            let ids = list.out.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
            forms = ids.count
            for id in ids {
                let r = try runTool(Repo.cetak, ["render", id, "--blank", "--out", dir + "/blank", "--quiet"])
                #expect(r.code == 0, "\(id) --blank: \(r.err)")
            }
        }
        defer { if ProcessInfo.processInfo.environment["CETAK_PDF_CHECK_DIR"] == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let files = DemoRun.pdfs(under: dir).map { dir + "/" + $0 } + demoPDFs
        if forms > 0 { #expect(forms == 27 && files.count >= 305 + forms, "\(forms) forms, \(files.count) PDFs") }
        let results = Problems(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in results.set(i, PDFCheck().problems(files[i])) }
        let failed = zip(files, results.all).filter { !$0.1.isEmpty }
        let report = failed.prefix(20).map { "\($0.0):\n  " + $0.1.prefix(10).joined(separator: "\n  ") }.joined(separator: "\n")
        #expect(failed.isEmpty, "\(failed.count) of \(files.count) PDFs fail the checks:\n\(report)")
    }
}

/// The problems found per file, filled in by parallel workers.
final class Problems: @unchecked Sendable {
    private var slots: [[String]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ p: [String]) { lock.lock(); slots[i] = p; lock.unlock() }
    var all: [[String]] { lock.lock(); defer { lock.unlock() }; return slots }
}
