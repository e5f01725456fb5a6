import CetakCore
import Foundation
import Testing
@testable import CetakPDF

@Suite("PDFWriter output checked with poppler and qpdf")
struct PDFWriterTests {
    @Test func textIsExtractableFontsEmbeddedAndFileValid() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/laporan.pdf"
        try Fixture.write([(try Fixture.page(1), nil)], to: path)

        #expect(FileManager.default.fileExists(atPath: path))
        let text = try run("/usr/bin/pdftotext", ["-layout", path, "-"]).output
        #expect(text.contains("Halaman 1"))
        #expect(text.contains("NIP 197205141998031006"))

        let fonts = try run("/usr/bin/pdffonts", [path]).output
        let rows = fonts.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2)
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni object ID
            #expect(row.contains("+Liberation"), "font \(row) is not subset")
            #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "font \(row) not embedded/subset/unicode")
        }

        let check = try run("/usr/bin/qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func pageSizeIsTheFrameSizeOnEveryPage() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/sizes.pdf"
        let portrait = Frame(width: Paper.f4.size.width, height: Paper.f4.size.height, items: [])
        try Fixture.write([(try Fixture.page(1), nil), (portrait, nil)], to: path)
        let info = try run("/usr/bin/pdfinfo", ["-f", "1", "-l", "2", path]).output
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains("size:") }
            .map { line -> [Int] in
                let numbers = line.split(separator: ":")[1].split(separator: " ").compactMap { Double($0) }
                return numbers.map { Int($0.rounded()) }
            }
        #expect(sizes == [[842, 595], [609, 935]])
    }

    @Test func metadataAppearsInInfoDictionary() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/meta.pdf"
        try Fixture.write([(try Fixture.page(1), nil)], to: path, metadata: Fixture.metadata("Laporan Bulanan M01-2019-09"))
        let output = try run("/usr/bin/pdfinfo", ["-isodates", path]).output
        var info: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        #expect(info["Title"] == "Laporan Bulanan M01-2019-09")
        #expect(info["Author"] == "Dinas Pendidikan")
        #expect(info["Creator"] == "cetak \(CetakVersion.number)")
        #expect(info["CreationDate"] == "2019-09-01T07:30:00Z")
        #expect(info["ModDate"] == "2019-09-01T07:30:00Z")
        // ISO 32000-1 §7.9.4 wants the D: prefix, which cairo 1.16 leaves out (see PDFDatePrefix).
        let raw = String(decoding: try Fixture.bytes(path), as: UTF8.self)
        #expect(raw.contains("/CreationDate (D:20190901073000Z)"))
        #expect(raw.contains("/ModDate (D:20190901073000Z)"))
        #expect(try run("/usr/bin/qpdf", ["--check", path]).status == 0)
    }

    @Test func bookmarksPointAtTheirPages() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/merged.pdf"
        try Fixture.write([(try Fixture.page(1), "197205141998031006"), (try Fixture.page(2), "Bab 2 — Rekapitulasi")], to: path)
        let json = try run("/usr/bin/qpdf", ["--json", "--json-key=outlines", path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["197205141998031006", "Bab 2 — Rekapitulasi"])
        #expect(outlines.map { $0["destpageposfrom1"] as? Int } == [1, 2])
        let raw = String(decoding: try Fixture.bytes(path), as: UTF8.self)
        #expect(raw.contains("/Type /Outlines"))
        #expect(raw.contains("/Count 2"))
    }

    @Test func multiByteTextMapsBackThroughClusters() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let path = dir + "/utf8.pdf"
        let words = "Tanggal: 1 Sept 2019 — ½ hari ✓ ﬁnal"
        try Fixture.write([(try Fixture.page(1, words: words), nil)], to: path)
        let text = try run("/usr/bin/pdftotext", [path, "-"]).output
        #expect(text.contains("Tanggal: 1 Sept 2019 — ½ hari"))
    }

    @Test func imagesAreEmbeddedOnceAndReusedAcrossPages() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let png = dir + "/logo.png"
        let logo = Frame(width: 40, height: 40, items: [.rect(RectItem(rect: Rect(x: 5, y: 5, width: 30, height: 30), stroke: nil, fill: Color(0.8, 0.1, 0.1)))])
        try PNGRenderer().write(logo, dpi: 72, to: png)
        var frame = try Fixture.page(1)
        frame.items.append(.image(ImageItem(rect: Rect(x: 700, y: 40, width: 60, height: 60), path: png)))
        frame.items.append(.image(ImageItem(rect: Rect(x: 700, y: 120, width: 30, height: 30), path: png)))
        let path = dir + "/logo.pdf"
        try Fixture.write([(frame, nil), (frame, nil), (frame, nil)], to: path)
        // page num type width height color comp bpc enc interp object ID ...
        let rows = try run("/usr/bin/pdfimages", ["-list", path]).output.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        let images = rows.filter { $0[2] == "image" }
        #expect(images.count == 6)  // two uses on each of three pages
        #expect(Set(images.map { $0[10] }).count == 2)  // two XObjects, shared by all pages
        // No duplicated resource keys (cairo 1.16 writes them for one surface used twice on a page).
        let check = try run("/usr/bin/qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
    }
}
