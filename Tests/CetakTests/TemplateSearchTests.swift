import CetakCore
import Foundation
import Testing
@testable import Cetak

/// Where the forms come from (docs/cli.md): --templates, $CETAK_TEMPLATES, share/ beside the program,
/// the source tree; a local ./Templates adds its forms and says which of a pair is used.
@Suite struct TemplateSearchTests {
    /// A folder with `bin/cetak` and `share/cetak/Templates` (as `make install` lays them out), and a working folder.
    func layout() throws -> (prefix: String, work: String) {
        let root = makeTemporaryFolder()
        try FileManager.default.createDirectory(atPath: root + "/x/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/x/share/cetak/Templates", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
        return (root + "/x", root + "/work")
    }

    @Test func explicitFolderIsTheOnlyOne() throws {
        let (prefix, work) = try layout()
        try FileManager.default.createDirectory(atPath: work + "/Templates", withIntermediateDirectories: true)
        let s = TemplateSearch.find(explicit: "/some/where", environment: ["CETAK_TEMPLATES": Repo.templates],
                                    executable: prefix + "/bin/cetak", currentDirectory: work)
        #expect(s.builtIn == nil)
        #expect(s.local.isEmpty)
        #expect(s.lookedAt == ["/some/where"])
    }

    @Test func theOrderOfThePlaces() throws {
        let (prefix, work) = try layout()
        let share = prefix + "/share/cetak/Templates"
        let env = TemplateSearch.find(explicit: nil, environment: ["CETAK_TEMPLATES": Repo.templates], executable: prefix + "/bin/cetak", currentDirectory: work)
        #expect(env.builtIn == Repo.templates)
        let installed = TemplateSearch.find(explicit: nil, environment: [:], executable: prefix + "/bin/cetak", currentDirectory: work)
        #expect(installed.builtIn == share)
        let copied = TemplateSearch.find(explicit: nil, environment: [:], executable: "/nowhere/bin/cetak", currentDirectory: work)
        #expect(copied.builtIn.map { URL(fileURLWithPath: $0).standardizedFileURL.path } == Repo.templates)
        #expect(copied.lookedAt.first == "/nowhere/share/cetak/Templates")
        #expect(installed.local.isEmpty)
    }

    @Test func aLocalFolderAddsAndWinsByIdWithANote() throws {
        let (prefix, work) = try layout()
        let local = work + "/Templates"
        try FileManager.default.createDirectory(atPath: local, withIntermediateDirectories: true)
        let sa04 = try String(contentsOfFile: Repo.templates + "/diklat/sa04.xml", encoding: .utf8)
            .replacingOccurrences(of: "title=\"SA.04 ", with: "title=\"LOKAL SA.04 ")
        try sa04.write(toFile: local + "/sa04.xml", atomically: true, encoding: .utf8)
        try "<form id=\"daftar-hadir\" title=\"Daftar Hadir\"><body><p>x</p></body></form>".write(toFile: local + "/hadir.xml", atomically: true, encoding: .utf8)
        let s = TemplateSearch.find(explicit: nil, environment: ["CETAK_TEMPLATES": Repo.templates], executable: prefix + "/bin/cetak", currentDirectory: work)
        #expect(s.local == ["Templates"])
        // Paths relative to the working folder, as the program sees them.
        let catalog = FormCatalog(folders: [local, Repo.templates])
        let builtIn = FormCatalog(folder: Repo.templates)
        #expect(catalog.entries.count == builtIn.entries.count + 1)
        #expect(catalog.entry("daftar-hadir")?.path == local + "/hadir.xml")
        #expect(catalog.entry("sa04")?.title.hasPrefix("LOKAL") == true)
        #expect(catalog.overrides.map(\.note) == ["note: form 'sa04': \(local)/sa04.xml is used, not \(Repo.templates)/diklat/sa04.xml"])
        #expect(catalog.schema(for: catalog.entry("sa04")) == Repo.templates + "/cetak.rng")
    }

    @Test func theSourceTreeIsNotAddedTwice() {
        let s = TemplateSearch.find(explicit: nil, environment: [:], executable: "/nowhere/bin/cetak", currentDirectory: Repo.root)
        #expect(s.local.isEmpty)
    }

    @Test func anUnknownFormGetsTheClosestIds() {
        let c = FormCatalog(folder: Repo.templates)
        #expect(c.unknown("laporan-bulanann") == "unknown form 'laporan-bulanann' (did you mean 'laporan-bulanan'?); `cetak list` shows the \(c.entries.count) forms")
        #expect(FormCatalog(folders: ["/nowhere"]).unknown("sa04").contains("no form templates in /nowhere"))
    }

    /// Every shipped form passes `cetak check`: no finding at all, errors or warnings.
    @Test func everyShippedFormChecksClean() {
        let c = FormCatalog(folder: Repo.templates)
        #expect(c.entries.count == 27)
        for e in c.entries {
            let (t, found) = TemplateCheck.run(RenderOptions(form: e.id, templates: Repo.templates))
            #expect(t != nil && found.isEmpty, "\(e.id): \(found.map(\.description).joined(separator: "\n"))")
        }
    }

    @Test func aFontThatIsNotInstalledNeedsAFallback() throws {
        let dir = makeTemporaryFolder()
        let text = """
        <form id="uji" title="Uji">
          <style name="body" font="Liberation Serif"/>
          <style name="judul" font="Huruf Yang Tidak Ada"/>
          <style name="kecil" font="Huruf Yang Tidak Ada" fallback="Tidak Ada Juga, DejaVu Sans"/>
          <body><p style="judul">x</p><p style="kecil">y</p></body>
        </form>
        """
        try text.write(toFile: dir + "/uji.xml", atomically: true, encoding: .utf8)
        let (_, found) = TemplateCheck.run(RenderOptions(form: dir + "/uji.xml", templates: Repo.templates))
        #expect(found.map(\.severity) == [.error, .warning], "\(found)")
        #expect(found.first?.location?.line == 3)
        #expect(found.first?.message.hasPrefix("font 'Huruf Yang Tidak Ada' is not installed, and no fallback is named") == true)
        #expect(found.last?.message == "font 'Huruf Yang Tidak Ada' is not installed: its fallback 'DejaVu Sans' is used instead")
    }
}
