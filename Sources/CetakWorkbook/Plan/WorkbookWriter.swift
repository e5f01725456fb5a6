import CetakCore
import Foundation

/// Writes a `WorkbookPlan` as an .xlsx file with libxlsxwriter, atomically: the file at the path is
/// the old one or the whole new one, never a part.
public enum WorkbookWriter {
    /// Writes the plan to `path` (creating its folder); `created` is the document's creation date
    /// in seconds since 1970 (e.g. from SOURCE_DATE_EPOCH).
    public static func write(_ plan: WorkbookPlan, to path: String, created: Int64 = SourceDateEpoch.fallback) throws(Diagnostics) {
        let folder = PathText.folder(of: path)
        do throws(Diagnostic) { try Folder.make(folder) } catch {
            throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: path), "cannot create the folder \(error.file): \(error.message)")])
        }
        do throws(Diagnostic) {
            let staged = try StagedFile(path: path)
            let workbook = try XLSXWorkbook(path: staged.temporaryPath, title: plan.title, created: created)
            let formats = try Formats(workbook)
            for sheet in plan.sheets { try write(sheet, into: workbook, formats: formats) }
            try workbook.close()
            try staged.commit()
        } catch {
            throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: path), "cannot write the workbook: \(error.message)")])
        }
    }

    /// The formats every sheet shares.
    struct Formats {
        let header: XLSXFormat
        let date: XLSXFormat
        let text: XLSXFormat

        init(_ workbook: XLSXWorkbook) throws(Diagnostic) {
            header = try workbook.addFormat(CellStyle(bold: true, fill: 0xDDEBF7, border: true))
            date = try workbook.addFormat(CellStyle(numberFormat: "dd/mm/yyyy"))
            text = try workbook.addFormat(CellStyle(numberFormat: "@"))
        }

        func of(_ format: CellFormat) -> XLSXFormat? {
            switch format {
            case .general: return nil
            case .date: return date
            case .text: return text
            }
        }
    }

    static func write(_ plan: SheetPlan, into workbook: XLSXWorkbook, formats: Formats) throws(Diagnostic) {
        let sheet = try workbook.addSheet(plan.name)
        for (c, column) in plan.columns.enumerated() {
            try sheet.setColumn(c, width: column.width, format: formats.of(column.format))
            try sheet.write(0, c, text: column.header, format: formats.header)
            if !column.note.isEmpty {
                let (w, h) = commentSize(column.note)
                try sheet.comment(0, c, column.note, widthPixels: w, heightPixels: h)
            }
            if let choices = column.choices {
                try sheet.list(rows: 1, maxRow, column: c, values: choices.values, strict: !choices.open, message: message(choices))
            }
        }
        try sheet.freezeRows(1)
        for (r, row) in plan.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                let format = c < plan.columns.count ? plan.columns[c].format : .general
                try write(cell, at: r + 1, c, in: sheet, columnFormat: format, formats: formats)
            }
        }
        for choice in plan.cellLists {
            try sheet.list(rows: choice.row + 1, choice.row + 1, column: choice.column, values: choice.choices.values,
                           strict: !choice.choices.open, message: message(choice.choices))
        }
    }

    static func write(_ cell: SheetCell, at row: Int, _ column: Int, in sheet: XLSXSheet, columnFormat: CellFormat,
                      formats: Formats) throws(Diagnostic) {
        switch cell {
        case .empty: return
        case .blank(let f):
            if let format = formats.of(f) { try sheet.blank(row, column, format: format) }
        case .text(let s): try sheet.write(row, column, text: s, format: formats.of(columnFormat))
        case .identifier(let s): try sheet.write(row, column, text: s, format: formats.text)
        case .number(let n): try sheet.write(row, column, number: n, format: nil)
        case .date(let d): try sheet.write(row, column, date: d, format: formats.date)
        }
    }

    /// The last row a column's drop-down list reaches (0-based): the sheet's last row.
    static let maxRow = 1_048_575

    /// The message of a drop-down list when another value is typed (at most 255 characters, as Excel allows).
    static func message(_ choices: Choices) -> String {
        let list = choices.values.joined(separator: ", ")
        let text = choices.open ? "Biasanya salah satu dari: \(list). Tetap pakai nilai ini?" : "Pilih salah satu: \(list)."
        return text.count <= 255 ? text : (choices.open ? "Nilai ini tidak ada di daftar. Tetap pakai?" : "Pilih salah satu nilai dari daftar.")
    }

    /// A comment box that fits its text: 320 pixels wide, about 45 characters a line.
    static func commentSize(_ text: String) -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + 44) / 45) }
        return (320, 14 * lines + 14)
    }
}
