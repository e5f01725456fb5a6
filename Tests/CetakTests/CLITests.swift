import Foundation
import Testing

/// The command line of docs/cli.md: exit codes, messages, reproducible bytes, merge, report.
@Suite(.serialized) struct CLITests {
    let k = Repo.kemitraan

    func render(_ args: [String], env: [String: String] = [:]) throws -> (code: Int32, out: String, err: String) {
        try runTool(Repo.cetak, ["render"] + args + ["--templates", Repo.templates, "--quiet"], env: env)
    }

    @Test func unknownFormExits2() throws {
        let r = try render(["no-such-form", "--out", makeTemporaryFolder()])
        #expect(r.code == 2)
        #expect(r.err.contains("unknown form 'no-such-form'"))
    }

    @Test func missingColumnExits2NamingFileAndColumn() throws {
        let dir = makeTemporaryFolder()
        let bad = dir + "/kegiatan.csv"
        try "mitra_id,tahap,kegiatan\nM1,ojl1,Perkenalan\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try render(["laporan-ojl1", "--data", k + "/peserta.csv", "--data", bad, "--context", k + "/konteks.json", "--out", dir])
        #expect(r.code == 2)
        #expect(r.err.contains(bad))
        #expect(r.err.contains("column 'tanggal' is missing"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/laporan-ojl1/M1.pdf"))
    }

    @Test func missingContextKeyExits2() throws {
        let dir = makeTemporaryFolder()
        try "{ \"tempat\": \"Jayapura\" }".write(toFile: dir + "/k.json", atomically: true, encoding: .utf8)
        let r = try render(["laporan-ojl1", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv", "--context", dir + "/k.json", "--out", dir])
        #expect(r.code == 2)
        #expect(r.err.contains("'tanggal'"))
    }

    @Test func badDateRejectsOnlyThatRecordWithExit1() throws {
        let dir = makeTemporaryFolder()
        var text = try String(contentsOfFile: k + "/kegiatan.csv", encoding: .utf8)
        text = text.replacingOccurrences(of: "2019-07-31", with: "2019-02-30")
        try text.write(toFile: dir + "/kegiatan.csv", atomically: true, encoding: .utf8)
        let r = try render(["laporan-ojl1", "--data", k + "/peserta.csv", "--data", dir + "/kegiatan.csv", "--context", k + "/konteks.json",
                            "--out", dir, "--report", dir + "/r.json"])
        #expect(r.code == 1)
        #expect(r.err.contains("kegiatan.csv:"))
        #expect(r.err.contains("2019-02-30"))
        for key in ["M1", "M2", "M3"] { #expect(FileManager.default.fileExists(atPath: dir + "/laporan-ojl1/\(key).pdf")) }
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/r.json"))) as? [String: Any]
        let rejected = try #require(report?["rejected"] as? [[String: Any]])
        #expect(rejected.count == 1)
        #expect(rejected.first?["column"] as? String == "tanggal")
        #expect(rejected.first?["value"] as? String == "2019-02-30")
        #expect((rejected.first?["line"] as? Int ?? 0) > 1)
    }

    @Test func twoRunsGiveIdenticalBytesAndReportFollowsCLIMD() throws {
        let a = makeTemporaryFolder(), b = makeTemporaryFolder()
        let args = ["laporan-bulanan", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv", "--context", k + "/konteks.json"]
        #expect(try render(args + ["--out", a, "--report", a + "/r.json"]).code == 0)
        #expect(try render(args + ["--out", b, "--jobs", "2"]).code == 0)
        for key in ["M1-2019-09", "M3-2019-12"] {
            let x = try Data(contentsOf: URL(fileURLWithPath: a + "/laporan-bulanan/\(key).pdf"))
            let y = try Data(contentsOf: URL(fileURLWithPath: b + "/laporan-bulanan/\(key).pdf"))
            #expect(x == y, "\(key).pdf differs between two runs")
        }
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: a + "/r.json"))) as? [String: Any])
        #expect(report["form"] as? String == "laporan-bulanan")
        let docs = try #require(report["documents"] as? [[String: Any]])
        #expect(docs.map { $0["key"] as? String } == ["M1-2019-09", "M3-2019-12"])
        #expect((docs.first?["pages"] as? Int ?? 0) >= 3)
        #expect((docs.first?["file"] as? String)?.hasSuffix("laporan-bulanan/M1-2019-09.pdf") == true)
        for key in ["skipped", "rejected", "warnings"] { #expect(report[key] is [Any]) }
        #expect(report["pages"] as? Int == docs.compactMap { $0["pages"] as? Int }.reduce(0, +))
        #expect(report["seconds"] is Double || report["seconds"] is Int)
    }

    @Test func mergeHasOneBookmarkPerDocument() throws {
        let dir = makeTemporaryFolder()
        let merged = dir + "/semua.pdf"
        let r = try render(["laporan-ojl1", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv", "--context", k + "/konteks.json",
                            "--out", dir, "--merge", merged])
        #expect(r.code == 0)
        let json = try runTool("/usr/bin/qpdf", ["--json", "--json-key=outlines", merged])
        let obj = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        let outlines = try #require(obj?["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["M1", "M2", "M3"])
        let info = try runTool("/usr/bin/pdfinfo", [merged])
        let line = info.out.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        let pages: Int = line.split(separator: " ").last.flatMap { Int($0) } ?? 0
        #expect(pages >= 3)
    }

    /// `--no-files` writes the merged file only; without `--merge` (nothing to write) or with `--clean`
    /// (it would remove an earlier run's files and write none) it is refused before anything is read.
    @Test func noFilesWritesOnlyTheMergedFile() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let data = ["--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv", "--context", k + "/konteks.json", "--out", dir]
        // Without --quiet: the summary names the merged file and no folder of files.
        let r = try runTool(Repo.cetak, ["render", "laporan-ojl1"] + data + ["--merge", dir + "/semua.pdf", "--no-files", "--templates", Repo.templates])
        #expect(r.code == 0, "\(r.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["semua.pdf"])
        #expect(r.err.contains("merged into \(dir)/semua.pdf") && !r.err.contains("files in"), "\(r.err)")
        let alone = try render(["laporan-ojl1"] + data + ["--no-files"])
        #expect(alone.code == 2 && alone.err.contains("--no-files needs --merge"), "\(alone.err)")
        let clean = try render(["laporan-ojl1"] + data + ["--merge", dir + "/b.pdf", "--no-files", "--clean"])
        #expect(clean.code == 2 && clean.err.contains("--clean"), "\(clean.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["semua.pdf"])
    }

    @Test func sourceDateEpochSetsTheCreationDate() throws {
        let dir = makeTemporaryFolder()
        let r = try render(["laporan-ojl1", "--only", "M3", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv",
                            "--context", k + "/konteks.json", "--out", dir], env: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(r.code == 0)
        let info = try runTool("/usr/bin/pdfinfo", ["-isodates", dir + "/laporan-ojl1/M3.pdf"])
        #expect(info.out.contains("2023-11-14T22:13:20"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/laporan-ojl1/M1.pdf"))
    }

    @Test func listAndCheck() throws {
        let list = try runTool(Repo.cetak, ["list", "--templates", Repo.templates])
        #expect(list.code == 0)
        for id in ["laporan-ojl1", "laporan-ojl2", "laporan-bulanan"] { #expect(list.out.contains(id)) }
        #expect(try runTool(Repo.cetak, ["check", "laporan-bulanan", "--templates", Repo.templates]).code == 0)
        let dir = makeTemporaryFolder()
        try "<form id=\"x\">\n  <body>\n    <table><column width=\"1*\"/><row><cell colspna=\"2\">a</cell></row></table>\n  </body>\n</form>\n"
            .write(toFile: dir + "/bad.xml", atomically: true, encoding: .utf8)
        let bad = try runTool(Repo.cetak, ["check", dir + "/bad.xml", "--templates", Repo.templates])
        #expect(bad.code == 2)
        #expect(bad.err.contains("bad.xml:3"))
        #expect(bad.err.contains("colspna"))
    }

    @Test func blankNeedsNoData() throws {
        let dir = makeTemporaryFolder()
        let r = try render(["laporan-bulanan", "--blank", "--out", dir])
        #expect(r.code == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/laporan-bulanan/laporan-bulanan.pdf"))
    }

    /// One-letter names (`--out o`, `--report r`, `--merge m`, a context `k`) are ordinary paths:
    /// Foundation's `deletingLastPathComponent` traps on them, cetak must not.
    @Test func oneLetterPathsWork() throws {
        let dir = makeTemporaryFolder()
        try FileManager.default.copyItem(atPath: k + "/konteks.json", toPath: dir + "/k")
        let r = try runTool(Repo.cetak, ["render", "laporan-bulanan", "--blank", "--templates", Repo.templates, "--quiet",
                                         "--out", "o/", "--report", "r", "--merge", "m", "--context", "k"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        for f in ["o/laporan-bulanan/laporan-bulanan.pdf", "r", "m"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/" + f), "\(f)")
        }
        let missing = try runTool(Repo.cetak, ["render", "laporan-bulanan", "--templates", Repo.templates, "--quiet",
                                               "--out", "x", "--data", "d", "--context", "k"], cwd: dir)
        #expect(missing.code == 2 && missing.err.contains("d"), "\(missing.err)")
    }

    @Test func fourShardsGiveExactlyTheFilesOfOneRunAndMergeJoinsThem() throws {
        let full = makeTemporaryFolder(), parts = makeTemporaryFolder()
        let args = ["laporan-ojl1", "--data", k + "/peserta.csv", "--data", k + "/kegiatan.csv", "--context", k + "/konteks.json"]
        #expect(try render(args + ["--out", full]).code == 0)
        for n in 1...4 { #expect(try render(args + ["--out", parts, "--shard", "\(n)/4"]).code == 0) }
        let names = try FileManager.default.contentsOfDirectory(atPath: full + "/laporan-ojl1").sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parts + "/laporan-ojl1").sorted() == names)
        for f in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: full + "/laporan-ojl1/" + f))
            let b = try Data(contentsOf: URL(fileURLWithPath: parts + "/laporan-ojl1/" + f))
            #expect(a == b, "\(f) differs between the sharded and the full run")
        }
        let merged = parts + "/semua.pdf"
        let files = names.reversed().map { parts + "/laporan-ojl1/" + $0 }
        let r = try runTool(Repo.cetak, ["merge", "--out", merged] + files)
        #expect(r.code == 0, "\(r.err)")
        #expect(try runTool("/usr/bin/qpdf", ["--check", merged]).code == 0)
        let json = try runTool("/usr/bin/qpdf", ["--json", "--json-key=outlines", merged])
        let outlines = (try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])?["outlines"] as? [[String: Any]]
        #expect(outlines?.map { $0["title"] as? String } == ["M1", "M2", "M3"])
        let text = try runTool("/usr/bin/pdftotext", [merged, "-"]).out
        #expect(text.contains("Yosias Wenda") && text.contains("Agustinus Bria Seran"))
    }

    @Test func badShardIsAUsageError() throws {
        let r = try render(["laporan-ojl1", "--shard", "5/4", "--out", makeTemporaryFolder()])
        #expect(r.code == 2)
        #expect(r.err.contains("--shard"))
        #expect(try runTool(Repo.cetak, ["render"]).code == 2)
        #expect(try runTool(Repo.cetak, ["nonsense"]).code == 2)
    }
}
