import CetakCore
import Foundation

/// The bundled sample data (`Data/<programme>/`, beside the templates folder) and which of its files a
/// form reads: one file per dataset the form declares (`<dataset>.csv`, else `.json`) and the
/// programme's `konteks.json` — or the programme's workbook (`Data/<programme>/<programme>.xlsx`, made by
/// `make workbooks`), which holds the same data and context. `cetak demo`, the server and the tests plan
/// runs from it.
public struct SampleData: Sendable {
    /// The folder holding one folder of sample files per programme; nil: the `Data` folder beside each
    /// form's templates folder (`Templates/` → `Data/`).
    public let root: String?

    /// Sample data under `root` (nil: beside the templates).
    public init(root: String? = nil) { self.root = root }

    /// Sample data in the `Data` folder beside a templates folder.
    public init(besideTemplates templates: String) {
        root = (PathText.folder(of: templates) as NSString).appendingPathComponent("Data")
    }

    /// The folder of a form's programme (`Data/diklat`), or the root when the programme has none.
    public func folder(for entry: FormCatalog.Entry) -> String {
        let base = root ?? (PathText.folder(of: entry.folder) as NSString).appendingPathComponent("Data")
        let dir = (base as NSString).appendingPathComponent(entry.programme)
        return FileManager.default.fileExists(atPath: dir) ? dir : base
    }

    /// The sample files of a form's datasets, in the order it declares them (datasets without one are left out).
    public func dataFiles(for entry: FormCatalog.Entry) -> [String] {
        let dir = folder(for: entry)
        return entry.datasets.compactMap { ds in
            ["csv", "json"].lazy.map { (dir as NSString).appendingPathComponent("\(ds).\($0)") }
                .first { FileManager.default.fileExists(atPath: $0) }
        }
    }

    /// The programme's `konteks.json`, when there is one.
    public func contextFile(for entry: FormCatalog.Entry) -> String? {
        let p = (folder(for: entry) as NSString).appendingPathComponent("konteks.json")
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// The programme's sample workbook (`<programme>.xlsx`: a sheet per dataset and `konteks`), when there is one.
    public func workbook(for entry: FormCatalog.Entry) -> String? {
        let p = (folder(for: entry) as NSString).appendingPathComponent(entry.programme + ".xlsx")
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// Options to render a form over its sample files, from `base` (templates, jobs, …).
    public func options(for entry: FormCatalog.Entry, base: RenderOptions) -> RenderOptions {
        var o = base
        o.form = entry.id
        o.dataFiles = dataFiles(for: entry)
        o.contextFile = contextFile(for: entry)
        return o
    }

    /// Options to render a form over its programme's sample workbook alone (no `--context`: its `konteks`
    /// sheet serves), from `base`; nil when the programme has no workbook.
    public func workbookOptions(for entry: FormCatalog.Entry, base: RenderOptions) -> RenderOptions? {
        guard let book = workbook(for: entry) else { return nil }
        var o = base
        o.form = entry.id
        o.dataFiles = [book]
        o.contextFile = nil
        return o
    }

    /// Options to render a form over its sample files, with the templates folder of the catalog.
    public func options(for entry: FormCatalog.Entry, templates: String) -> RenderOptions {
        options(for: entry, base: RenderOptions(form: entry.id, templates: templates))
    }
}
