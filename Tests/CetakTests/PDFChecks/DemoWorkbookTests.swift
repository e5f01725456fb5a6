import Foundation
import Testing

/// `cetak demo` renders every form twice: from the CSV + JSON samples and from the programme's sample
/// workbook (Data/<programme>/<programme>.xlsx, made from the same files by `make workbooks`). The two
/// give the same PDFs byte for byte — PDF author and creation date included, which come only from what
/// the forms declare (so a workbook's konteks sheet carries them).
@Suite struct DemoWorkbookTests {
    @Test func theSampleWorkbooksGiveTheBytesOfTheCSVFiles() throws {
        let run = DemoRun.result
        #expect(run.code == 0, "\(run.err)")
        let books = run.folder + "/workbook"
        let fromBooks = DemoRun.pdfs(under: books)
        let fromFiles = DemoRun.pdfs(under: run.folder).filter { !$0.hasPrefix("workbook/") }
        #expect(fromFiles.count >= 305)
        #expect(fromBooks == fromFiles, "the workbooks made other documents than the CSV files")
        let differ = fromBooks.filter { !FileManager.default.contentsEqual(atPath: books + "/" + $0, andPath: run.folder + "/" + $0) }
        #expect(differ.isEmpty, "\(differ.count) PDFs from the workbooks differ from those of the CSV files: \(differ.prefix(10))")
        // Each form's report lists the same documents and pages.
        for form in Set(fromFiles.map { String($0.split(separator: "/")[0]) }).sorted() {
            let a = try Self.report(run.folder + "/" + form), b = try Self.report(books + "/" + form)
            #expect(a.documents == b.documents && a.pages == b.pages && a.rejected == 0 && b.rejected == 0, "\(form)")
        }
    }

    @Test func anAuthorComesFromTheFormNotFromAnUndeclaredKey() throws {
        let run = DemoRun.result
        func author(_ rel: String) throws -> String {
            let info = try runTool("/usr/bin/pdfinfo", [run.folder + "/" + rel]).out
            return info.split(separator: "\n").first { $0.hasPrefix("Author:") }.map { $0.dropFirst(7).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        // A Sekolah Model letter: the office that issues it, from its row of instansi.csv — each its own.
        #expect(try author("f01-1/dinas-pendidikan-kota-sorong.pdf") == "Dinas Pendidikan Kota Sorong")
        #expect(try author("f01-1/dinas-pendidikan-kabupaten-teluk-bintuni.pdf") == "Dinas Pendidikan Kabupaten Teluk Bintuni")
        #expect(try author("f01-7/f01-7.pdf") == "LEMBAGA PENJAMINAN MUTU PENDIDIKAN PROVINSI PAPUA BARAT")
        #expect(try author("sa04/sa04.pdf") == "DINAS PENDIDIKAN")
        // A report a KS Mitra writes has no office as its author.
        let bulanan = try #require(DemoRun.pdfs(under: run.folder + "/laporan-bulanan").first)
        #expect(try author("laporan-bulanan/" + bulanan) == "")
    }

    static func report(_ folder: String) throws -> (documents: Int, pages: Int, rejected: Int) {
        let j = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/report.json"))) as? [String: Any] ?? [:]
        return ((j["documents"] as? [Any])?.count ?? -1, j["pages"] as? Int ?? -1, (j["rejected"] as? [Any])?.count ?? -1)
    }
}
