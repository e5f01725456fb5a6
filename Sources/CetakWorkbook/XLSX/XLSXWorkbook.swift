import CXLSXWriter
import CetakCore

/// An open libxlsxwriter workbook (`lxw_workbook`): sheets and formats are added to it, and
/// `close()` writes the file. A workbook never closed is freed, unwritten, when it goes away.
final class XLSXWorkbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let path: String

    /// Starts a workbook that `close()` writes to `path`; `created` (seconds since 1970, UTC) is
    /// its creation date, fixed so that the same content gives the same bytes.
    init(path: String, title: String, created: Int64) throws(Diagnostic) {
        guard let h = workbook_new(path) else { throw Diagnostic.xlsx("creating the workbook \(path)", reason: "libxlsxwriter returned no workbook") }
        handle = h
        self.path = path
        var properties = lxw_doc_properties()
        properties.created = time_t(max(created, 1))
        let status = title.withCString { t in
            "cetak".withCString { a in
                properties.title = UnsafeMutablePointer(mutating: t)
                properties.author = UnsafeMutablePointer(mutating: a)
                return workbook_set_properties(h, &properties)
            }
        }
        try Diagnostic.checkXLSX(status, "setting the document properties")
    }

    deinit { if let handle { lxw_workbook_free(handle) } }

    /// Adds a sheet named exactly `name`.
    func addSheet(_ name: String) throws(Diagnostic) -> XLSXSheet {
        let h = try open("adding sheet '\(name)'")
        try Diagnostic.checkXLSX(workbook_validate_sheet_name(h, name), "sheet name '\(name)'")
        guard let sheet = workbook_add_worksheet(h, name) else { throw Diagnostic.xlsx("adding sheet '\(name)'", reason: "libxlsxwriter returned no sheet") }
        return XLSXSheet(sheet, name: name, owner: self)
    }

    /// Adds a cell format.
    func addFormat(_ style: CellStyle) throws(Diagnostic) -> XLSXFormat {
        let h = try open("adding a cell format")
        guard let f = workbook_add_format(h) else { throw Diagnostic.xlsx("adding a cell format", reason: "libxlsxwriter returned no format") }
        if style.bold { format_set_bold(f) }
        if let n = style.numberFormat { format_set_num_format(f, n) }
        if style.wrap { format_set_text_wrap(f) }
        if let fill = style.fill { format_set_bg_color(f, fill); format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue)) }
        if style.border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        return XLSXFormat(pointer: f)
    }

    /// Writes the file and frees the workbook (libxlsxwriter frees it whatever the outcome).
    func close() throws(Diagnostic) {
        let h = try open("writing \(path)")
        handle = nil
        try Diagnostic.checkXLSX(workbook_close(h), "writing \(path)")
    }

    /// Throws when the workbook is closed: its sheets and formats are freed with it.
    func checkOpen(_ operation: @autoclosure () -> String) throws(Diagnostic) { _ = try open(operation()) }

    private func open(_ operation: String) throws(Diagnostic) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw Diagnostic.xlsx(operation, reason: "the workbook is already closed") }
        return handle
    }
}

/// A cell format of a workbook (owned by it; valid while the workbook is open).
struct XLSXFormat {
    let pointer: UnsafeMutablePointer<lxw_format>
}

/// What a cell format looks like.
struct CellStyle: Hashable {
    /// Bold text.
    var bold = false
    /// An Excel number format (`@` text, `dd/mm/yyyy`).
    var numberFormat: String?
    /// Wrap long text.
    var wrap = false
    /// Background colour, 0xRRGGBB.
    var fill: UInt32?
    /// A thin border all round.
    var border = false
}
