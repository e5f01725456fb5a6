import CetakCore
import CetakTemplate
import Foundation
import Testing
@testable import CetakWorkbook

/// The workbook to fill in (`cetak workbook kemitraan`), read back from the .xlsx file.
@Suite("Blank workbook")
struct BlankWorkbookTests {
    static func written(_ id: String) throws -> (XLSXFile, Programme) {
        let f = TempFolder()
        let p = try Repo.programme(id)
        let path = f.path + "/\(id).xlsx"
        try WorkbookWriter.write(WorkbookMaker.blank(.programme(p)), to: path)
        return (XLSXFile(path: path, in: f), p)
    }

    @Test(arguments: Repo.programmes)
    func aSheetPerDatasetNamedAfterItThenKonteks(_ id: String) throws {
        let (x, p) = try Self.written(id)
        #expect(try x.sheetNames() == p.datasets.map(\.name) + ["konteks"])
        for d in p.datasets {
            let s = try x.sheet(d.name)
            #expect(s.header == d.columns.map(\.name), "\(d.name)")
            #expect(s.frozenRows == 1, "\(d.name): the header row is frozen")
            let cells = s.cells
            for (i, c) in d.columns.enumerated() {
                let ref = s.column(i) + "1"
                #expect(cells[ref]?.bold == true, "\(d.name).\(c.name) header is bold")
                // The note is a comment on the header, not a second header line.
                #expect(s.comments[ref]?.hasPrefix(c.note) == true, "\(d.name).\(c.name): \(s.comments[ref] ?? "no comment")")
                #expect(cells[s.column(i) + "2"] == nil, "\(d.name): nothing under the header")
            }
        }
    }

    @Test func columnsFormattedByType() throws {
        let (x, _) = try Self.written("kemitraan")
        let peserta = try x.sheet("peserta")
        // id, peran, nama, nip, sekolah, npsn, …: nip and npsn keep every digit as text.
        #expect(peserta.columnFormat(4) == "@")
        #expect(peserta.columnFormat(6) == "@")
        #expect(peserta.columnFormat(3) == "General")
        let kegiatan = try x.sheet("kegiatan")
        #expect(kegiatan.columnFormat(3) == "dd/mm/yyyy", "tanggal")
        // Widths fit: the long example of `kegiatan` makes a wider column than `jam`.
        let width = { (n: Int) in Double(kegiatan.col(n)?.attr("width") ?? "0") ?? 0 }
        #expect(width(5) > width(4))
        #expect(width(5) <= 53)
    }

    @Test func dropDownListsForEnumerations() throws {
        let (x, _) = try Self.written("kemitraan")
        let peserta = try x.sheet("peserta").lists
        #expect(peserta.count == 1)
        #expect(peserta.first?.sqref == "B2:B1048576")
        #expect(peserta.first?.formula == "\"inti,mitra,imbas,korwas\"")
        #expect(peserta.first?.errorStyle == nil, "a closed list refuses other values (stop is the default)")
        let kegiatan = try x.sheet("kegiatan").lists
        #expect(kegiatan.map(\.formula) == ["\"ojl1,ojl2,ojl3\"", "\"ya,tidak\""])
        #expect(kegiatan.last?.sqref == "K2:K1048576")
        #expect(kegiatan.last?.errorStyle == "warning", "yes/no is typed in many ways: a warning, not a refusal")
        let rencana = try x.sheet("rencana").lists
        #expect(rencana.map(\.formula) == ["\"on1,rtl-ojl2,rtl-ojl3,pendampingan-ojl3\""])
        let (s, _) = try Self.written("sekolah-model")
        #expect(try s.sheet("sekolah").lists.map(\.formula) == ["\"SD,SMP,SMA,SMK\"", "\"Negeri,Swasta\"", "\"model,imbas\""])
        #expect(try s.sheet("instansi").lists.map(\.formula) == ["\"kabupaten,provinsi,lpmp\""])
        let (d, _) = try Self.written("diklat")
        #expect(try d.sheet("calon").lists.first?.formula == "\"L,P\"")
    }

    @Test func kontekSheetListsEveryKeyWithAnExample() throws {
        let (x, p) = try Self.written("diklat")
        let s = try x.sheet("konteks")
        #expect(s.header == ["kunci", "nilai", "keterangan"])
        #expect(s.frozenRows == 1)
        let cells = s.cells
        #expect((0..<p.context.count).map { cells["A\($0 + 2)"]?.text } == p.context.map(\.name))
        func value(_ key: String) -> SheetXML.Cell? {
            guard let i = p.context.firstIndex(where: { $0.name == key }) else { return nil }
            return cells["B\(i + 2)"]
        }
        // A date is a date cell, shown day first; a NIP is text; a number is a number.
        #expect(value("tanggal")?.format == "dd/mm/yyyy")
        #expect(value("tanggal").flatMap { civilDate(serial: $0.raw) } == CivilDate(year: 2026, month: 11, day: 22))
        #expect(value("kepala_dinas.nip")?.type == "s")
        #expect(value("kepala_dinas.nip")?.text == "196804121994031008")
        #expect(value("kepala_dinas.nip")?.format == "@")
        #expect(value("proyeksi_tahun")?.type == nil)
        #expect(value("proyeksi_tahun")?.raw == "2")
        #expect(value("penilai.2.nama")?.text == "Drs. Petrus Mandacan, M.M.")
        #expect(cells["C2"]?.text == p.context[0].note)
        // proyeksi_tahun offers 1 or 2 in its own cell.
        let row = (p.context.firstIndex { $0.name == "proyeksi_tahun" } ?? -10) + 2
        #expect(s.lists.contains { $0.sqref == "B\(row)" && $0.formula == "\"1,2\"" })
    }

    @Test func aWorkbookThatCannotBeWrittenIsAnOutputError() throws {
        let f = TempFolder()
        let plan = WorkbookMaker.blank(.programme(try Repo.programme("sekolah-model")))
        try FileManager.default.createDirectory(atPath: f.path + "/a.xlsx", withIntermediateDirectories: true)
        #expect { try WorkbookWriter.write(plan, to: f.path + "/a.xlsx") } throws: { e in
            let d = (e as? Diagnostics)?.errors.first
            return d?.kind == .output && d?.file == f.path + "/a.xlsx" && d?.message.contains("it is a folder") == true
        }
    }

    @Test func sameContentSameBytesWithAFixedCreationDate() throws {
        let f = TempFolder()
        let plan = WorkbookMaker.blank(.programme(try Repo.programme("sekolah-model")))
        try WorkbookWriter.write(plan, to: f.path + "/a.xlsx")
        Thread.sleep(forTimeInterval: 1.1)
        try WorkbookWriter.write(plan, to: f.path + "/b.xlsx")
        let a = try Data(contentsOf: URL(fileURLWithPath: f.path + "/a.xlsx"))
        let b = try Data(contentsOf: URL(fileURLWithPath: f.path + "/b.xlsx"))
        #expect(a == b)
        let core = try XLSXFile(path: f.path + "/a.xlsx").text("docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"), "\(core)")
        try WorkbookWriter.write(plan, to: f.path + "/c.xlsx", created: 1_767_225_600)
        #expect(try XLSXFile(path: f.path + "/c.xlsx").text("docProps/core.xml").contains("2026-01-01T00:00:00Z"))
    }

    @Test func aFormsWorkbookHasItsDatasetsAndTheKeysItNeeds() throws {
        let p = try Repo.programme("kemitraan")
        let t = try TemplateLoader.load(path: Repo.templates + "/kemitraan/laporan-bulanan.xml")
        let scope = try WorkbookScope.form(t, in: p)
        #expect(scope.datasets.map(\.name) == ["peserta", "kegiatan"])
        #expect(scope.keys.map(\.name) == ["tempat", "tanggal", "tahun"])
        // sa05 declares instansi.nama, …: the letterhead part also reads the group's telepon, email and logo.
        let d = try Repo.programme("diklat")
        let sa05 = try WorkbookScope.form(TemplateLoader.load(path: Repo.templates + "/diklat/sa05.xml"), in: d)
        #expect(scope.title == t.title)
        let keys = sa05.keys.map(\.name)
        #expect(keys.contains("instansi.logo") && keys.contains("instansi.telepon") && keys.contains("kepala_dinas.pangkat"))
        #expect(!keys.contains("penilai.1.nama") && !keys.contains("diklat.mulai") && !keys.contains("lpmp.logo"))
        #expect(sa05.datasets.map(\.name) == ["calon"])
    }

    @Test func aFormWhoseDatasetTheManifestLacksIsAnErrorNamingBoth() throws {
        let f = TempFolder()
        let tpl = f.write("x.xml", "<form id=\"x\">\n<data name=\"hadir\"><column name=\"nama\"/></data>\n<body><p>x</p></body></form>")
        let t = try TemplateLoader.load(path: tpl)
        #expect {
            try WorkbookScope.form(t, in: Repo.programme("kemitraan"))
        } throws: { e in
            let d = (e as? Diagnostics)?.all.first
            return d?.location?.file == tpl && d?.location?.line == 2 && d?.message.contains("programme.xml") == true
        }
    }
}
