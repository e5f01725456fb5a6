import CetakCore
import CetakData
import CetakTemplate
import Foundation
import Testing
@testable import CetakWorkbook

/// A workbook filled with data files and a context file (`--data`, `--context`), read back.
@Suite("Filled workbook")
struct FilledWorkbookTests {
    @Test func diklatSampleCellsAreTypedByTheContract() throws {
        let f = TempFolder()
        let path = Repo.data + "/diklat/diklat.xlsx"
        let (plan, warnings) = try Repo.samplePlan("diklat", at: path)
        #expect(warnings.allSatisfy { $0.severity == .warning })
        let out = f.path + "/diklat.xlsx"
        try WorkbookWriter.write(plan, to: out)
        let x = XLSXFile(path: out, in: f)
        let calon = try x.sheet("calon")
        let cells = calon.cells
        // nip: all 18 digits, a text cell in a text-formatted column.
        #expect(cells["A2"]?.type == "s")
        #expect(cells["A2"]?.text == "197503122000031001")
        #expect(cells["A2"]?.format == "@")
        // tanggal_lahir (F): a date cell, 12 March 1975, shown day first.
        #expect(cells["F2"]?.type == nil)
        #expect(cells["F2"].flatMap { civilDate(serial: $0.raw) } == CivilDate(year: 1975, month: 3, day: 12))
        #expect(cells["F2"]?.format == "dd/mm/yyyy")
        // telepon (J) keeps its leading zero; nomor_sertifikat_pendidik (V) is text.
        #expect(cells["J2"]?.text == "081344120001")
        #expect(cells["V2"]?.text == "091532100101")
        // lama_wakasek_tahun (T) is a number.
        #expect(cells["T2"]?.type == nil && cells["T2"]?.raw == "4")
        // foto: the path as the context file's folder has it (the workbook is beside it).
        #expect(cells["AD2"]?.text == "foto/197503122000031001.png")
        // nilai: "91,5" in the CSV is the number 91.5.
        let nilai = try x.sheet("nilai").cells
        #expect(nilai["E2"]?.type == nil && nilai["E2"]?.raw == "91.5")
        let rows = try DataTable.load(path: Repo.data + "/diklat/calon.csv").rows.count
        #expect(calon.cells.keys.filter { $0.first == "A" && $0.dropFirst().allSatisfy(\.isNumber) }.count == rows + 1)
    }

    @Test func kontekSheetFlattensTheContextFile() throws {
        let f = TempFolder()
        let out = Repo.data + "/sekolah-model/sekolah-model.xlsx"
        let (plan, warnings) = try Repo.samplePlan("sekolah-model", at: out)
        let konteks = try #require(plan.sheet("konteks"))
        let keys = konteks.rows.map { row -> String in if case .text(let k) = row[0] { return k } else { return "" } }
        // The offices are the instansi sheet now: no list of Dinas in the context.
        #expect(!keys.contains { $0.hasPrefix("dinas.") || $0.hasPrefix("instansi.") })
        #expect(keys.firstIndex(of: "tempat") == 0)
        func value(_ key: String) -> SheetCell? { keys.firstIndex(of: key).map { konteks.rows[$0][1] } }
        #expect(value("surat.f01-7.tanggal") == .date(CivilDate(year: 2026, month: 3, day: 20)!))
        #expect(value("lpmp.kepala.nip") == .identifier("196611251992031003"))
        #expect(value("batas_nilai_fasilitator") == .number(75))
        #expect(value("tahun") == .text("2026"))
        // Keys no form of the programme reads are left out, and said so once.
        #expect(!keys.contains("diklat.mulai") && !keys.contains("kepala_dinas.pangkat"))
        let left = warnings.filter { $0.message.contains("left out of the konteks sheet") }
        #expect(left.count == 1)
        #expect(left.first?.message.contains("kepala_dinas") == true && left.first?.message.contains("diklat") == true)
        try WorkbookWriter.write(plan, to: f.path + "/s.xlsx")
        let written = try XLSXFile(path: f.path + "/s.xlsx", in: f).sheet("konteks")
        // The written sheet holds the plan's keys: a header row and one row per key.
        #expect(written.cells["A1"]?.text == "kunci" && written.cells["A2"]?.text == "tempat")
        #expect(written.cells.keys.filter { $0.first == "A" && $0.dropFirst().allSatisfy(\.isNumber) }.count == konteks.rows.count + 1)
        // The instansi sheet is filled from Data/sekolah-model/instansi.csv.
        #expect(plan.sheet("instansi")?.rows.count == 6)
    }

    @Test func aContextKeyTheFileLacksIsListedEmpty() throws {
        let f = TempFolder()
        let ctx = f.write("konteks.json", #"{"tempat": "Sorong", "penilai": [{"nama": "A"}, {"nama": "B", "nip": 197011201995122001}], "x": 1}"#)
        let p = try Repo.programme("diklat")
        let scope = WorkbookScope(datasets: [], keys: p.context.filter { $0.name == "tempat" || $0.name == "tanggal" || $0.name.hasPrefix("penilai.") }, title: "t")
        let (plan, warnings) = try WorkbookMaker.filled(scope, data: [], context: ctx, workbookPath: f.path + "/w.xlsx")
        let rows = try #require(plan.sheet("konteks")).rows
        let keys = rows.map { row -> String in if case .text(let k) = row[0] { return k } else { return "" } }
        #expect(keys == ["tempat", "tanggal", "penilai.1.nama", "penilai.1.nip", "penilai.1.jabatan",
                         "penilai.2.nama", "penilai.2.nip", "penilai.2.jabatan"])
        #expect(rows[1][1] == .blank(.date), "tanggal is missing: an empty date cell to fill in")
        #expect(rows[3][1] == .blank(.text))
        #expect(rows[6][1] == .identifier("197011201995122001"), "a NIP written as a JSON number stays all digits")
        #expect(warnings.map(\.message) == ["left out of the konteks sheet, as these forms do not read them: x"])
        // A file with one item of a two-item list: the second is listed empty, to be filled in.
        let one = f.write("satu.json", #"{"penilai": [{"nama": "A"}]}"#)
        let (plan1, _) = try WorkbookMaker.filled(scope, data: [], context: one, workbookPath: f.path + "/w.xlsx")
        let rows1 = try #require(plan1.sheet("konteks")).rows
        #expect(rows1.count == 8)
        #expect(rows1[5][0] == .text("penilai.2.nama") && rows1[5][1] == .empty)
    }

    /// The rows of a workbook of Kemitraan's `kegiatan` sheet alone filled from `file`, and the warnings.
    static func kegiatanSheet(_ file: String, in f: TempFolder) throws -> (rows: [[SheetCell]], warnings: [Diagnostic]) {
        let p = try Repo.programme("kemitraan")
        let scope = WorkbookScope(datasets: [try #require(p.dataset("kegiatan"))], keys: [], title: "t")
        let (plan, warnings) = try WorkbookMaker.filled(scope, data: [DataArgument(file)], context: nil, workbookPath: f.path + "/w.xlsx")
        return (try #require(plan.sheet("kegiatan")).rows, warnings)
    }

    @Test func aValueNotOfItsTypeIsKeptAsTextWithAWarningNamingTheCell() throws {
        let f = TempFolder()
        let csv = f.write("kegiatan.csv", "mitra_id,tahap,tanggal,terlaksana,jam\nM01,ojl1,30/02/2019,ya,08.00\nM01,ojl2,22/07/2019,mungkin,\n")
        let (rows, warnings) = try Self.kegiatanSheet(csv, in: f)
        #expect(rows[0][2] == .text("30/02/2019"))
        #expect(rows[1][2] == .date(CivilDate(year: 2019, month: 7, day: 22)!))
        #expect(rows[1][10] == .text("mungkin"))
        #expect(rows[0][10] == .text("ya"))
        #expect(rows[0][3] == .text("08.00"), "jam is the 4th column of the contract")
        #expect(warnings.count == 2)
        #expect(warnings[0].location?.description == "\(csv):2:tanggal")
        #expect(warnings[0].message.contains("not a date"))
        #expect(warnings[1].location?.description == "\(csv):3:terlaksana")
    }

    @Test func aColumnOutsideTheContractIsCopiedAndNamed() throws {
        let f = TempFolder()
        let csv = f.write("peserta.csv", "id,peran,nama,catatan_sekretariat\nM01,mitra,A,cek ulang\n")
        let p = try Repo.programme("kemitraan")
        let scope = WorkbookScope(datasets: [try #require(p.dataset("peserta"))], keys: [], title: "t")
        let (plan, warnings) = try WorkbookMaker.filled(scope, data: [DataArgument(csv)], context: nil, workbookPath: f.path + "/w.xlsx")
        let sheet = try #require(plan.sheet("peserta"))
        #expect(sheet.columns.map(\.header) == p.dataset("peserta")!.columns.map(\.name) + ["catatan_sekretariat"])
        #expect(sheet.rows[0].last == .text("cek ulang"))
        #expect(sheet.rows[0][3] == .blank(.text), "nip is not in the file: an empty text cell")
        #expect(warnings.first?.message.contains("'catatan_sekretariat'") == true)
    }

    @Test func dataForNoDatasetOfTheWorkbookIsAnErrorNamingTheFile() throws {
        let f = TempFolder()
        let odd = f.write("kegiatan (1).csv", "mitra_id,tahap\nM01,ojl1\n")
        let p = try Repo.programme("kemitraan")
        #expect {
            try WorkbookMaker.filled(.programme(p), data: [DataArgument(odd)], context: nil, workbookPath: f.path + "/w.xlsx")
        } throws: { e in
            let d = (e as? Diagnostics)?.all.first
            return d?.location?.file == odd && d?.message.contains("--data NAME=") == true
        }
        // NAME=FILE gives it to its dataset.
        let (plan, _) = try WorkbookMaker.filled(.programme(p), data: [DataArgument("kegiatan=" + odd)], context: nil, workbookPath: f.path + "/w.xlsx")
        #expect(plan.sheet("kegiatan")?.rows.count == 1)
        #expect(plan.sheet("peserta")?.rows.isEmpty == true)
        #expect(plan.sheet("konteks")?.rows.count == 3, "no context file: every key listed empty")
    }

    @Test func imagePathsFollowTheWorkbookOnlyWhenTheImageIsUnderItsFolder() throws {
        let f = TempFolder()
        f.write("data/logo.png", "png")
        let ctx = f.write("data/konteks.json", #"{"instansi": {"logo": "logo.png"}, "lpmp": {"logo": "tidak-ada.png"}}"#)
        let p = try Repo.programme("diklat")
        let scope = WorkbookScope(datasets: [], keys: p.context.filter { $0.type == .image }, title: "t")
        // The workbook in a parent folder of the image: the path is rewritten to be relative to it.
        let (near, nearWarnings) = try WorkbookMaker.filled(scope, data: [], context: ctx, workbookPath: f.path + "/w.xlsx")
        #expect(try #require(near.sheet("konteks")).rows.map { $0[1] } == [.text("data/logo.png"), .text("tidak-ada.png")])
        #expect(nearWarnings.filter { $0.message.contains("outside the workbook's folder") }.isEmpty)
        // The workbook elsewhere: `../../data/logo.png` would be refused by cetak render, so the path is
        // kept as given, with a warning naming the key and saying to copy the image next to the workbook.
        let (far, warnings) = try WorkbookMaker.filled(scope, data: [], context: ctx, workbookPath: f.path + "/out/book/w.xlsx")
        #expect(try #require(far.sheet("konteks")).rows.map { $0[1] } == [.text("logo.png"), .text("tidak-ada.png")])
        let outside = warnings.filter { $0.message.contains("outside the workbook's folder") }
        #expect(outside.count == 1)
        #expect(outside.first?.message.contains("context key 'instansi.logo'") == true)
        #expect(outside.first?.message.contains("copy the image") == true)
        #expect(outside.first?.location?.file == ctx)
        #expect(PathRebase.relative("/a/b/c/x.png", from: "/a/b/c") == "x.png")
        #expect(PathRebase.relative("/a/x.png", from: "/a/b/c") == "../../x.png")
        #expect(PathRebase(from: "/a", to: "/a").apply("logo.png").path == "logo.png")
    }

    @Test func anImageOfADataCellOutsideTheWorkbookFolderIsKeptWithAWarningAtTheCell() throws {
        let f = TempFolder()
        f.write("data/foto/a.jpg", "jpg")
        let csv = f.write("data/calon.csv", "nip,nama,foto\n197011201995122001,A,foto/a.jpg\n")
        let p = try Repo.programme("diklat")
        let scope = WorkbookScope(datasets: [try #require(p.dataset("calon"))], keys: [], title: "t")
        let foto = try #require(p.dataset("calon")?.columns.firstIndex { $0.name == "foto" })
        let (inside, _) = try WorkbookMaker.filled(scope, data: [DataArgument(csv)], context: nil, workbookPath: f.path + "/w.xlsx")
        #expect(try #require(inside.sheet("calon")).rows[0][foto] == .text("data/foto/a.jpg"))
        let (outside, warnings) = try WorkbookMaker.filled(scope, data: [DataArgument(csv)], context: nil, workbookPath: f.path + "/o/w.xlsx")
        #expect(try #require(outside.sheet("calon")).rows[0][foto] == .text("foto/a.jpg"))
        let w = try #require(warnings.first { $0.message.contains("outside the workbook's folder") })
        #expect(w.location?.description == "\(csv):2:foto")
    }

    @Test func anImageOfADataCellIsLookedForBesideTheDataThenBesideTheContext() throws {
        let f = TempFolder()
        f.write("konteks/foto/b.jpg", "jpg")
        let ctx = f.write("konteks/konteks.json", #"{"tempat": "Sorong"}"#)
        let csv = f.write("data/calon.csv", "nip,nama,foto\n197011201995122001,A,foto/b.jpg\n")
        let p = try Repo.programme("diklat")
        let scope = WorkbookScope(datasets: [try #require(p.dataset("calon"))], keys: [], title: "t")
        let foto = try #require(p.dataset("calon")?.columns.firstIndex { $0.name == "foto" })
        func cell() throws -> SheetCell {
            let (plan, _) = try WorkbookMaker.filled(scope, data: [DataArgument(csv)], context: ctx, workbookPath: f.path + "/w.xlsx")
            return try #require(plan.sheet("calon")).rows[0][foto]
        }
        #expect(try cell() == .text("konteks/foto/b.jpg"), "not beside the data: the context's folder")
        f.write("data/foto/b.jpg", "jpg")
        #expect(try cell() == .text("data/foto/b.jpg"), "beside the data first")
    }

    @Test func titleRowsAboveTheHeaderAreSkippedAsRenderSkipsThem() throws {
        let f = TempFolder()
        let csv = f.write("kegiatan.csv", "LAPORAN KEGIATAN MITRA,,\nTahun 2026,,\n,,\nmitra_id,tahap,tanggal,catatan_kami\nM01,ojl1,22/07/2019,x\nM02,ojl2,23/07/2019,\n")
        let (rows, warnings) = try Self.kegiatanSheet(csv, in: f)
        #expect(rows.count == 2, "the title lines are not rows")
        #expect(rows[0][0] == .text("M01") && rows[1][0] == .text("M02"))
        #expect(rows[0][2] == .date(CivilDate(year: 2019, month: 7, day: 22)!))
        // The column outside the contract is named at the header's line.
        #expect(warnings.map { $0.location?.description } == ["\(csv):4:catatan_kami"])
    }
}
