import CetakTestSupport
import CetakCore
import CetakData
import Foundation
import Testing

@Suite("Loading files")
struct LoadTests {
    /// A fresh temporary directory for one test.
    func tempDir() throws -> URL {
        URL(fileURLWithPath: makeTemporaryFolder("cetakdata-"))
    }

    @Test func loadsCSVAndJSONByExtension() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("Kegiatan.CSV")
        try Data("mitra_id;tahap\r\nM01;ojl1\r\n".utf8).write(to: csv)
        let json = dir.appendingPathComponent("kegiatan.json")
        try Data("[{\"mitra_id\": \"M01\", \"tahap\": \"ojl2\"}]".utf8).write(to: json)
        let a = try DataTable.load(path: csv.path)
        let b = try DataTable.load(path: json.path)
        #expect(a.name == "kegiatan" && b.name == "kegiatan")
        #expect(a.file == csv.path)
        #expect(a.rows.first?["tahap"] == "ojl1")
        #expect(b.rows.first?["tahap"] == "ojl2")
    }

    @Test func missingFileIsAnErrorNamingIt() {
        #expect {
            _ = try DataTable.load(path: "/nonexistent/Data/calon.csv")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.description == "/nonexistent/Data/calon.csv: error: cannot read the file: no such file"
        }
    }

    @Test func directoryAndUnknownExtensionAreErrors() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: Diagnostics.self) { try DataTable.load(path: dir.path) }
        #expect {
            _ = try DataTable.load(bytes: [0x61], file: "data.pdf")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains(".csv") == true
        }
        #expect {
            _ = try DataTable.load(bytes: [0x61], file: "data.xls")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.message.contains("save it as an Excel Workbook (.xlsx)") == true
        }
    }

    @Test func datasetNames() {
        #expect(DataTable.datasetName(of: "Data/Peta-Kebutuhan.csv") == "peta-kebutuhan")
        #expect(DataTable.datasetName(of: "C:\\data\\calon.json") == "calon")
        #expect(DataTable.datasetName(of: "nilai") == "nilai")
    }
}
