import Cetak
import CetakCore
import CetakPDF
import Foundation
import Testing

/// Each form against its reference: the text of every page, its geometry (every line, rectangle and
/// text origin, rounded: `FrameGeometry`) and a low-resolution PNG per page, all from the same frames
/// the PDF is drawn from. `make bless` re-records them on purpose. When a page differs, what was made
/// is kept beside the build, in `.build/reference-output/<form>/`, to compare with the reference.
@Suite struct FormReferenceTests {
    static let dpi = 24.0
    static let bless = ProcessInfo.processInfo.environment["CETAK_BLESS"] == "1"
    static let live = Repo.root + "/.build/reference-output"

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
        let name = form + (blank ? "-blank" : "")
        let folder = Repo.references + "/" + name
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
                let geometry = FrameGeometry.describe(frame)
                if Self.bless {
                    try frame.text.write(toFile: stem + ".txt", atomically: true, encoding: .utf8)
                    try geometry.write(toFile: stem + ".geom", atomically: true, encoding: .utf8)
                    _ = try? FileManager.default.removeItem(atPath: stem + ".png")
                    try FileManager.default.copyItem(atPath: png, toPath: stem + ".png")
                    continue
                }
                let expected = (try? String(contentsOfFile: stem + ".txt", encoding: .utf8)) ?? "(no reference)"
                let expectedGeometry = (try? String(contentsOfFile: stem + ".geom", encoding: .utf8)) ?? "(no reference)"
                let shape = FrameGeometry.difference(expected: expectedGeometry, actual: geometry)
                let diff = FileManager.default.fileExists(atPath: stem + ".png") ? try PNGCompare.difference(a: png, b: stem + ".png") : 1
                #expect(frame.text == expected, "\(stem).txt differs (make bless re-records after reading the diff)")
                #expect(shape == nil, "\(stem).geom differs: \(shape ?? "")")
                #expect(diff < 0.01, "\(stem).png differs in \(Int(diff * 100))% of pixels")
                if frame.text != expected || shape != nil || diff >= 0.01 {
                    // Keep what was made, for a look beside the reference.
                    let out = Self.live + "/" + name + "/" + (stem as NSString).lastPathComponent
                    try FileManager.default.createDirectory(atPath: Self.live + "/" + name, withIntermediateDirectories: true)
                    try frame.text.write(toFile: out + ".txt", atomically: true, encoding: .utf8)
                    try geometry.write(toFile: out + ".geom", atomically: true, encoding: .utf8)
                    _ = try? FileManager.default.removeItem(atPath: out + ".png")
                    try FileManager.default.copyItem(atPath: png, toPath: out + ".png")
                    Issue.record("what was made is in \(out).txt, .geom and .png")
                }
            }
        }
        // No reference page is left over (a form that lost pages fails).
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        for f in files where !seen.contains(folder + "/" + String(f.dropLast(4))) {
            if Self.bless {
                for ext in [".txt", ".geom", ".png"] { try? FileManager.default.removeItem(atPath: folder + "/" + f.dropLast(4) + ext) }
            } else {
                Issue.record("reference \(f) has no page any more")
            }
        }
    }
}
