import Cetak
import CetakCore
import CetakPDF
import Foundation
import Testing

/// Each form against its reference: the text of every page and a low-resolution PNG per page,
/// both from the same frames the PDF is drawn from. `make bless` re-records them on purpose.
@Suite struct FormReferenceTests {
    static let dpi = 24.0
    static let bless = ProcessInfo.processInfo.environment["CETAK_BLESS"] == "1"

    /// Every form of the catalog, filled from the first fixture folder that has all its datasets, and blank.
    static let cases: [(form: String, blank: Bool)] = {
        let forms = FormCatalog(folder: Repo.templates).entries.map(\.id)
        return forms.map { ($0, false) } + forms.map { ($0, true) }
    }()

    @Test(arguments: cases.indices)
    func matchesReference(_ index: Int) throws {
        let (form, blank) = Self.cases[index]
        var o = try Repo.fixtureOptions(form)
        o.blank = blank
        let folder = Repo.references + "/" + form + (blank ? "-blank" : "")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let renderer = try PNGRenderer()
        var seen = Set<String>()
        for doc in try Repo.layoutAll(o) {
            for (n, frame) in doc.frames.enumerated() {
                let stem = folder + "/\(doc.key)-p\(n + 1)"
                seen.insert(stem)
                let png = NSTemporaryDirectory() + "cetak-ref-\(UUID().uuidString).png"
                defer { try? FileManager.default.removeItem(atPath: png) }
                try renderer.write(frame, dpi: Self.dpi, to: png)
                if Self.bless {
                    try frame.text.write(toFile: stem + ".txt", atomically: true, encoding: .utf8)
                    _ = try? FileManager.default.removeItem(atPath: stem + ".png")
                    try FileManager.default.copyItem(atPath: png, toPath: stem + ".png")
                    continue
                }
                let expected = try String(contentsOfFile: stem + ".txt", encoding: .utf8)
                #expect(frame.text == expected, "\(stem).txt differs (make bless re-records after reading the diff)")
                let diff = try PNGCompare.difference(a: png, b: stem + ".png")
                #expect(diff < 0.01, "\(stem).png differs in \(Int(diff * 100))% of pixels")
            }
        }
        // No reference page is left over (a form that lost pages fails).
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        for f in files where !seen.contains(folder + "/" + String(f.dropLast(4))) {
            if Self.bless { try FileManager.default.removeItem(atPath: folder + "/" + f) } else { Issue.record("reference \(f) has no page any more") }
        }
    }
}
