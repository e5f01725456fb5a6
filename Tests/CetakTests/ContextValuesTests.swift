import Cetak
import CetakCore
import Foundation
import Testing

/// Context keys set over the context file (a page's fields, `set NAME=value`).
@Suite struct ContextValuesTests {
    func plan(_ o: RenderOptions) throws(Diagnostics) -> RunPlan { try RunPlan.make(o) }

    @Test func aSetValueWinsOverTheFileAndIsTypedLikeIt() throws {
        var o = Repo.kemitraanOptions("laporan-ojl1")
        o.contextValues = ["tempat": "Wamena", "tanggal": "17/08/2026"]
        let ctx = try plan(o).inputs.context.record
        #expect(ctx?["tempat"] == .string("Wamena"))
        #expect(ctx?["tanggal"] == .date(CivilDate(year: 2026, month: 8, day: 17)!))
        // Keys not set keep the file's values.
        #expect(ctx?["tahun"] != nil && ctx?["tahun"] != .null)
    }

    @Test func nestedPathsAndListItemsAreSetInPlace() throws {
        var o = RenderOptions(form: "sa03", templates: Repo.templates)
        let dir = Repo.root + "/Data/diklat"
        o.dataFiles = [dir + "/calon.csv"]
        o.contextFile = dir + "/konteks.json"
        o.contextValues = ["kepala_dinas.nama": "Dr. Baru", "penilai.2.nama": "Penilai Kedua", "instansi.fax": "(0986) 1"]
        let ctx = try plan(o).inputs.context.record
        #expect(ctx?["kepala_dinas"].record?["nama"] == .string("Dr. Baru"))
        #expect(ctx?["kepala_dinas"].record?["jabatan"] == .string("Kepala Dinas Pendidikan Kabupaten Manokwari"))
        let penilai = ctx?["penilai"].list
        #expect(penilai?.count == 2)
        #expect(penilai?[1].record?["nama"] == .string("Penilai Kedua"))
        #expect(penilai?[0].record?["nama"] == .string("Yosina Rumadas, S.Pd., M.Pd."))
        #expect(ctx?["instansi"].record?["fax"] == .string("(0986) 1"))
    }

    @Test func withoutAContextFileTheSetValuesAreTheContext() throws {
        var o = RenderOptions(form: "laporan-ojl1", templates: Repo.templates)
        o.dataFiles = [Repo.kemitraan + "/peserta.csv", Repo.kemitraan + "/kegiatan.csv"]
        do {
            _ = try plan(o)
            Issue.record("a form with required keys ran without a context")
        } catch {
            #expect(error.all.first?.message.contains("needs a context") == true)
        }
        o.contextValues = ["tempat": "Sentani"]
        do {
            _ = try plan(o)
            Issue.record("the other required keys are missing")
        } catch {
            #expect(error.all.contains { $0.location?.file == "set" && $0.message.contains("no key 'tanggal'") })
        }
    }

    @Test func aBadDateIsNamedWithItsKey() throws {
        var o = Repo.kemitraanOptions("laporan-ojl1")
        o.contextValues = ["tanggal": "30/02/2026"]
        do {
            _ = try plan(o)
            Issue.record("30/02/2026 was taken as a date")
        } catch {
            let d = try #require(error.all.first)
            #expect(d.location?.file == "set" && d.location?.field == "tanggal")
            #expect(d.message.contains("\"30/02/2026\" is not a date"))
        }
    }

    @Test func assignRoutesSwitchesAndKeys() throws {
        let t = try Renderer.loadTemplate(RenderOptions(form: "rtl-ojl2-mitra", templates: Repo.templates))
        let sw = try #require(t.options.keys.sorted().first)
        var o = RenderOptions(form: "rtl-ojl2-mitra", templates: Repo.templates)
        try o.assign(sw, "tidak", for: t)
        try o.assign("tempat", "Biak", for: t)
        #expect(o.switches == [sw: false])
        #expect(o.contextValues == ["tempat": "Biak"])
        #expect(throws: Diagnostics.self) { try o.assign(sw, "mungkin", for: t) }
        do {
            try o.assign("tempatt", "Biak", for: t)
            Issue.record("an unknown name was taken")
        } catch {
            #expect(error.all.first?.message.contains("no switch or context key 'tempatt'") == true)
        }
    }
}
