@_exported import CetakTestSupport
import CetakCore
import CetakData
import CetakTemplate
import CetakWorkbook
import Foundation

/// Paths of the repository.
enum Repo {
    static var root: String { repositoryRoot }
    static var templates: String { root + "/Templates" }
    static var data: String { root + "/Data" }
    static var schema: String { templates + "/cetak.rng" }
    static let programmes = ["kemitraan", "diklat", "sekolah-model"]

    static func programme(_ id: String) throws -> Programme {
        try ProgrammeLoader.load(path: "\(templates)/\(id)/programme.xml", schema: schema)
    }

    /// The sample data files of a programme (`Data/<id>/*.csv`), sorted.
    static func dataFiles(_ id: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(data)/\(id)").filter { $0.hasSuffix(".csv") }.sorted()
            .map { "\(data)/\(id)/\($0)" }
    }

    /// The plan of a programme's workbook filled with its sample data, to be written at `path`.
    static func samplePlan(_ id: String, at path: String) throws -> (plan: WorkbookPlan, warnings: [Diagnostic]) {
        try WorkbookMaker.filled(.programme(programme(id)), data: dataFiles(id).map(DataArgument.init),
                                 context: "\(data)/\(id)/konteks.json", workbookPath: path)
    }
}

/// Why an inspection of an .xlsx file failed.
struct XLSXInspectionError: Error, CustomStringConvertible {
    var description: String
}

/// An .xlsx file opened for assertions: its parts taken out with `unzip -p` and parsed with libxml2.
struct XLSXFile {
    let path: String
    /// The folder the file is in, kept as long as the file is inspected.
    var folder: TempFolder?

    init(path: String, in folder: TempFolder? = nil) {
        self.path = path
        self.folder = folder
    }

    /// The text of a part (`xl/workbook.xml`).
    func text(_ part: String) throws -> String {
        let r = try runTool("/usr/bin/unzip", ["-p", path, part])
        guard r.code == 0 else { throw XLSXInspectionError(description: "unzip -p \(path) \(part): \(r.err)") }
        return r.out
    }

    /// A part parsed as XML.
    func xml(_ part: String) throws -> XMLElement {
        let f = TempFolder()
        let p = f.write("part.xml", try text(part))
        return try XMLDocumentReader.read(path: p)
    }

    /// The names of the parts.
    func parts() throws -> [String] {
        let r = try runTool("/usr/bin/zipinfo", ["-1", path])
        guard r.code == 0 else { throw XLSXInspectionError(description: "zipinfo \(path): \(r.err)") }
        return r.out.split(separator: "\n").map(String.init)
    }

    /// The sheets' names in tab order.
    func sheetNames() throws -> [String] {
        try xml("xl/workbook.xml").descendants("sheet").compactMap { $0.attr("name") }
    }

    /// A sheet by name, with the workbook's shared strings and number formats.
    func sheet(_ name: String) throws -> SheetXML {
        let wb = try xml("xl/workbook.xml")
        guard let id = wb.descendants("sheet").first(where: { $0.attr("name") == name })?.attr("id") else {
            throw XLSXInspectionError(description: "no sheet '\(name)' in \(path)")
        }
        let rels = try xml("xl/_rels/workbook.xml.rels").descendants("Relationship")
        guard let target = rels.first(where: { $0.attr("Id") == id })?.attr("Target") else {
            throw XLSXInspectionError(description: "no relationship \(id)")
        }
        let part = "xl/" + target
        let strings = try xml("xl/sharedStrings.xml").descendants("si").map(\.textContent)
        let styles = try xml("xl/styles.xml")
        var codes: [String: String] = ["0": "General", "14": "m/d/yyyy", "49": "@"]
        for f in styles.descendants("numFmt") { if let id = f.attr("numFmtId"), let c = f.attr("formatCode") { codes[id] = c } }
        let xfs = styles.descendants("cellXfs").first?.elements ?? []
        let fonts = styles.descendants("fonts").first?.elements ?? []
        let formats = xfs.map { codes[$0.attr("numFmtId") ?? "0"] ?? "?" }
        let bold = xfs.map { xf in
            let font = Int(xf.attr("fontId") ?? "0") ?? 0
            return font < fonts.count && fonts[font].elements.contains { $0.name == "b" }
        }
        // The comments part, through the sheet's relationships.
        let relsPart = part.replacingOccurrences(of: "worksheets/", with: "worksheets/_rels/") + ".rels"
        var comments: [String: String] = [:]
        if try parts().contains(relsPart) {
            for r in try xml(relsPart).descendants("Relationship") where r.attr("Type")?.hasSuffix("/comments") == true {
                let c = try xml("xl/" + (r.attr("Target") ?? "").replacingOccurrences(of: "../", with: ""))
                for comment in c.descendants("comment") { comments[comment.attr("ref") ?? ""] = comment.textContent }
            }
        }
        return SheetXML(root: try xml(part), strings: strings, formats: formats, bold: bold, comments: comments)
    }
}

/// One sheet's XML, read for assertions.
struct SheetXML {
    let root: XMLElement
    let strings: [String]
    /// Number format code per cell style index.
    let formats: [String]
    /// Bold per cell style index.
    let bold: [Bool]
    /// Comment text by cell reference.
    let comments: [String: String]

    /// A cell: its type attribute, raw value, shown text (shared strings resolved) and format code.
    struct Cell {
        var type: String?
        var raw: String
        var text: String
        var format: String
        var bold: Bool
    }

    var cells: [String: Cell] {
        var out: [String: Cell] = [:]
        for c in root.descendants("c") {
            let style = Int(c.attr("s") ?? "0") ?? 0
            let raw = c.elements.first { $0.name == "v" }?.textContent ?? ""
            let text = c.attr("t") == "s" ? (Int(raw).map { strings[$0] } ?? "") : raw
            out[c.attr("r") ?? ""] = Cell(type: c.attr("t"), raw: raw, text: text,
                                          format: style < formats.count ? formats[style] : "?", bold: style < bold.count && bold[style])
        }
        return out
    }

    /// The texts of row 1, left to right.
    var header: [String] {
        let cells = self.cells
        return (0..<200).compactMap { cells[column($0) + "1"]?.text }
    }

    /// The rows frozen at the top (0: none).
    var frozenRows: Int {
        guard let pane = root.descendants("pane").first, pane.attr("state") == "frozen" else { return 0 }
        return Int(pane.attr("ySplit") ?? "0") ?? 0
    }

    /// The drop-down lists: cells → the quoted list.
    var lists: [(sqref: String, formula: String, errorStyle: String?)] {
        root.descendants("dataValidation").filter { $0.attr("type") == "list" }.map {
            ($0.attr("sqref") ?? "", $0.descendants("formula1").first?.textContent ?? "", $0.attr("errorStyle"))
        }
    }

    /// A column's `<col>` element (1-based column number).
    func col(_ n: Int) -> XMLElement? {
        root.descendants("col").first { Int($0.attr("min") ?? "") == n && Int($0.attr("max") ?? "") == n }
    }

    /// The number format of a column's empty cells (1-based column number).
    func columnFormat(_ n: Int) -> String {
        guard let s = col(n)?.attr("style").flatMap(Int.init), s < formats.count else { return "General" }
        return formats[s]
    }

    /// `A`, `B`, … for a 0-based column.
    func column(_ i: Int) -> String {
        var n = i + 1
        var s = ""
        while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
        return s
    }
}

extension XMLElement {
    /// Every element below this one (and itself) with a local name, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        (self.name == name ? [self] : []) + elements.flatMap { $0.descendants(name) }
    }
}

/// The calendar day of a serial number of the 1900 date system (from 1 March 1900 on).
func civilDate(serial: String) -> CivilDate? {
    Double(serial).map { CivilDate(daysSinceEpoch: Int($0) - 25_569) }
}
