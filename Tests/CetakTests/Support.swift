@_exported import CetakTestSupport
import Cetak
import CetakCore
import Foundation

/// Paths and helpers shared by the tests of the front door.
enum Repo {
    /// The repository root.
    static var root: String { repositoryRoot }
    static var templates: String { root + "/Templates" }
    static var fixtures: String { root + "/Tests/CetakTests/Fixtures" }
    static var references: String { root + "/Tests/CetakTests/References" }
    static var kemitraan: String { fixtures + "/kemitraan" }
    static var cetak: String { root + "/.build/debug/cetak" }

    /// Render options for a form over the Kemitraan fixtures.
    static func kemitraanOptions(_ form: String) -> RenderOptions {
        var o = RenderOptions(form: form, templates: templates)
        o.dataFiles = [kemitraan + "/peserta.csv", kemitraan + "/kegiatan.csv"]
        o.contextFile = kemitraan + "/konteks.json"
        return o
    }

    /// Render options for a form over the first fixture folder (Fixtures/*, sorted) holding every dataset it reads;
    /// the folder's `konteks.json` is the context.
    static func fixtureOptions(_ form: String) throws -> RenderOptions {
        let catalog = FormCatalog(folder: templates)
        guard let entry = catalog.entry(form) else { throw CocoaError(.fileNoSuchFile) }
        let folders = (try FileManager.default.contentsOfDirectory(atPath: fixtures)).sorted()
        for f in folders {
            let dir = fixtures + "/" + f
            let files = entry.datasets.map { ds in ["csv", "json"].map { "\(dir)/\(ds).\($0)" }.first { FileManager.default.fileExists(atPath: $0) } }
            if files.allSatisfy({ $0 != nil }) {
                var o = RenderOptions(form: form, templates: templates)
                o.dataFiles = files.compactMap { $0 }
                o.contextFile = dir + "/konteks.json"
                return o
            }
        }
        var o = RenderOptions(form: form, templates: templates)
        o.blank = true
        return o
    }

    /// Every document of a form, laid out: key, pages, warnings.
    static func layoutAll(_ o: RenderOptions) throws -> [(key: String, frames: [Frame], warnings: [String])] {
        let plan = try RunPlan.make(o)
        return try plan.items.map { item in
            let (bound, frames) = try plan.layout(item)
            return (item.key, frames, bound.warnings)
        }
    }

    /// The files of a folder for the datasets a form reads (`<dataset>.csv`, else `.json`): a file
    /// named after no dataset of the form is an error, so a run gives only these.
    static func dataFiles(_ form: String, in folder: String) -> [String] {
        let datasets = FormCatalog(folder: templates).entry(form)?.datasets ?? []
        return datasets.compactMap { ds in
            ["csv", "json"].map { "\(folder)/\(ds).\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
        }
    }

}

extension Frame {
    /// The glyph runs of the page.
    var runs: [GlyphRun] { items.compactMap { if case .glyphs(let r) = $0 { return r } else { return nil } } }
}
