import Foundation

/// One `cetak demo` run (every form from Data/: the CSV + JSON samples into the folder, the sample
/// workbooks into its `workbook/`), made once per test process for the tests that read its output,
/// and removed when the process ends.
enum DemoRun {
    /// The output folder, the exit code and the standard error of the run.
    static let result: (folder: String, code: Int32, err: String) = {
        let dir = makeTemporaryFolder()
        folderToRemove = dir
        atexit { if let d = DemoRun.folderToRemove { try? FileManager.default.removeItem(atPath: d) } }
        do {
            let r = try runTool(Repo.cetak, ["demo", "--out", dir])
            return (dir, r.code, r.err)
        } catch {
            return (dir, -1, "cetak demo did not start: \(error)")
        }
    }()

    nonisolated(unsafe) private static var folderToRemove: String?

    /// The PDFs under a folder of the run, relative to it, sorted.
    static func pdfs(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
    }
}
