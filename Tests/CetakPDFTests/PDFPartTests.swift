import CetakCore
import Foundation
import Testing
@testable import CetakPDF

/// Batches and merged files: documents drawn together into one part, then written each to a file
/// of its own, or joined; both PDF/A (the archive parts are checked clause by clause in CetakTests).
@Suite("Parts: batches and merged files")
struct PDFPartTests {
    @Test func eachDocumentOfABatchBecomesItsOwnFile() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let part = try PDFPart(name: dir)
        let first = try part.add(document: [try Fixture.page(1, words: "Dokumen satu")])
        let second = try part.add(document: [try Fixture.page(1, words: "Dokumen dua"), try Fixture.page(2, words: "Dokumen dua, halaman 2")])
        let done = try part.finish()
        let errors = done.write(documents: [(second, dir + "/b.pdf", Fixture.metadata("Kedua")), (first, dir + "/a.pdf", Fixture.metadata("Pertama"))])
        #expect(errors.allSatisfy { $0 == nil })
        for (file, pages, title, text) in [("a", 1, "Pertama", "Dokumen satu"), ("b", 2, "Kedua", "Dokumen dua")] {
            let path = dir + "/\(file).pdf"
            #expect(try run("/usr/bin/qpdf", ["--check", path]).status == 0)
            var info: [String: String] = [:]
            for line in try run("/usr/bin/pdfinfo", [path]).output.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            #expect(info["Pages"] == String(pages))
            #expect(info["Title"] == title)
            #expect(info["Producer"] == PDFArchival.producer)
            #expect(try run("/usr/bin/pdftotext", [path, "-"]).output.contains(text))
        }
        // The second file carries none of the first document's pages.
        #expect(!(try run("/usr/bin/pdftotext", [dir + "/b.pdf", "-"]).output.contains("Dokumen satu")))
    }

    @Test func aMissingImageLeavesThePartWhole() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let part = try PDFPart(name: dir)
        var broken = try Fixture.page(1, words: "Dengan foto")
        broken.items.append(.image(ImageItem(rect: Rect(x: 10, y: 10, width: 20, height: 20), path: dir + "/tidak-ada.png")))
        #expect(throws: Diagnostic.self) { try part.add(document: [try Fixture.page(1, words: "Sebelum"), broken]) }
        let ok = try part.add(document: [try Fixture.page(1, words: "Sesudah")])
        let done = try part.finish()
        #expect(done.pages == 1)
        #expect(done.write(documents: [(ok, dir + "/ok.pdf", Fixture.metadata())]) == [nil])
        let text = try run("/usr/bin/pdftotext", [dir + "/ok.pdf", "-"]).output
        #expect(text.contains("Sesudah") && !text.contains("Sebelum"))
    }

    @Test func mergedPartsKeepOrderAndBookmarks() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let merged = try PDFMergeWriter(path: dir + "/semua.pdf", metadata: Fixture.metadata("Semua"))
        for n in 1...2 {
            let part = try PDFPart(name: dir)
            try part.add(document: [try Fixture.page(n, words: "Bagian \(n)")], bookmark: "Upstream (\(n))")
            try merged.append(try part.finish())
        }
        try merged.finish()
        let json = try run("/usr/bin/qpdf", ["--json", "--json-key=outlines", dir + "/semua.pdf"]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["Upstream (1)", "Upstream (2)"])
        #expect(outlines.map { $0["destpageposfrom1"] as? Int } == [1, 2])
    }
}
