import Cetak
import CetakCore
import CetakPDF
import Foundation
import Testing

/// Every PDF cetak writes is PDF/A-2b: each form rendered from the sample data of Data/ (as
/// `cetak demo` does), per document and merged, and joined by `cetak merge`, checked clause by
/// clause by `PDFAChecker`; twice, byte for byte.
@Suite struct ArchivalPDFTests {
    static let forms = FormCatalog(folder: Repo.templates).entries.map(\.id)

    /// Render options for a form over Data/<programme>/, found as `cetak demo` finds them.
    static func demoOptions(_ form: String, out: String) throws -> RenderOptions {
        guard let entry = FormCatalog(folder: Repo.templates).entry(form) else { throw CocoaError(.fileNoSuchFile) }
        let programme = ((entry.path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        var dir = Repo.root + "/Data/" + programme
        if !FileManager.default.fileExists(atPath: dir) { dir = Repo.root + "/Data" }
        var o = RenderOptions(form: form, templates: Repo.templates)
        o.outDir = out
        o.jobs = 2
        o.sourceDateEpoch = 1_767_225_600
        for ds in entry.datasets {
            if let f = ["csv", "json"].map({ "\(dir)/\(ds).\($0)" }).first(where: { FileManager.default.fileExists(atPath: $0) }) { o.dataFiles.append(f) }
        }
        if FileManager.default.fileExists(atPath: dir + "/konteks.json") { o.contextFile = dir + "/konteks.json" }
        o.merge = out + "/\(form)-merged.pdf"
        return o
    }

    static func pdfs(in dir: String) -> [String] {
        let e = FileManager.default.enumerator(atPath: dir)
        var out: [String] = []
        while let f = e?.nextObject() as? String { if f.hasSuffix(".pdf") { out.append(dir + "/" + f) } }
        return out.sorted()
    }

    @Test(arguments: forms)
    func everyPDFOfTheFormIsPDFA2b(_ form: String) throws {
        let a = makeTemporaryFolder(), b = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: a); try? FileManager.default.removeItem(atPath: b) }
        var o = try Self.demoOptions(form, out: a)
        let outcome = Renderer.run(o)
        #expect(outcome.exitCode != 2, "\(form): \(outcome.messages.map(\.description))")
        let documents = outcome.report.documents.map(\.file)
        #expect(!documents.isEmpty)
        // `cetak merge` of the files written.
        let joined = a + "/\(form)-joined.pdf"
        try PDFJoiner.join(documents.map { ($0, ($0 as NSString).lastPathComponent) }, to: joined, title: form, creationDate: 1_767_225_600)

        let files = Self.pdfs(in: a)
        #expect(files.count == documents.count + 2)
        for file in files {
            let problems = try PDFAChecker.problems(in: file)
            #expect(problems.isEmpty, "\(file): \(problems.joined(separator: "; "))")
        }
        // The same run again: the same bytes, per document and merged (with one worker, so with other timing).
        o.outDir = b
        o.merge = b + "/\(form)-merged.pdf"
        o.jobs = 1
        _ = Renderer.run(o)
        for file in files where !file.hasSuffix("-joined.pdf") {
            let twin = b + file.dropFirst(a.count)
            #expect(FileManager.default.contents(atPath: file) == FileManager.default.contents(atPath: twin), "\(twin) differs from the first run")
        }
    }

    /// The programmes whose sample data is also a workbook (Data/<programme>/<programme>.xlsx).
    static let workbooks = ["kemitraan", "diklat", "sekolah-model"]

    /// Every form of a programme rendered from its sample workbook (datasets and konteks sheet, no
    /// --context): every file and the merged file are PDF/A-2b, and the merged file drawn alone
    /// (`--no-files`, one worker) is the same bytes.
    @Test(arguments: workbooks)
    func everyPDFFromTheWorkbookIsPDFA2b(_ programme: String) throws {
        let workbook = Repo.root + "/Data/\(programme)/\(programme).xlsx"
        #expect(FileManager.default.fileExists(atPath: workbook))
        let forms = FormCatalog(folder: Repo.templates).entries
            .filter { (($0.path as NSString).deletingLastPathComponent as NSString).lastPathComponent == programme }.map(\.id)
        #expect(!forms.isEmpty)
        for form in forms {
            let a = makeTemporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: a) }
            var o = RenderOptions(form: form, templates: Repo.templates)
            o.dataFiles = [workbook]
            o.outDir = a + "/files"
            o.merge = a + "/merged.pdf"
            o.jobs = 2
            o.sourceDateEpoch = 1_767_225_600
            let outcome = Renderer.run(o)
            #expect(outcome.exitCode == 0, "\(form): \(outcome.messages.map(\.description))")
            #expect(!outcome.report.documents.isEmpty, "\(form): no document from \(workbook)")
            let files = Self.pdfs(in: a)
            #expect(files.count == outcome.report.documents.count + 1)
            for file in files {
                let problems = try PDFAChecker.problems(in: file)
                #expect(problems.isEmpty, "\(form) \(file): \(problems.joined(separator: "; "))")
            }
            o.noFiles = true
            o.jobs = 1
            o.merge = a + "/alone.pdf"
            o.outDir = a + "/none"
            #expect(Renderer.run(o).exitCode == 0)
            #expect(FileManager.default.contents(atPath: a + "/alone.pdf") == FileManager.default.contents(atPath: a + "/merged.pdf"),
                    "\(form): the merged file differs with --no-files")
            #expect(!FileManager.default.fileExists(atPath: a + "/none"))
        }
    }

    /// ISO 19005-2 §6.2.11.8: no text operator may show the .notdef glyph (id 0): every character of
    /// every form, filled from Data/ and blank, has a glyph in its font or a fallback.
    @Test(arguments: forms)
    func noPageShowsTheNotdefGlyph(_ form: String) throws {
        for blank in [false, true] {
            var o = try Self.demoOptions(form, out: makeTemporaryFolder())
            o.blank = blank
            defer { try? FileManager.default.removeItem(atPath: o.outDir) }
            for doc in try Repo.layoutAll(o) {
                for (n, frame) in doc.frames.enumerated() {
                    for case .glyphs(let run) in frame.items where run.glyphs.contains(where: { $0.id == 0 }) {
                        Issue.record("\(form) \(doc.key) page \(n + 1): .notdef in \"\(run.text)\"")
                    }
                }
            }
        }
    }
}

/// The checker itself: each damage a PDF/A file can suffer is reported (so a passing form means something).
@Suite struct PDFACheckerTests {
    /// The first file of `form` (an STTPP has a photo and a QR code; a laporan-bulanan a CID font),
    /// with `from` replaced by `to` (same length): its problems.
    func damaged(_ from: String, _ to: String, form: String = "sttpp") throws -> [String] {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var o = try ArchivalPDFTests.demoOptions(form, out: dir)
        o.merge = nil
        let outcome = Renderer.run(o)
        let file = try #require(outcome.report.documents.first { doc in
            (try? Data(contentsOf: URL(fileURLWithPath: doc.file)))?.range(of: Data(from.utf8)) != nil
        }?.file)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(try PDFAChecker.problems(in: file).isEmpty)
        let a = Array(from.utf8), b = Array(to.utf8)
        precondition(a.count == b.count)
        var i = 0, found = false
        while i + a.count <= bytes.count {
            if Array(bytes[i..<i + a.count]) == a { bytes.replaceSubrange(i..<i + a.count, with: b); found = true }
            i += 1
        }
        #expect(found, "\(from) not in \(file)")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return try PDFAChecker.problems(in: file)
    }

    @Test func missingIDIsReported() throws {
        #expect(try damaged("/ID [", "/IX [").contains { $0.contains("/ID") })
    }

    @Test func otherContentGetsAnotherID() throws {
        #expect(try damaged("cetak \(CetakVersion.number) (cairo", "cetaK \(CetakVersion.number) (cairo").contains { $0.contains("is not the MD5") })
    }

    @Test func wrongPartOrConformanceIsReported() throws {
        #expect(try damaged("<pdfaid:part>2<", "<pdfaid:part>3<").contains { $0.contains("pdfaid:part is 3") })
        #expect(try damaged("conformance>B<", "conformance>U<").contains { $0.contains("conformance is U") })
    }

    @Test func infoAndXMPMustAgree() throws {
        #expect(try damaged("<xmp:CreatorTool>cetak \(CetakVersion.number)<", "<xmp:CreatorTool>cetaX \(CetakVersion.number)<").contains { $0.contains("/Creator") })
        #expect(try damaged("/OutputIntents", "/OutputIntentX").contains { $0.contains("0 GTS_PDFA1 output intents") })
    }

    @Test func interpolatedImagesAreReported() throws {
        #expect(try damaged("/Interpolate false", "/Interpolate true ").contains { $0.contains("Interpolate true") })
    }

    @Test func cidFontWithoutCIDToGIDMapIsReported() throws {
        let problems = try damaged("/CIDToGIDMap /Identity", "/CIDToGIDMaX /Identity", form: "laporan-bulanan")
        #expect(problems.contains { $0.contains("without CIDToGIDMap") })
    }

    @Test func trailingDataIsReported() throws {
        #expect(try damaged("%%EOF\n", "%%EOFx").contains { $0.contains("after %%EOF") })
    }
}
