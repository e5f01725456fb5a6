import Cetak
import Foundation
import Testing

/// Issue 7: bad input never crashes cetak, never loses a file, never writes outside `--out`.
///
/// The catalogue is `Fixtures/bad-inputs/`: one folder per case with its input files and a
/// `case.json` (see `BadInputCase`). Every case runs the built CLI in a sandbox folder and must
/// end by an exit (no signal) with the expected code of docs/cli.md, say where the problem is on
/// standard error, leave only PDFs that `qpdf --check` accepts and write nothing outside `--out`.
/// `make fuzz` adds the crash inputs it finds as `fuzz-*` cases.
@Suite struct BadInputTests {
    static let catalogue = Repo.fixtures + "/bad-inputs"

    /// The `cetak` built with these tests (beside the test bundle, so `swift test --sanitize=…
    /// --scratch-path …` runs a sanitized CLI), else `Repo.cetak`.
    static let cli: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("cetak").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : Repo.cetak
    }()

    static var caseNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: catalogue)) ?? [])
            .filter { FileManager.default.fileExists(atPath: "\(catalogue)/\($0)/case.json") }
            .sorted()
    }

    @Test func theCatalogueIsThere() {
        #expect(Self.caseNames.count >= 30)
    }

    @Test(arguments: caseNames)
    func badInput(_ name: String) throws {
        let spec = try JSONDecoder().decode(BadInputCase.self, from: Data(contentsOf: URL(fileURLWithPath: "\(Self.catalogue)/\(name)/case.json")))
        if let issue = spec.knownIssue {
            withKnownIssue(Comment(rawValue: issue)) { try Self.check(name, spec) }
        } else {
            try Self.check(name, spec)
        }
    }

    /// Runs one case in a fresh sandbox and checks every property of issue 7.
    static func check(_ name: String, _ spec: BadInputCase) throws {
        let box = try Sandbox(copying: "\(catalogue)/\(name)")
        for g in spec.generate ?? [] { try g.write(in: box.input) }
        guard try spec.setUp(in: box) else { box.remove(); return }
        let fixturesBefore = snapshot(Repo.kemitraan)
        let before = snapshot(box.root)
        var args = spec.args.map { box.expand($0) } + (spec.args.first == "merge" || spec.args.contains("--templates") ? [] : ["--templates", Repo.templates])
        // Not --quiet: warnings (a file read as Windows-1252, a file with no records) are printed only without it.
        if spec.args.first == "render", !args.contains("--out") { args += ["--out", box.out] }
        let run = try CLIRun(args, cwd: box.cwd, logs: box.logs, timeout: spec.timeout ?? 60,
                             environment: (spec.env ?? [:]).mapValues { box.expand($0) })

        #expect(!run.timedOut, "\(name): still running after \(spec.timeout ?? 60) s")
        #expect(!run.signalled, "\(name): killed by signal \(run.status)\n\(run.stderr.suffix(2000))")
        if !run.signalled && !run.timedOut {
            #expect([0, 1, 2].contains(run.status), "\(name): exit code \(run.status)")
            if let code = spec.exit { #expect(run.status == code, "\(name): exit \(run.status), expected \(code)\n\(run.stderr.prefix(2000))") }
        }
        for f in spec.stderr { #expect(run.stderr.contains(f), "\(name): standard error lacks \"\(f)\":\n\(run.stderr.prefix(2000))") }
        for f in spec.stderrNot ?? [] { #expect(!run.stderr.contains(f), "\(name): standard error should not say \"\(f)\"") }

        // Nothing outside --out; the inputs and the shared fixtures untouched.
        let after = snapshot(box.root)
        let changed = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }
        let outside = changed.filter { !box.mayChange($0) }
        #expect(outside.isEmpty, "\(name): written outside --out: \(outside.sorted())")
        #expect(snapshot(Repo.kemitraan) == fixturesBefore, "\(name): the fixtures changed")

        // What is under --out: complete PDFs under final names, no temporary left by a finished run.
        let written = files(under: box.out)
        let pdfs = written.filter { $0.hasSuffix(".pdf") && !(($0 as NSString).lastPathComponent.hasPrefix(".")) }
        let temporaries = written.filter { ($0 as NSString).lastPathComponent.contains(".tmp-") }
        #expect(temporaries.isEmpty, "\(name): temporary files left: \(temporaries)")
        for p in pdfs {
            let q = try runTool("/usr/bin/qpdf", ["--check", box.out + "/" + p])
            #expect(q.code == 0, "\(name): qpdf --check \(p): \(q.out.suffix(500)) \(q.err.suffix(500))")
        }
        if let expected = spec.files {
            if expected.isEmpty { #expect(pdfs.isEmpty, "\(name): nothing should be rendered, found \(pdfs)") }
            for f in expected { #expect(pdfs.contains(f), "\(name): \(f) was not written (written: \(pdfs.sorted().prefix(20)))") }
            if spec.onlyFiles == true { #expect(Set(pdfs) == Set(expected), "\(name): unexpected files \(Set(pdfs).subtracting(expected).sorted())") }
        }
        for f in spec.absent ?? [] { #expect(!pdfs.contains(f), "\(name): \(f) should not be written") }
        for (file, fragments) in spec.text ?? [:] where pdfs.contains(file) {
            let text = normalized(try runTool("/usr/bin/pdftotext", [box.out + "/" + file, "-"]).out)
            for f in fragments { #expect(text.contains(normalized(f)), "\(name): \(file) lacks the text \"\(f)\"") }
        }
        // The report's documents are exactly the files written (no two documents share a file).
        if let i = args.firstIndex(of: "--report"), i + 1 < args.count, spec.args.first == "render",
           let data = FileManager.default.contents(atPath: args[i + 1].hasPrefix("/") ? args[i + 1] : box.cwd + "/" + args[i + 1]),
           let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            let listed = (report["documents"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
                .map { ($0.hasPrefix("/") ? $0 : box.cwd + "/" + $0) }
                .map { String($0.dropFirst(box.out.count + 1)) }
            let merged = args.firstIndex(of: "--merge").map { args[$0 + 1] }.map { $0.hasPrefix("/") ? $0 : box.cwd + "/" + $0 }
            let onDisk = pdfs.filter { box.out + "/" + $0 != merged }
            #expect(Set(listed) == Set(onDisk) && listed.count == Set(listed).count,
                    "\(name): the report lists \(listed.count) documents \(listed.sorted().prefix(10)), the folder holds \(onDisk.count): \(onDisk.sorted().prefix(10))")
        }
        for (file, font) in spec.fonts ?? [:] where pdfs.contains(file) {
            let fonts = try runTool("/usr/bin/pdffonts", [box.out + "/" + file]).out
            #expect(fonts.contains(font), "\(name): \(file) does not use \(font):\n\(fonts)")
        }
        box.remove()
    }

    // MARK: - Nothing lost

    /// A `kill -9` in the middle of a large run leaves only complete PDFs under final names
    /// (temporaries `.NAME.tmp-*` may remain), and the files of an earlier run stay intact.
    @Test func interruptedRunLeavesOnlyCompletePDFs() throws {
        let box = try Sandbox(copying: nil)
        let (peserta, kegiatan) = try Self.bigKemitraan(in: box.input, mitra: 400, rowsEach: 12)
        let base = ["render", "laporan-ojl1", "--data", peserta, "--data", kegiatan, "--context", Repo.kemitraan + "/konteks.json",
                    "--templates", Repo.templates, "--out", box.out, "--quiet"]
        // An earlier, complete run of the first batch of documents (the files of a batch are drawn
        // together, so these are the bytes the full run writes for them too).
        let batch = (1...RunPlan.documentsPerBatch).map { "M\($0)" }.joined(separator: ",")
        let first = try CLIRun(base + ["--only", batch], cwd: box.cwd, logs: box.logs, timeout: 120)
        #expect(first.status == 0, "\(first.stderr)")
        let earlier = try ["M1", "M2", "M3"].map { try Data(contentsOf: URL(fileURLWithPath: "\(box.out)/laporan-ojl1/\($0).pdf")) }

        let p = Process()
        p.executableURL = URL(fileURLWithPath: BadInputTests.cli)
        p.arguments = base + ["--jobs", "2"]
        p.currentDirectoryURL = URL(fileURLWithPath: box.cwd)
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it in the middle: once a few new documents are there (or after at most 20 s).
        let folder = box.out + "/laporan-ojl1"
        let started = Date()
        Thread.sleep(forTimeInterval: 0.3)
        while p.isRunning, Date().timeIntervalSince(started) < 20,
              ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).count < 12 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        let wasRunning = p.isRunning
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(wasRunning, "the run ended before it could be interrupted: make the data bigger")

        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        for n in names {
            if n.hasPrefix(".") {
                #expect(n.contains(".tmp-"), "unexpected hidden file \(n)")
                continue
            }
            #expect(n.hasSuffix(".pdf"), "unexpected file \(n)")
            let q = try runTool("/usr/bin/qpdf", ["--check", folder + "/" + n])
            #expect(q.code == 0, "\(n) under its final name is not a complete PDF: \(q.out.suffix(300))")
        }
        #expect(names.filter { !$0.hasPrefix(".") }.count < 400, "the run was not interrupted")
        for (i, key) in ["M1", "M2", "M3"].enumerated() {
            let now = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(key).pdf"))
            #expect(now == earlier[i], "\(key).pdf of the earlier run changed")
        }
        box.remove()
    }

    /// A rerun that fails (exit 2: a missing column) leaves the earlier output byte-identical.
    @Test func failedRerunKeepsTheEarlierOutput() throws {
        let box = try Sandbox(copying: nil)
        let k = Repo.kemitraan
        let good = ["render", "laporan-ojl1", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv", "--context", k + "/konteks.json",
                    "--templates", Repo.templates, "--out", box.out, "--merge", box.out + "/semua.pdf", "--quiet"]
        #expect(try CLIRun(good, cwd: box.cwd, logs: box.logs).status == 0)
        let before = Self.contents(box.out)
        #expect(before.count >= 4)

        let bad = box.input + "/kegiatan.csv"
        try "mitra_id,tahap,kegiatan\nM1,ojl1,Perkenalan\n".write(toFile: bad, atomically: true, encoding: .utf8)
        var args = good
        args[args.firstIndex(of: k + "/kegiatan.csv")!] = bad
        let rerun = try CLIRun(args, cwd: box.cwd, logs: box.logs)
        #expect(rerun.status == 2)
        #expect(rerun.stderr.contains("kegiatan.csv") && rerun.stderr.contains("tanggal"))
        #expect(Self.contents(box.out) == before, "the failed rerun changed the earlier output")
        box.remove()
    }

    /// A run that rejects some records keeps the documents it could render, names the rejected
    /// ones (file and line) on standard error and in the report, and does not delete the earlier
    /// file of a rejected document.
    @Test func partialRunKeepsTheGoodOnesAndSaysWhichWereRejected() throws {
        let box = try Sandbox(copying: nil)
        let k = Repo.kemitraan
        let common = ["--data", k + "/kegiatan.csv", "--context", k + "/konteks.json", "--templates", Repo.templates,
                      "--out", box.out, "--quiet", "--report", box.logs + "/r.json"]
        #expect(try CLIRun(["render", "laporan-ojl1", "--data", k + "/peserta.csv"] + common, cwd: box.cwd, logs: box.logs).status == 0)
        let m2 = try Data(contentsOf: URL(fileURLWithPath: box.out + "/laporan-ojl1/M2.pdf"))

        var lines = try String(contentsOfFile: k + "/peserta.csv", encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("M2,") })
        lines[row] += ",a field too many"
        let peserta = box.input + "/peserta.csv"
        try lines.joined(separator: "\n").write(toFile: peserta, atomically: true, encoding: .utf8)
        let run = try CLIRun(["render", "laporan-ojl1", "--data", peserta] + common, cwd: box.cwd, logs: box.logs)
        #expect(run.status == 1)
        #expect(run.stderr.contains("peserta.csv:\(row + 1)"), "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: box.logs + "/r.json"))) as? [String: Any])
        let rejected = try #require(report["rejected"] as? [[String: Any]])
        #expect(rejected.contains { ($0["line"] as? Int) == row + 1 && ($0["file"] as? String)?.hasSuffix("peserta.csv") == true })
        let keys = (report["documents"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys.contains("M1") && keys.contains("M3") && !keys.contains("M2"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.out + "/laporan-ojl1/M2.pdf")) == m2, "the earlier M2.pdf was lost")
        box.remove()
    }

    /// One document failing in layout or binding (its photo is missing) must not sink the others:
    /// they are rendered and listed, the failing one is named, and the exit code is 1.
    @Test func oneFailingDocumentDoesNotSinkTheRun() throws {
        let box = try Sandbox(copying: nil)
        let tpl = box.input + "/foto.xml"
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="foto" title="Foto">
          <data name="peserta" key="id"><column name="id"/><column name="foto"/></data>
          <documents source="data.peserta" as="p" key="{p.id}"/>
          <page paper="a4" orientation="portrait" margin="20mm"/>
          <style name="body" font="Liberation Serif" size="11"/>
          <body><p>{p.id}</p><image src="p.foto" width="20mm" height="20mm"/></body>
        </form>
        """.write(toFile: tpl, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Repo.kemitraan + "/logo-instansi.png", toPath: box.input + "/a.png")
        try "id,foto\nA1,a.png\nA2,tidak-ada.png\nA3,a.png\n".write(toFile: box.input + "/peserta.csv", atomically: true, encoding: .utf8)
        let run = try CLIRun(["render", tpl, "--data", box.input + "/peserta.csv", "--templates", Repo.templates, "--out", box.out,
                              "--quiet", "--report", box.logs + "/r.json"], cwd: box.cwd, logs: box.logs)
        #expect(run.stderr.contains("tidak-ada.png"))
        #expect(run.stderr.contains("A2"))
        #expect(FileManager.default.fileExists(atPath: box.out + "/foto/A1.pdf"))
        #expect(run.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: box.logs + "/r.json"))) as? [String: Any])
        let keys = (report["documents"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys == ["A1", "A3"])
        #expect((report["rejected"] as? [Any])?.count == 1)
        box.remove()
    }

    // MARK: - Helpers

    /// Kemitraan data with many Mitra, each with rows of OJL 1 activities.
    static func bigKemitraan(in folder: String, mitra: Int, rowsEach: Int) throws -> (String, String) {
        var p = "id,peran,nama,nip,sekolah,npsn,kabupaten,provinsi,pasangan_id\nI1,inti,\"Dra. Endang Setyaningsih, M.Pd.\",196703151990032005,SMP Negeri 8 Yogyakarta,20403260,Kota Yogyakarta,D.I. Yogyakarta,\n"
        var k = "mitra_id;tahap;tanggal;jam;kegiatan;tujuan;indikator_hasil;uraian_pelaksanaan;tempat;hasil;terlaksana;catatan\n"
        for m in 1...mitra {
            p += "M\(m),mitra,Kepala Sekolah \(m),,SMP Negeri \(m),,Jayapura,Papua,I1\n"
            for r in 1...rowsEach {
                k += "M\(m);ojl1;2019-07-\(10 + r);08.00 – 10.00;Kegiatan \(r) dengan uraian yang cukup panjang untuk beberapa baris;"
                k += "Memahami praktik baik sekolah inti;Catatan observasi;Observasi dan wawancara dengan KS Inti, hasil dicatat;SMP Negeri 8 Yogyakarta;Tersusun;ya;\n"
            }
        }
        try p.write(toFile: folder + "/peserta.csv", atomically: true, encoding: .utf8)
        try k.write(toFile: folder + "/kegiatan.csv", atomically: true, encoding: .utf8)
        return (folder + "/peserta.csv", folder + "/kegiatan.csv")
    }

    /// Relative paths of the regular files under a folder, hidden ones included.
    static func files(under root: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let p = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
        }
        return out.sorted()
    }

    /// Every path under a folder (folders too) with its size and modification time.
    static func snapshot(_ root: String) -> [String: String] {
        var out: [String: String] = [:]
        guard let e = FileManager.default.enumerator(atPath: root) else { return out }
        while let p = e.nextObject() as? String {
            let full = root + "/" + p
            let a = try? FileManager.default.attributesOfItem(atPath: full)
            let size = (a?[.size] as? NSNumber)?.intValue ?? -1
            let date = (a?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            out[full] = "\(size) \(date)"
        }
        return out
    }

    /// Every file under a folder with its bytes.
    static func contents(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for f in files(under: root) { out[f] = FileManager.default.contents(atPath: root + "/" + f) }
        return out
    }

    static func normalized(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One case of the catalogue (`case.json`).
struct BadInputCase: Decodable {
    /// What the case is about.
    var about: String
    /// The command line after `cetak`: `$CASE` is the case's folder (a copy), `$K` the Kemitraan
    /// fixtures, `$OUT` the output folder. `--templates`, and for `render` `--out` and `--quiet`, are added.
    var args: [String]
    /// The expected exit code; null: any of 0, 1, 2.
    var exit: Int32?
    /// Fragments standard error must hold (file, line, column, value...).
    var stderr: [String]
    /// Fragments standard error must not hold.
    var stderrNot: [String]?
    /// PDFs expected under the output folder (relative); an empty list: no PDF at all.
    var files: [String]?
    /// When true, exactly `files` are written.
    var onlyFiles: Bool?
    /// PDFs that must not be written.
    var absent: [String]?
    /// Text each PDF must hold (checked with pdftotext, whitespace collapsed).
    var text: [String: [String]]?
    /// A font name each PDF must use (pdffonts).
    var fonts: [String: String]?
    /// Seconds before the process is killed and the case fails (default 60).
    var timeout: Double?
    /// Big inputs made at run time instead of stored.
    var generate: [Generated]?
    /// A bug reported and not fixed yet: the case is expected to fail, and says how.
    var knownIssue: String?
    /// Environment variables of the run (`$CASE`, `$OUT`, `$SANDBOX` expanded).
    var env: [String: String]?
    /// Named pipes (FIFOs) to make in the case's folder, by relative path.
    var fifos: [String]?
    /// Symbolic links to make in the case's folder: relative path → target (`$CASE`, `$SANDBOX` expanded).
    var symlinks: [String: String]?
    /// Character devices to make in the case's folder (a copy of /dev/null); the case is skipped when the
    /// tests cannot make one (not root).
    var devices: [String]?

    /// Makes the pipes, links and devices of the case; false when the case cannot run here.
    func setUp(in box: Sandbox) throws -> Bool {
        for f in fifos ?? [] { guard mkfifo(box.input + "/" + f, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) } }
        for (link, target) in symlinks ?? [:] {
            try FileManager.default.createSymbolicLink(atPath: box.input + "/" + link, withDestinationPath: box.expand(target))
        }
        for d in devices ?? [] where mknod(box.input + "/" + d, S_IFCHR | 0o666, dev_t(0x103)) != 0 { return false }
        return true
    }

    /// A file made of literal text and repeated text.
    struct Generated: Decodable {
        var path: String
        var parts: [Part]
        struct Part: Decodable { var text: String?; var `repeat`: String?; var times: Int? }

        func write(in folder: String) throws {
            var bytes: [UInt8] = []
            for p in parts {
                if let t = p.text { bytes += Array(t.utf8) }
                if let r = p.repeat { let u = Array(r.utf8); for _ in 0..<(p.times ?? 1) { bytes += u } }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + path))
        }
    }
}

/// A throwaway folder for one run: the inputs (a copy of the case), a working directory and the
/// output folder several levels down (so `../../x` from a document's folder still lands inside
/// the sandbox, where the check sees it), and the logs.
struct Sandbox {
    let root: String
    var input: String { root + "/in" }
    var cwd: String { root + "/w/1/2/3" }
    var out: String { cwd + "/out" }
    var logs: String { root + "/logs" }

    init(copying folder: String?) throws {
        root = makeTemporaryFolder()
        let fm = FileManager.default
        if let folder { try fm.copyItem(atPath: folder, toPath: root + "/in") } else { try fm.createDirectory(atPath: root + "/in", withIntermediateDirectories: true) }
        try fm.createDirectory(atPath: root + "/w/1/2/3", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/logs", withIntermediateDirectories: true)
    }

    func expand(_ arg: String) -> String {
        arg.replacingOccurrences(of: "$SANDBOX", with: root)
            .replacingOccurrences(of: "$CASE", with: input)
            .replacingOccurrences(of: "$K", with: Repo.kemitraan)
            .replacingOccurrences(of: "$OUT", with: out)
    }

    /// True for the paths a run may create or change: the output folder and what is in it, the
    /// folders above it (their times change when it is made) and the logs.
    func mayChange(_ path: String) -> Bool {
        path == out || path.hasPrefix(out + "/") || out.hasPrefix(path + "/") || path == logs || path.hasPrefix(logs + "/")
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// One run of the CLI with a time limit; output goes to files (no pipe to fill up).
struct CLIRun {
    var status: Int32 = 0
    var signalled = false
    var timedOut = false
    var stderr = ""

    init(_ args: [String], cwd: String, logs: String, timeout: Double = 60, environment: [String: String] = [:]) throws {
        let id = UUID().uuidString
        let errPath = "\(logs)/\(id).err", outPath = "\(logs)/\(id).out"
        let err = try emptyFile(errPath)
        let out = try emptyFile(outPath)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: BadInputTests.cli)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        p.standardError = err
        p.standardOutput = out
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if p.isRunning {
            timedOut = true
            kill(p.processIdentifier, SIGKILL)
        }
        p.waitUntilExit()
        try err.close()
        try out.close()
        status = p.terminationStatus
        signalled = p.terminationReason == .uncaughtSignal && !timedOut
        stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
    }
}

/// The parallel renderer in this process (so ThreadSanitizer sees the workers): two jobs give
/// the same files as one, and a batch with rejected records renders the rest.
@Suite struct ParallelRenderTests {
    @Test func twoJobsInProcessMatchOneJob() throws {
        var outs: [String: [String: Data]] = [:]
        for jobs in [1, 2] {
            let dir = makeTemporaryFolder()
            let (peserta, kegiatan) = try BadInputTests.bigKemitraan(in: dir, mitra: 12, rowsEach: 3)
            var o = RenderOptions(form: "laporan-ojl1", templates: Repo.templates)
            o.dataFiles = [peserta, kegiatan]
            o.contextFile = Repo.kemitraan + "/konteks.json"
            o.outDir = dir + "/out"
            o.merge = dir + "/out/semua.pdf"
            o.jobs = jobs
            let outcome = Renderer.run(o)
            #expect(outcome.exitCode == 0, "\(outcome.messages)")
            #expect(outcome.report.documents.count == 12)
            outs["\(jobs)"] = BadInputTests.contents(dir + "/out")
            try? FileManager.default.removeItem(atPath: dir)
        }
        #expect(outs["1"]?.count == 13)
        #expect(outs["1"] == outs["2"], "--jobs 2 gives other bytes than --jobs 1")
    }
}
