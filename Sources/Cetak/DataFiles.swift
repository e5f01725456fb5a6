import CetakCore
import CetakData
import CetakTemplate
import CetakXLSX
import Foundation

/// What the `--data` files give a run: a table per dataset the form reads, and the `konteks` sheets
/// of workbooks. Each file goes to the dataset of its name, or of `NAME=`; a workbook gives every
/// sheet named after a dataset of the form (or its one sheet, for a workbook named after one) and
/// its `konteks` sheet. A file that matches no dataset of the form is an error naming it.
struct DataFiles {
    /// Tables by dataset name.
    var tables: [String: DataTable] = [:]
    /// Datasets whose file could not be read (no second "missing" error for them).
    var unreadable: Set<String> = []
    /// True when a workbook could not be opened: which datasets it held is unknown.
    var unreadableWorkbook = false
    /// The context sheets read, with the folder of their workbook (images are relative to it).
    var contexts: [(value: Value, folder: String, location: SourceLocation)] = []
    /// What went wrong (errors stop the run).
    var diagnostics = Diagnostics()

    /// The name of the context sheet.
    static let konteks = "konteks"

    /// Reads every file for a form.
    static func read(_ arguments: [String], template: Template) -> DataFiles {
        var files = DataFiles()
        let names = template.datasets.map(\.name)
        for argument in arguments {
            let a = DataArgument(argument)
            switch (a.path as NSString).pathExtension.lowercased() {
            case "xlsx", "xlsm": files.readWorkbook(a, template: template)
            default: files.readFile(a, template: template, names: names)
            }
        }
        return files
    }

    /// `form 'F' reads no dataset 'x' (it reads: a, b)`.
    static func noSuchDataset(_ name: String, _ template: Template) -> String {
        "form '\(template.id)' reads no dataset '\(name)' (it reads: \(template.datasets.map(\.name).joined(separator: ", ")))"
    }

    /// A CSV or JSON file.
    mutating func readFile(_ a: DataArgument, template: Template, names: [String]) {
        let name = a.dataset ?? DataTable.datasetName(of: a.path)
        guard let decl = template.datasets.first(where: { $0.name == name }) else {
            let at = SourceLocation(file: a.path)
            if a.dataset != nil {
                diagnostics.error(at, DataFiles.noSuchDataset(name, template))
            } else {
                diagnostics.error(at, "the file's name matches no dataset of form '\(template.id)' (it reads: \(names.joined(separator: ", "))): "
                    + "name the file after one (\(names.first ?? "data").csv) or give --data NAME=\(a.path)")
            }
            return
        }
        do {
            add(try DataTable.load(path: a.path, dataset: name, expecting: RunInputs.specs(decl)), at: SourceLocation(file: a.path))
        } catch {
            unreadable.insert(name)
            for d in error.all { diagnostics.add(d) }
        }
    }

    /// An .xlsx workbook: its dataset sheets and its konteks sheet.
    mutating func readWorkbook(_ a: DataArgument, template: Template) {
        let book: XLSXWorkbook
        do { book = try XLSXWorkbook(path: a.path) } catch {
            if let d = a.dataset { unreadable.insert(d) } else { unreadableWorkbook = true }
            for d in error.all { diagnostics.add(d) }
            return
        }
        let at = SourceLocation(file: a.path)
        let dataSheets = book.sheetNames.filter { $0.trimmingCharacters(in: .whitespaces).lowercased() != DataFiles.konteks }
        var wanted: [(sheet: String, dataset: String)] = []
        if let name = a.dataset {
            guard template.datasets.contains(where: { $0.name == name }) else {
                diagnostics.error(at, DataFiles.noSuchDataset(name, template))
                return
            }
            guard let sheet = book.sheet(named: name) ?? (dataSheets.count == 1 ? dataSheets[0] : nil) else {
                diagnostics.error(at, "the workbook has no sheet '\(name)' and more than one sheet (\(book.sheetNames.joined(separator: ", "))): "
                    + "name the sheet \(name)")
                return
            }
            wanted.append((sheet, name))
        } else {
            for decl in template.datasets {
                if let sheet = book.sheet(named: decl.name) { wanted.append((sheet, decl.name)) }
            }
            let base = DataTable.datasetName(of: a.path)
            if wanted.isEmpty, dataSheets.count == 1, template.datasets.contains(where: { $0.name == base }) {
                wanted.append((dataSheets[0], base))
            }
        }
        let context = book.sheet(named: DataFiles.konteks)
        if wanted.isEmpty && context == nil {
            diagnostics.error(at, "no sheet of the workbook (\(book.sheetNames.joined(separator: ", "))) is named after a dataset of form '\(template.id)' "
                + "(it reads: \(template.datasets.map(\.name).joined(separator: ", "))) or is a konteks sheet: name the sheets after the datasets, "
                + "or give --data NAME=\(a.path)")
            return
        }
        for (sheet, name) in wanted {
            guard let decl = template.datasets.first(where: { $0.name == name }) else { continue }
            do {
                add(try book.table(sheet: sheet, dataset: name, expecting: RunInputs.specs(decl)), at: SourceLocation(file: a.path, sheet: sheet))
            } catch {
                unreadable.insert(name)
                for d in error.all { diagnostics.add(d) }
            }
        }
        if let context {
            do {
                let value = try book.context(sheet: context)
                contexts.append((value, PathText.folder(of: a.path), SourceLocation(file: a.path, sheet: context)))
            } catch {
                for d in error.all { diagnostics.add(d) }
            }
        }
    }

    /// Adds a table; a second one for the same dataset is an error.
    mutating func add(_ table: DataTable, at: SourceLocation) {
        if let first = tables[table.name] {
            diagnostics.error(at, "a second file for dataset '\(table.name)' (the first is \(first.location))")
            return
        }
        tables[table.name] = table
    }
}
