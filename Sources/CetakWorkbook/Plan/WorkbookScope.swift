import CetakCore
import CetakTemplate

/// What goes into a workbook: the datasets (sheets) and context keys of a whole programme, or of
/// one of its forms.
public struct WorkbookScope: Sendable {
    /// The datasets, one sheet each, in the manifest's order.
    public var datasets: [ProgrammeDataset]
    /// The context keys the `konteks` sheet lists, in the manifest's order.
    public var keys: [ProgrammeField]
    /// The workbook's title.
    public var title: String

    /// Every dataset and context key of a programme.
    public static func programme(_ p: Programme) -> WorkbookScope {
        WorkbookScope(datasets: p.datasets, keys: p.context, title: p.title)
    }

    /// The datasets a form reads and the context keys it needs (`Programme.contextKeys(declared:)`);
    /// a dataset the manifest lacks is an error naming the template and the manifest.
    public static func form(_ t: Template, in p: Programme) throws(Diagnostics) -> WorkbookScope {
        var diags = Diagnostics()
        for d in t.datasets where p.dataset(d.name) == nil {
            diags.error(d.location, "dataset '\(d.name)' of form '\(t.id)' is not in \(p.file)")
        }
        try diags.throwIfErrors()
        let names = Set(t.datasets.map(\.name))
        return WorkbookScope(datasets: p.datasets.filter { names.contains($0.name) },
                             keys: p.contextKeys(declared: t.contextKeys.map(\.path)), title: t.title)
    }
}
