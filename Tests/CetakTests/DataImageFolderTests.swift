import Cetak
import CetakCore
import Foundation
import Testing

/// Image paths in data cells (an office's `logo` in instansi.csv) are relative to the data file's folder, then to
/// the context file's (docs/data.md): a logo kept beside konteks.json is found from data in another folder, and no
/// path leads out of either folder.
@Suite struct DataImageFolderTests {
    /// instansi.csv and fasilitator.csv in `data/`, konteks.json in `konteks/`; every office's logo is `logo`.
    static func folder(logo: String) throws -> (TestFolder, RenderOptions) {
        let f = TestFolder()
        for sub in ["data", "konteks"] { try FileManager.default.createDirectory(atPath: f.path + "/" + sub, withIntermediateDirectories: true) }
        let instansi = IssuerTests.instansi.split(separator: "\n").enumerated().map { i, line -> String in
            guard i > 0 else { return String(line) }
            var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            cells[7] = logo
            return cells.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        try f.write("data/instansi.csv", instansi)
        try f.write("data/fasilitator.csv", IssuerTests.fasilitator())
        try f.write("konteks/konteks.json", IssuerTests.konteks)
        var o = f.options("f01-1", data: ["data/fasilitator.csv", "data/instansi.csv"], context: "konteks/konteks.json")
        o.outDir = f.path + "/out"
        return (f, o)
    }

    @Test func aLogoBesideTheContextFileIsFoundFromDataInAnotherFolder() throws {
        let (f, o) = try Self.folder(logo: "logo.png"); defer { f.remove() }
        // Not beside the data: found beside the context.
        try f.png("konteks/logo.png")
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode == 0, "\(outcome.messages)")
        #expect(outcome.report.documents.count == 3)
        // Beside the data too: the data's folder comes first (the context's copy is not read).
        try f.png("data/logo.png")
        try FileManager.default.removeItem(atPath: f.path + "/konteks/logo.png")
        try f.write("konteks/logo.png", "not a png")
        #expect(Renderer.run(o).exitCode == 0)
    }

    @Test func aLogoInNeitherFolderIsRejectedAtItsCell() throws {
        let (f, o) = try Self.folder(logo: "../logo.png"); defer { f.remove() }
        // One folder up from both: outside each, so refused, although a file is there.
        try f.png("logo.png")
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode != 0)
        let text = outcome.messages.map(\.description).joined(separator: "\n")
        #expect(text.contains("instansi.csv:2:logo"), "\(text)")
        #expect(text.contains("is outside the folder of instansi.csv"), "\(text)")
    }
}
