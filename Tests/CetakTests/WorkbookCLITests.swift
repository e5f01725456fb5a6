import Foundation
import Testing

/// `cetak workbook` through the command line: exit codes and messages.
@Suite("cetak workbook")
struct WorkbookCLITests {
    func workbook(_ args: [String]) throws -> (code: Int32, out: String, err: String) {
        try runTool(Repo.cetak, ["workbook"] + args + ["--templates", Repo.templates])
    }

    @Test func aProgrammeOrAFormGivesAWorkbook() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try workbook(["sekolah-model", "--out", dir + "/a/sm.xlsx"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err.contains("4 sheets"), "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: dir + "/a/sm.xlsx"))
        let form = try workbook(["laporan-bulanan", "--out", dir + "/lb.xlsx"])
        #expect(form.code == 0, "\(form.err)")
        #expect(form.err.contains("3 sheets (peserta: 0 rows, kegiatan: 0 rows, konteks: 3 keys)"), "\(form.err)")
    }

    @Test func anUnknownNameOrAWrongOutputExits2() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try workbook(["kemitrann", "--out", dir + "/k.xlsx"])
        #expect(r.code == 2)
        #expect(r.err.contains("'kemitrann' is neither a programme (diklat, kemitraan, sekolah-model) nor a form id"), "\(r.err)")
        let csv = try workbook(["kemitraan", "--out", dir + "/k.csv"])
        #expect(csv.code == 2)
        #expect(csv.err.contains(".xlsx"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func dataForNoDatasetExits2NamingTheFileAndWritesNothing() throws {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let odd = dir + "/kegiatan (1).csv"
        try "mitra_id,tahap\nM01,ojl1\n".write(toFile: odd, atomically: true, encoding: .utf8)
        let r = try workbook(["kemitraan", "--out", dir + "/k.xlsx", "--data", odd])
        #expect(r.code == 2)
        #expect(r.err.contains("\(odd): error: 'kegiatan (1)' is not a dataset of this workbook"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/k.xlsx"))
        let ok = try workbook(["kemitraan", "--out", dir + "/k.xlsx", "--data", "kegiatan=" + odd])
        #expect(ok.code == 0, "\(ok.err)")
        #expect(ok.err.contains("kegiatan: 1 row,"), "\(ok.err)")
    }
}
