import Foundation
import Testing

/// Issue 14: SIGINT, SIGTERM and SIGHUP during a run remove the run's temporary files (the merged file's
/// is megabytes) and end the process with exit code 2 and a line saying so — not killed by the signal, no
/// `.tmp-` file left to pile up. Files already renamed into place are complete PDFs.
@Suite struct SignalTests {
    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func signalDuringAMergedRunLeavesNoTemporaryFile(_ signal: Int32) throws {
        let box = try Sandbox(copying: nil)
        defer { box.remove() }
        let (peserta, kegiatan) = try BadInputTests.bigKemitraan(in: box.input, mitra: 400, rowsEach: 12)
        let merged = box.out + "/semua.pdf"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: BadInputTests.cli)
        p.arguments = ["render", "laporan-ojl1", "--data", peserta, "--data", kegiatan, "--context", Repo.kemitraan + "/konteks.json",
                       "--templates", Repo.templates, "--out", box.out, "--merge", merged, "--report", box.out + "/r.json",
                       "--jobs", "2", "--quiet"]
        let errPath = box.logs + "/err.txt"
        #expect(FileManager.default.createFile(atPath: errPath, contents: nil))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Wait until the run is well under way: some documents written, the merged file's temporary open.
        let folder = box.out + "/laporan-ojl1"
        let started = Date()
        while p.isRunning, Date().timeIntervalSince(started) < 30,
              ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter({ $0.hasSuffix(".pdf") }).count < 20 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        let temporariesBefore = BadInputTests.files(under: box.out).filter { $0.contains(".tmp-") }
        let wasRunning = p.isRunning
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        #expect(wasRunning, "the run ended before the signal: make the data bigger")
        #expect(!temporariesBefore.isEmpty, "no temporary file was open when the signal came")
        #expect(p.terminationReason == .exit, "killed by the signal instead of exiting")
        #expect(p.terminationStatus == 2)
        let err = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        #expect(err.contains("stopped by SIG"), "\(err)")
        let left = BadInputTests.files(under: box.out).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "temporary files left: \(left)")
        #expect(!FileManager.default.fileExists(atPath: merged), "the merged file of an interrupted run must not appear")
        for n in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let q = try runTool("/usr/bin/qpdf", ["--check", folder + "/" + n])
            #expect(q.code == 0, "\(n) is not a complete PDF")
        }
    }
}
