import CetakTestSupport
import CetakCore
import Foundation
import Testing
@testable import CetakBind
@testable import CetakTemplate

/// `cetak check` without data: every name an expression uses must be one that rendering can find.
@Suite struct TemplateCheckerTests {
    /// A form with two datasets, some context keys, a switch and a derive; `body` starts on line 14.
    func findings(body: String, documents: String = "<documents source=\"data.peserta where peran = 'mitra'\" as=\"mitra\" key=\"{mitra.id}\">\n<let name=\"keg\" value=\"data.kegiatan where mitra_id = mitra.id\"/>\n</documents>",
                  derive: String = "<derive name=\"bulan\" value=\"tanggal | bulan_kunci\"/>") throws -> [Diagnostic] {
        let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="uji" title="Uji">
          <data name="peserta" key="id"><column name="id"/><column name="peran"/><column name="nama"/>
            <column name="pasangan_id" optional="true"/></data>
          <data name="kegiatan"><column name="mitra_id"/><column name="tanggal" type="date"/><column name="kegiatan"/>
            \(derive)
          </data>
          <context><key name="tempat"/><key name="tanggal" type="date"/><key name="lpmp.kepala.nama"/><key name="penilai"/></context>
          <option name="petunjuk" default="true"/>
          \(documents)
        <body>
        \(body)
        </body>
        </form>
        """
        let dir = makeTemporaryFolder("cetak-check-")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/uji.xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return TemplateChecker.check(try TemplateLoader.load(path: path))
    }

    func lines(_ f: [Diagnostic]) -> [Int] { f.compactMap { $0.location?.line } }

    @Test func aCorrectFormHasNoFindings() throws {
        let f = try findings(body: """
        <p>{mitra.nama} – {ctx.tempat}, {ctx.tanggal | tanggal} – {ctx.lpmp.kepala.nama} – {ctx.penilai[1].nama} – {$seq}</p>
        <let name="inti" value="data.peserta[mitra.pasangan_id]"/>
        <p when="opt.petunjuk">{inti.nama} {lookup('peserta', mitra.pasangan_id).nama} {first(keg).kegiatan}</p>
        <table><column width="1*"/><column width="1*"/>
          <rows source="keg" sort="tanggal" as="k"><let name="t" value="k.tanggal"/>
            <cell>{$no}. {kegiatan} {bulan} {$prev.kegiatan}</cell><cell>{t | hari} {mitra.nama} {$row.kegiatan}</cell></rows>
        </table>
        <each in="keg where kegiatan != ''" as="x"><p>{x.kegiatan} {$no} {count(data.kegiatan where mitra_id = $outer.mitra_id)}</p></each>
        <p>Halaman {$page} dari {$pages}</p>
        """)
        #expect(f.isEmpty, "\(f.map(\.description).joined(separator: "\n"))")
    }

    @Test func unknownFunctionNamesTheClosest() throws {
        let f = try findings(body: "<p>x</p>\n<p>{ctx.tanggal | tangal}</p>")
        #expect(f.count == 1)
        #expect(f.first?.severity == .error)
        #expect(f.first?.message.hasPrefix("unknown function 'tangal' (did you mean 'tanggal'?)") == true, "\(f)")
        #expect(lines(f) == [15])
    }

    @Test func unknownNameInARowNamesTheColumns() throws {
        let f = try findings(body: "<table><column width=\"1*\"/>\n<rows source=\"keg\"><cell>{kegiatn}</cell></rows></table>")
        #expect(f.map(\.message) == ["unknown name 'kegiatn' (did you mean 'kegiatan'?): not a column of the row, a <let> variable, ctx, data or opt here"])
        #expect(lines(f) == [15])
    }

    @Test func undeclaredContextKeyIsAnError() throws {
        let f = try findings(body: "<let name=\"kop\" value=\"ctx.lpmp\"/>\n<p>{kop.kepala.nama} {kop.telepon} {ctx.tempta}</p>")
        #expect(f.map(\.message) == [
            "context key 'lpmp.telepon' is used but not declared: add <key name=\"lpmp.telepon\"/> to <context>",
            "context key 'tempta' is used but not declared (did you mean 'tempat'?): add <key name=\"tempta\"/> to <context>",
        ])
        #expect(lines(f) == [15, 15])
    }

    @Test func undeclaredDatasetAndColumn() throws {
        let f = try findings(body: "<p>{count(data.nilai)}</p>\n<p>{mitra.nip} {first(keg).jam}</p>")
        #expect(f.map(\.message) == [
            "dataset 'nilai' is used but not declared: add <data name=\"nilai\"> with its columns",
            "dataset 'peserta' has no column 'nip' declared: add <column name=\"nip\"/> to <data name=\"peserta\">",
            "dataset 'kegiatan' has no column 'jam' declared: add <column name=\"jam\"/> to <data name=\"kegiatan\">",
        ])
        #expect(lines(f) == [14, 15, 15])
    }

    @Test func runningNumbersAreNotThereForKeysAndLets() throws {
        // `$seq` is given to a document after its key and lets are made (Binder.items).
        let f = try findings(body: "<p>{$seq}</p>",
                             documents: "<documents source=\"data.peserta\" as=\"p\" key=\"{p.id}-{$seq}\"><let name=\"n\" value=\"$index\"/></documents>")
        #expect(f.count == 2, "\(f)")
        #expect(f.allSatisfy { $0.message.hasPrefix("unknown name '$") })
    }

    @Test func rowNumbersOnlyInsideRowsAndEach() throws {
        let f = try findings(body: "<p>{$no}</p>")
        #expect(f.first?.message.hasPrefix("unknown name '$no'") == true, "\(f)")
    }

    @Test func aDeriveSeesOnlyTheColumnsBeforeIt() throws {
        let bad = try findings(body: "<p/>", derive: "<derive name=\"a\" value=\"b\"/><derive name=\"b\" value=\"kegiatan\"/>")
        #expect(bad.map(\.message).first?.hasPrefix("unknown name 'b'") == true, "\(bad)")
        let good = try findings(body: "<p/>", derive: "<derive name=\"b\" value=\"kegiatan\"/><derive name=\"a\" value=\"b\"/>")
        #expect(good.isEmpty, "\(good)")
    }

    @Test func anUndeclaredSwitchIsAWarning() throws {
        let f = try findings(body: "<p when=\"opt.petunjk\">x</p>")
        #expect(f.map(\.severity) == [.warning])
        #expect(f.first?.message == "opt.petunjk is always false: the template declares no <option name=\"petunjk\"/> (did you mean 'petunjuk'?)")
    }

    @Test func pageNumbersOnlyStandAlone() throws {
        let f = try findings(body: "<p>{$page + 1}</p>")
        #expect(f.first?.message.contains("can only stand alone") == true, "\(f)")
    }
}
