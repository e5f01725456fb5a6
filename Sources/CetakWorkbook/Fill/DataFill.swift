import CetakCore
import CetakData
import CetakTemplate

/// Reads a data file (CSV or JSON) into the rows of its dataset's sheet, each cell typed by the
/// contract: dates as date cells, numbers as number cells, identifiers as text.
enum DataFill {
    /// The sheet of a dataset filled from a file, and the warnings: values not of their column's
    /// type (kept as text, so the reader names the cell later) and columns outside the contract
    /// (copied as they are). A file that cannot be read, or rows that cannot be split into fields,
    /// throw: nothing of them could be written faithfully.
    static func sheet(_ path: String, dataset: ProgrammeDataset, images: PathRebase) throws(Diagnostics) -> (SheetPlan, [Diagnostic]) {
        // The contract's columns find the header under title rows, as `cetak render` finds it.
        let table = try DataTable.load(path: path, dataset: dataset.name, expecting: dataset.columns.map { ColumnSpec($0.name, kind($0.type)) })
        if !table.rejected.isEmpty { throw Diagnostics(table.rejected) }
        var warnings = table.warnings
        let names = table.columns
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() where index[n] == nil { index[n] = i }
        let contract = Set(dataset.columns.map(\.name))
        let extra = names.enumerated().filter { !$0.element.isEmpty && !contract.contains($0.element) && index[$0.element] == $0.offset }
        for (_, n) in extra {
            warnings.append(Diagnostic(.warning, at: SourceLocation(file: path, line: max(table.headerLine, 1), field: n),
                                       "column '\(n)' is not a column of dataset '\(dataset.name)': copied to the sheet as it is (cetak does not read it)"))
        }
        var rows: [[SheetCell]] = []
        rows.reserveCapacity(table.rows.count)
        for row in table.rows {
            var cells: [SheetCell] = []
            cells.reserveCapacity(dataset.columns.count + extra.count)
            for f in dataset.columns {
                guard let i = index[f.name], i < row.count else { cells.append(SheetBuilder.blank(f.type)); continue }
                var raw = row.value(at: i)
                if f.type == .image {
                    let moved = images.apply(CellConversion.trimmedOuter(raw))
                    raw = moved.path
                    if let p = moved.problem { warnings.append(Diagnostic(.warning, at: row.location(of: f.name), p, value: raw)) }
                }
                let (cell, problem) = CellMaker.cell(raw, as: f.type)
                if let problem { warnings.append(Diagnostic(.warning, at: row.location(of: f.name), problem, value: raw)) }
                cells.append(cell)
            }
            for (i, _) in extra {
                let t = CellConversion.trimmedOuter(row.value(at: i))
                cells.append(t.isEmpty ? .empty : .text(t))
            }
            rows.append(cells)
        }
        return (SheetBuilder.dataset(dataset, rows: rows, extra: extra.map(\.element)), warnings)
    }

    /// How a cell of a contract's column is read.
    static func kind(_ t: FieldType) -> ColumnSpec.Kind {
        switch t {
        case .text, .image: return .text
        case .date: return .date
        case .number: return .number
        case .bool: return .bool
        case .identifier: return .identifier
        }
    }
}
