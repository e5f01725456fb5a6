import CetakCore
import CetakData
import Foundation

/// An Excel workbook (.xlsx, as Excel, LibreOffice Calc and Google Sheets save it) opened to read
/// sheets as datasets and the `konteks` sheet as the context.
///
/// Why libxml2 here too (beside CetakTemplate, which builds a tree of a small template): a sheet
/// can hold 50,000 rows, so its XML is streamed through libxml2's push parser straight from the
/// ZIP entry as ZIPFoundation inflates it, and only the rows' texts are kept — no DOM, no copy of
/// the unpacked part. The cells become the same `DataTable` rows a CSV file gives, so typing,
/// checks and messages are those of CetakData; each cell also says what it held (`CellOrigin`).
public final class XLSXWorkbook {
    /// The file as the user named it, for messages.
    public let file: String
    /// The sheet names, in tab order.
    public var sheetNames: [String] { index.sheets.map(\.name) }
    /// True when the workbook counts dates from 1904.
    public var date1904: Bool { index.date1904 }

    private let archive: WorkbookArchive
    private let index: WorkbookIndex
    private var strings: [String]?
    private var formats: [NumberFormat]?

    /// Opens the workbook at a path; `file` names it in messages (default: the path).
    public convenience init(path: String, file: String? = nil) throws(Diagnostics) {
        try self.init(archive: WorkbookArchive(path: path, file: file ?? path))
    }

    /// Opens a workbook held in memory (an upload); `file` names it in messages.
    public convenience init(data: Data, file: String) throws(Diagnostics) {
        try self.init(archive: WorkbookArchive(data: data, file: file))
    }

    private init(archive: WorkbookArchive) throws(Diagnostics) {
        self.archive = archive
        self.file = archive.file
        self.index = try WorkbookIndex.read(archive)
    }

    /// The largest part read, unpacked (smaller in tests).
    var partLimit: UInt64 {
        get { archive.partLimit }
        set { archive.partLimit = newValue }
    }

    /// The name of the sheet called `name`, compared without regard to case or outer spaces.
    public func sheet(named name: String) -> String? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return sheetNames.first { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }

    /// The rows of a sheet that hold a value, and its merged cells.
    public func rows(of sheet: String) throws(Diagnostics) -> (rows: [SheetRow], merges: [CellRange]) {
        guard let entry = index.sheets.first(where: { $0.name == sheet }) else {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), "the workbook has no sheet '\(sheet)' (it has: \(sheetNames.joined(separator: ", ")))")])
        }
        let handler = SheetHandler(strings: try sharedStrings(), formats: try cellFormats(), date1904: index.date1904,
                                   writtenByCalc: index.writtenByCalc)
        try archive.parse(entry.part, with: handler, sheet: sheet)
        return (handler.rows, handler.merges)
    }

    /// A sheet as a dataset's table; `expecting` (the form's columns) finds the header under titles.
    public func table(sheet: String, dataset: String, expecting: [ColumnSpec]?) throws(Diagnostics) -> DataTable {
        let (rows, merges) = try self.rows(of: sheet)
        let builder = TableBuilder(file: file, dataset: dataset, sheet: sheet, format: .xlsx, expecting: expecting, merges: merges)
        return try builder.table(rows)
    }

    /// The context of a `konteks` sheet (`KonteksSheet`); image paths in it are relative to the workbook.
    public func context(sheet: String) throws(Diagnostics) -> Value {
        try KonteksSheet.value(table(sheet: sheet, dataset: "konteks", expecting: KonteksSheet.columns))
    }

    private func sharedStrings() throws(Diagnostics) -> [String] {
        if let strings { return strings }
        let h = SharedStringsHandler()
        if let part = index.sharedStrings, archive.has(part) { try archive.parse(part, with: h) }
        strings = h.strings
        return h.strings
    }

    private func cellFormats() throws(Diagnostics) -> [NumberFormat] {
        if let formats { return formats }
        let h = StylesHandler()
        if let part = index.styles, archive.has(part) { try archive.parse(part, with: h) }
        formats = h.formats
        return h.formats
    }
}
