import CetakCore
import Foundation
import Testing

/// What the command line says to someone finding their way: the version, the closest command or
/// form for a typo, `check` finding what render would refuse, and the forms from any folder.
@Suite struct CLIGuidanceTests {
    @Test func versionComesFromOnePlace() throws {
        let r = try runTool(Repo.cetak, ["--version"])
        #expect(r.code == 0)
        #expect(r.out == "cetak \(CetakVersion.number)\n")
    }

    @Test func aMistypedCommandGetsTheClosest() throws {
        let r = try runTool(Repo.cetak, ["rendr", "sa04"])
        #expect(r.code == 2)
        #expect(r.err.contains("unknown command 'rendr' (did you mean 'render'?)"), "\(r.err)")
    }

    @Test func aMistypedFormGetsTheClosest() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try runTool(Repo.cetak, ["render", "laporan-bulanann", "--blank", "--out", dir])
        #expect(r.code == 2)
        #expect(r.err.contains("unknown form 'laporan-bulanann' (did you mean 'laporan-bulanan'?)"), "\(r.err)")
        let c = try runTool(Repo.cetak, ["check", "sa4"])
        #expect(c.code == 2)
        #expect(c.err.contains("did you mean 'sa04'?"), "\(c.err)")
    }

    @Test func checkFindsAnUnknownFunctionWithItsLine() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/uji.xml"
        try """
        <form id="uji" title="Uji">
          <context><key name="tanggal" type="date"/></context>
          <body>
            <p>{ctx.tanggal | tangal}</p>
          </body>
        </form>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try runTool(Repo.cetak, ["check", path])
        #expect(r.code == 2)
        #expect(r.err.contains("\(path):4: error: unknown function 'tangal' (did you mean 'tanggal'?)"), "\(r.err)")
        // The same template renders: check found what render would have refused.
        let render = try runTool(Repo.cetak, ["render", path, "--context", Repo.root + "/Data/diklat/konteks.json", "--out", dir, "--quiet"])
        #expect(render.code == 2)
        #expect(render.err.contains("unknown function 'tangal'"))
    }

    @Test func theFormsFromAnotherFolderAndALocalOneBeside() throws {
        let work = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let all = try runTool(Repo.cetak, ["list"], cwd: work)
        #expect(all.code == 0)
        let ids = all.out.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(ids.count == 27 && ids.contains("sttpp") && ids.contains("f02-3"))
        // A local Templates/ adds a form and, for the same id, says which one is used.
        try FileManager.default.createDirectory(atPath: work + "/Templates", withIntermediateDirectories: true)
        try "<form id=\"sa04\" title=\"SA.04 lokal\"><body><p>lokal</p></body></form>".write(toFile: work + "/Templates/rekap.xml", atomically: true, encoding: .utf8)
        try "<form id=\"daftar-hadir\" title=\"Daftar Hadir\"><body><p>x</p></body></form>".write(toFile: work + "/Templates/hadir.xml", atomically: true, encoding: .utf8)
        let mixed = try runTool(Repo.cetak, ["list"], cwd: work)
        #expect(mixed.code == 0)
        #expect(mixed.out.split(separator: "\n").count == 28)
        #expect(mixed.out.contains("daftar-hadir") && mixed.out.contains("SA.04 lokal  []  (Templates/rekap.xml)"))
        #expect(mixed.err.contains("note: form 'sa04': Templates/rekap.xml is used, not \(Repo.templates)/diklat/sa04.xml"), "\(mixed.err)")
        let r = try runTool(Repo.cetak, ["render", "sa04", "--blank", "--out", work + "/out"], cwd: work)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err.contains("note: form 'sa04': Templates/rekap.xml is used"))
    }

    @Test func noFormsAtAllIsAnError() throws {
        let r = try runTool(Repo.cetak, ["list", "--templates", "/nowhere"])
        #expect(r.code == 2)
        #expect(r.err.contains("no form templates found (looked in /nowhere)"))
    }
}
