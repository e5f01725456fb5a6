import CetakCore
import CXLSXWriter

/// A sheet of an open `XLSXWorkbook` (the workbook owns the `lxw_worksheet`; the sheet keeps the
/// workbook alive, and refuses to write once the workbook is closed and the sheet freed with it).
/// Rows and columns are 0-based, as in libxlsxwriter.
final class XLSXSheet {
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    private let owner: XLSXWorkbook
    /// The sheet's name, for messages.
    let name: String

    init(_ pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, owner: XLSXWorkbook) {
        self.pointer = pointer
        self.name = name
        self.owner = owner
    }

    /// `sheet 'peserta', cell B2`.
    func place(_ row: Int, _ column: Int) -> String { "sheet '\(name)', cell \(CellName.of(row: row, column: column))" }

    /// Writes text.
    func write(_ row: Int, _ column: Int, text: String, format: XLSXFormat?) throws(Diagnostic) {
        try owner.checkOpen(place(row, column))
        try Diagnostic.checkXLSX(worksheet_write_string(pointer, lxw_row_t(row), lxw_col_t(column), text, format?.pointer),
                            place(row, column))
    }

    /// Writes a number.
    func write(_ row: Int, _ column: Int, number: Double, format: XLSXFormat?) throws(Diagnostic) {
        try owner.checkOpen(place(row, column))
        try Diagnostic.checkXLSX(worksheet_write_number(pointer, lxw_row_t(row), lxw_col_t(column), number, format?.pointer),
                            place(row, column))
    }

    /// Writes a calendar day as a date cell (a serial number of the 1900 date system, shown by `format`).
    func write(_ row: Int, _ column: Int, date: CivilDate, format: XLSXFormat) throws(Diagnostic) {
        try owner.checkOpen(place(row, column))
        var d = lxw_datetime(year: Int32(date.year), month: Int32(date.month), day: Int32(date.day), hour: 0, min: 0, sec: 0)
        try Diagnostic.checkXLSX(worksheet_write_datetime(pointer, lxw_row_t(row), lxw_col_t(column), &d, format.pointer),
                            place(row, column))
    }

    /// Formats an empty cell (so what is typed into it later takes the format).
    func blank(_ row: Int, _ column: Int, format: XLSXFormat) throws(Diagnostic) {
        try owner.checkOpen(place(row, column))
        try Diagnostic.checkXLSX(worksheet_write_blank(pointer, lxw_row_t(row), lxw_col_t(column), format.pointer), place(row, column))
    }

    /// Sets a column's width (in characters) and the format of its empty cells.
    func setColumn(_ column: Int, width: Double, format: XLSXFormat?) throws(Diagnostic) {
        try owner.checkOpen("sheet '\(name)'")
        try Diagnostic.checkXLSX(worksheet_set_column(pointer, lxw_col_t(column), lxw_col_t(column), width, format?.pointer),
                            "sheet '\(name)', column \(CellName.column(column))")
    }

    /// Freezes the rows above `row` (they stay in view while scrolling).
    func freezeRows(_ row: Int) throws(Diagnostic) {
        try owner.checkOpen("sheet '\(name)'")
        worksheet_freeze_panes(pointer, lxw_row_t(row), 0)
    }

    /// Attaches a comment (a note shown when the pointer rests on the cell).
    func comment(_ row: Int, _ column: Int, _ text: String, widthPixels: Int, heightPixels: Int) throws(Diagnostic) {
        try owner.checkOpen(place(row, column))
        var options = lxw_comment_options()
        options.width = UInt16(clamping: widthPixels)
        options.height = UInt16(clamping: heightPixels)
        let status = "cetak".withCString { author in
            options.author = UnsafeMutablePointer(mutating: author)
            return worksheet_write_comment_opt(pointer, lxw_row_t(row), lxw_col_t(column), text, &options)
        }
        try Diagnostic.checkXLSX(status, "comment of \(place(row, column))")
    }

    /// A drop-down list on the cells of rows `firstRow...lastRow` of a column: `strict` refuses other
    /// values, otherwise Excel warns and lets the value stand.
    func list(rows firstRow: Int, _ lastRow: Int, column: Int, values: [String], strict: Bool, message: String) throws(Diagnostic) {
        try owner.checkOpen(place(firstRow, column))
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
        validation.error_type = UInt8((strict ? LXW_VALIDATION_ERROR_TYPE_STOP : LXW_VALIDATION_ERROR_TYPE_WARNING).rawValue)
        // The choices as one buffer of NUL-terminated strings, and a NULL-terminated list of pointers into it.
        var storage: [CChar] = []
        var offsets: [Int] = []
        for v in values {
            offsets.append(storage.count)
            storage += v.utf8CString
        }
        let status = storage.withUnsafeMutableBufferPointer { chars in
            var list: [UnsafeMutablePointer<CChar>?] = offsets.map { offset in chars.baseAddress.map { $0 + offset } } + [nil]
            return list.withUnsafeMutableBufferPointer { buffer in
                "Pilihan".withCString { title in
                    message.withCString { text in
                        validation.value_list = buffer.baseAddress
                        validation.error_title = UnsafeMutablePointer(mutating: title)
                        validation.error_message = UnsafeMutablePointer(mutating: text)
                        return worksheet_data_validation_range(pointer, lxw_row_t(firstRow), lxw_col_t(column),
                                                               lxw_row_t(lastRow), lxw_col_t(column), &validation)
                    }
                }
            }
        }
        try Diagnostic.checkXLSX(status, "drop-down list of \(place(firstRow, column))")
    }
}

/// Excel's names of cells: column letters and 1-based rows (`B17`).
enum CellName {
    /// `A`, `B`, … `Z`, `AA`, … for a 0-based column.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.insert(Character(UnicodeScalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(letters)
    }

    /// `B17` for row 16, column 1 (0-based).
    static func of(row: Int, column: Int) -> String { "\(self.column(column))\(row + 1)" }
}
