import CetakCore

/// A workbook to write: its sheets in order, each with its columns and cells (no C types: what the
/// writer turns into an .xlsx file, and what tests can inspect before it is written).
public struct WorkbookPlan: Sendable {
    /// The document title (file properties).
    public var title: String
    /// The sheets, in tab order.
    public var sheets: [SheetPlan]

    /// Creates a plan.
    public init(title: String, sheets: [SheetPlan]) {
        self.title = title
        self.sheets = sheets
    }

    /// The sheet of a name.
    public func sheet(_ name: String) -> SheetPlan? { sheets.first { $0.name == name } }
}

/// One sheet: a header row (row 1, bold, frozen, a comment per header) and the rows under it.
public struct SheetPlan: Sendable {
    /// The sheet's name (a dataset's name, or `konteks`).
    public var name: String
    /// The columns, left to right.
    public var columns: [SheetColumn]
    /// The rows under the header, each with one cell per column (missing cells are empty).
    public var rows: [[SheetCell]]
    /// Drop-down lists on single cells (the choices of one context key), beside the columns' lists.
    public var cellLists: [CellChoice]

    /// Creates a sheet.
    public init(name: String, columns: [SheetColumn], rows: [[SheetCell]] = [], cellLists: [CellChoice] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.cellLists = cellLists
    }
}

/// A column: its header, the note on it, how its cells look, and its drop-down list.
public struct SheetColumn: Sendable {
    /// The header text (row 1).
    public var header: String
    /// The comment on the header cell; empty: none.
    public var note: String
    /// The format of the column's cells, also of those typed in later.
    public var format: CellFormat
    /// The choices of the column's drop-down list, if it has one.
    public var choices: Choices?
    /// Width in characters.
    public var width: Double

    /// Creates a column.
    public init(header: String, note: String, format: CellFormat = .general, choices: Choices? = nil, width: Double) {
        self.header = header
        self.note = note
        self.format = format
        self.choices = choices
        self.width = width
    }
}

/// How a cell shows its value.
public enum CellFormat: Sendable, Equatable {
    /// As the spreadsheet decides.
    case general
    /// A date, day/month/year.
    case date
    /// Text, even when it is all digits (Excel's "@"): no digit of a NIP is lost.
    case text
}

/// The choices of a drop-down list.
public struct Choices: Sendable, Equatable {
    /// The values offered.
    public var values: [String]
    /// False: other values are refused; true: Excel warns and lets them stand.
    public var open: Bool

    /// Creates a list.
    public init(values: [String], open: Bool) {
        self.values = values
        self.open = open
    }
}

/// A drop-down list on one cell.
public struct CellChoice: Sendable, Equatable {
    /// 0-based row under the header (0 = the first row of data, Excel row 2).
    public var row: Int
    /// 0-based column.
    public var column: Int
    /// The choices.
    public var choices: Choices

    /// Creates a cell list.
    public init(row: Int, column: Int, choices: Choices) {
        self.row = row
        self.column = column
        self.choices = choices
    }
}

/// One cell's value.
public enum SheetCell: Sendable, Equatable {
    /// Nothing.
    case empty
    /// Nothing yet, but formatted for what will be typed in (a date, or text that must stay text).
    case blank(CellFormat)
    /// Text.
    case text(String)
    /// Digits that must stay text (NIP, NPSN), in a text-formatted cell.
    case identifier(String)
    /// A number.
    case number(Double)
    /// A date cell.
    case date(CivilDate)
}
