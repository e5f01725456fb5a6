import CetakCore

/// What `xl/workbook.xml` and its relationships say: the sheets (name and part) and the date system.
struct WorkbookIndex {
    /// A sheet: its name as shown on the tab and the path of its part in the package.
    struct Sheet {
        let name: String
        let part: String
    }

    /// The sheets, in tab order.
    var sheets: [Sheet] = []
    /// True when dates count from 1904-01-01 (`workbookPr date1904`), as old Mac workbooks do.
    var date1904 = false
    /// True when LibreOffice Calc wrote the workbook (its date numbers before March 1900 are its own, `SerialDate`).
    var writtenByCalc = false
    /// The shared strings part, when there is one.
    var sharedStrings: String?
    /// The styles part, when there is one.
    var styles: String?

    /// Reads the index of a package.
    static func read(_ archive: WorkbookArchive) throws(Diagnostics) -> WorkbookIndex {
        let workbookPart = try mainPart(archive)
        let book = BookHandler()
        try archive.parse(workbookPart, with: book)
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPart.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let rels = RelationshipsHandler()
        if archive.has(relsPath) { try archive.parse(relsPath, with: rels) }
        var index = WorkbookIndex()
        index.date1904 = book.date1904
        index.writtenByCalc = book.application == "Calc"
        for (name, id) in book.sheets {
            guard let target = rels.targets[id] else {
                throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: archive.file, sheet: name),
                    "the workbook names no part for this sheet: save it again with Excel or LibreOffice")])
            }
            index.sheets.append(Sheet(name: name, part: resolve(target, in: folder)))
        }
        index.sharedStrings = rels.byType["sharedStrings"].map { resolve($0, in: folder) }
        index.styles = rels.byType["styles"].map { resolve($0, in: folder) }
        return index
    }

    /// The workbook part: named by the package's relationships, else the usual `xl/workbook.xml`.
    static func mainPart(_ archive: WorkbookArchive) throws(Diagnostics) -> String {
        if archive.has("_rels/.rels") {
            let rels = RelationshipsHandler()
            try archive.parse("_rels/.rels", with: rels)
            if let t = rels.byType["officeDocument"] { return resolve(t, in: "") }
        }
        guard archive.has("xl/workbook.xml") else {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: archive.file),
                "is a ZIP file but not an Excel workbook (no xl/workbook.xml): save it as an Excel Workbook (.xlsx)")])
        }
        return "xl/workbook.xml"
    }

    /// A relationship target as a package path: relative to the folder of its source, or absolute with `/`.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { _ = parts.popLast() } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }
}

/// `<sheet name r:id>` and `<workbookPr date1904>` of workbook.xml.
private final class BookHandler: XMLStreamHandler {
    var sheets: [(name: String, id: String)] = []
    var date1904 = false
    var application: String?

    override func start(_ e: XMLStart) {
        if e.name.is("fileVersion") {
            application = e.attribute("appName")
        } else if e.name.is("sheet"), let name = e.attribute("name"), let id = e.attribute("id") {
            sheets.append((name, id))
        } else if e.name.is("workbookPr"), let v = e.attribute("date1904") {
            date1904 = v == "1" || v.lowercased() == "true"
        }
    }
}

/// `<Relationship Id Type Target>` of a .rels part.
private final class RelationshipsHandler: XMLStreamHandler {
    var targets: [String: String] = [:]
    /// The last segment of the type URI (`worksheet`, `sharedStrings`, `styles`, `officeDocument`) → target.
    var byType: [String: String] = [:]

    override func start(_ e: XMLStart) {
        guard e.name.is("Relationship"), let id = e.attribute("Id"), let target = e.attribute("Target") else { return }
        if e.attribute("TargetMode") == "External" { return }
        targets[id] = target
        if let type = e.attribute("Type"), let last = type.split(separator: "/").last, byType[String(last)] == nil {
            byType[String(last)] = target
        }
    }
}
