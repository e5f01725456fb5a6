import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// Makes the plan of a workbook to fill in: blank (the konteks sheet with example values), or filled
/// with data files and a context file.
public enum WorkbookMaker {
    /// A sheet per dataset with the contract's headers and no rows, and the konteks sheet listing
    /// every key with an example value.
    public static func blank(_ scope: WorkbookScope) -> WorkbookPlan {
        var sheets = scope.datasets.map { SheetBuilder.dataset($0) }
        if !scope.keys.isEmpty {
            sheets.append(SheetBuilder.context(scope.keys.map { ($0.name, $0, SheetBuilder.example($0)) }))
        }
        return WorkbookPlan(title: scope.title, sheets: sheets)
    }

    /// The workbook filled with data files and a context file, to be written at `workbookPath`
    /// (relative image paths are rewritten to be relative to its folder). Returns the warnings;
    /// throws what keeps it from being made (an unreadable file, a file for no dataset of the scope).
    public static func filled(_ scope: WorkbookScope, data: [DataArgument], context: String?, workbookPath: String)
        throws(Diagnostics) -> (plan: WorkbookPlan, warnings: [Diagnostic]) {
        var diags = Diagnostics()
        var warnings: [Diagnostic] = []
        var byDataset: [String: DataArgument] = [:]
        for input in data {
            let name = input.datasetName
            if scope.datasets.contains(where: { $0.name == name }) == false {
                let known = scope.datasets.map(\.name).joined(separator: ", ")
                diags.error(SourceLocation(file: input.path), "'\(name)' is not a dataset of this workbook (\(known)): name the file after its dataset or give --data NAME=\(input.path)")
            } else if byDataset[name] != nil {
                diags.error(SourceLocation(file: input.path), "a second file for dataset '\(name)'")
            } else {
                byDataset[name] = input
            }
        }
        try diags.throwIfErrors()
        let workbookFolder = PathText.folder(of: workbookPath)
        var sheets: [SheetPlan] = []
        for d in scope.datasets {
            guard let input = byDataset[d.name] else { sheets.append(SheetBuilder.dataset(d)); continue }
            // Image paths in data are found beside the data file, then beside the context file (as render looks).
            let bases = [PathText.folder(of: input.path)] + (context.map { [PathText.folder(of: $0)] } ?? [])
            do throws(Diagnostics) {
                let (sheet, w) = try DataFill.sheet(input.path, dataset: d, images: PathRebase(from: bases, to: workbookFolder))
                sheets.append(sheet)
                warnings += w
            } catch {
                for e in error.all { diags.add(e) }
            }
        }
        if !scope.keys.isEmpty {
            if let context {
                do throws(Diagnostics) {
                    let base = PathText.folder(of: context)
                    let (entries, w) = try ContextFill.entries(context, keys: scope.keys, images: PathRebase(from: base, to: workbookFolder))
                    sheets.append(SheetBuilder.context(entries))
                    warnings += w
                } catch {
                    for e in error.all { diags.add(e) }
                }
            } else {
                sheets.append(SheetBuilder.context(scope.keys.map { ($0.name, $0, SheetBuilder.blank($0.type)) }))
            }
        }
        try diags.throwIfErrors()
        return (WorkbookPlan(title: scope.title, sheets: sheets), warnings)
    }
}
