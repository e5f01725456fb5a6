import Cetak
import CetakCore
import Foundation
import Testing

/// What belongs to a form (programmes, sample data), the order of `cetak merge`, the creation date.
@Suite struct PlanningTests {
    @Test func programmesGroupTheFormsByFolderWithTheirManifests() throws {
        let p = FormCatalog(folder: Repo.templates).programmes
        // In the order of their titles, which come from each folder's programme.xml (the programme's data contract).
        #expect(p.map(\.id) == ["diklat", "sekolah-model", "kemitraan"])
        #expect(p.map(\.manifest?.id) == ["diklat", "sekolah-model", "kemitraan"])
        #expect(p.map(\.manifest?.file) == p.map { Repo.templates + "/" + $0.id + "/programme.xml" })
        #expect(p.map(\.title) == ["Diklat Calon Pengawas Sekolah/Madrasah", "Pengembangan Sekolah Model dan Pola Pengimbasan",
                                   "Program Kemitraan Kepala Sekolah"])
        #expect(p[0].forms.map(\.id) == ["pcps01", "sa01", "sa02", "sa03", "sa04", "sa05", "sttpp"])
        #expect(p.map(\.forms.count) == [7, 10, 10])
        #expect(FormCatalog(folder: Repo.templates).programme("kemitraan")?.forms.allSatisfy { $0.programme == "kemitraan" } == true)
    }

    @Test func sampleDataGivesEveryFormAFilePerDatasetAndTheContext() throws {
        let catalog = FormCatalog(folder: Repo.templates)
        let s = SampleData(besideTemplates: Repo.templates)
        #expect(s.root == Repo.root + "/Data")
        for e in catalog.entries {
            let dir = Repo.root + "/Data/" + e.programme
            let files = s.dataFiles(for: e)
            // Every dataset has its sample, in the order the form declares them.
            #expect(files.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } == e.datasets, "\(e.id)")
            #expect(files.allSatisfy { $0.hasPrefix(dir + "/") }, "\(e.id)")
            #expect(s.contextFile(for: e) == dir + "/konteks.json", "\(e.id)")
            let o = s.options(for: e, templates: Repo.templates)
            #expect(o.form == e.id && o.dataFiles == files && o.contextFile == s.contextFile(for: e))
            // The programme's workbook holds the same data and context: no context file beside it.
            #expect(s.workbook(for: e) == dir + "/" + e.programme + ".xlsx")
            let w = try #require(s.workbookOptions(for: e, base: o))
            #expect(w.form == e.id && w.dataFiles == [dir + "/" + e.programme + ".xlsx"] && w.contextFile == nil)
        }
        // A root without programme folders is used as it is.
        let flat = SampleData(root: Repo.kemitraan)
        let lb = try #require(catalog.entry("laporan-bulanan"))
        #expect(flat.folder(for: lb) == Repo.kemitraan)
        #expect(flat.dataFiles(for: lb) == [Repo.kemitraan + "/peserta.csv", Repo.kemitraan + "/kegiatan.csv"])
        #expect(flat.workbook(for: lb) == nil && flat.workbookOptions(for: lb, base: RenderOptions(form: "", templates: "")) == nil)
        // Without a root, the Data folder beside the form's templates folder.
        #expect(SampleData().folder(for: lb) == Repo.root + "/Data/kemitraan")
    }

    @Test func mergeOrderIsByKeyWithNumbersAsNumbers() {
        let order = Merger.ordered(["/o/x/M10.pdf", "/o/x/M2.pdf", "/o/y/M1.pdf", "/o/x/A.pdf"])
        #expect(order.map(\.title) == ["A", "M1", "M2", "M10"])
        #expect(order.map(\.path) == ["/o/x/A.pdf", "/o/y/M1.pdf", "/o/x/M2.pdf", "/o/x/M10.pdf"])
    }

    @Test func creationDateFromTheEnvironmentElseTheContext() throws {
        #expect(try CreationDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"]) == 1_700_000_000)
        #expect(throws: Diagnostic.self) { try CreationDate.fromEnvironment(["SOURCE_DATE_EPOCH": "kemarin"]) }
        #expect(try CreationDate.fromEnvironment([:]) == nil)
        #expect(try CreationDate.fromEnvironment(["SOURCE_DATE_EPOCH": ""]) == nil)
        let ctx = Value.record(Record(dataset: "", location: nil, fields: ["tanggal": .string("2026-11-22")]))
        #expect(CreationDate.of(epoch: nil, context: ctx) == 1_795_305_600)
        #expect(CreationDate.of(epoch: 5, context: ctx) == 5)
        #expect(CreationDate.of(epoch: nil, context: .null) == SourceDateEpoch.fallback)
        #expect(SourceDateEpoch.fallback == 946_684_800)
    }
}
