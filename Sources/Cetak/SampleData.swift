import Foundation

/// The bundled sample data (`Data/<programme>/`, beside the templates folder) and which of its files a
/// form reads: one file per dataset the form declares (`<dataset>.csv`, else `.json`) and the
/// programme's `konteks.json`. `cetak demo`, the server and the tests plan runs from it.
public struct SampleData: Sendable {
    /// The folder holding one folder of sample files per programme.
    public let root: String

    /// Sample data under `root`.
    public init(root: String) { self.root = root }

    /// `Data` beside the templates folder (`Templates/` → `Data/`).
    public init(besideTemplates templates: String) {
        root = ((templates as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Data")
    }

    /// The folder of a form's programme (`Data/diklat`), or the root when the programme has none.
    public func folder(for entry: FormCatalog.Entry) -> String {
        let dir = (root as NSString).appendingPathComponent(Programme.id(ofTemplate: entry.path))
        return FileManager.default.fileExists(atPath: dir) ? dir : root
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

    /// Options to render a form over its sample data (the templates folder is the catalog's).
    public func options(for entry: FormCatalog.Entry, templates: String) -> RenderOptions {
        var o = RenderOptions(form: entry.id, templates: templates)
        o.dataFiles = dataFiles(for: entry)
        o.contextFile = contextFile(for: entry)
        return o
    }
}
