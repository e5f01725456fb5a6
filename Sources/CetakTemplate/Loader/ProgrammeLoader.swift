import CetakCore
import Foundation

/// Reads a programme manifest (`<programme id title>` with `<dataset>`s of `<column>`s and a
/// `<context>` of `<key>`s), reporting every problem with file:line.
public struct ProgrammeLoader {
    /// The manifest's file name inside a programme's templates folder.
    public static let fileName = "programme.xml"

    let file: String
    var diags = Diagnostics()

    /// Loads and checks a manifest. `schema` is the path of `cetak.rng` (nil: skip schema validation).
    public static func load(path: String, schema: String? = nil) throws(Diagnostics) -> Programme {
        // Whatever is wrong with a form's files is a problem of the template (exit 2, never a rejected record).
        do throws(Diagnostics) { return try loadChecked(path: path, schema: schema) } catch { throw error.of(.template) }
    }

    private static func loadChecked(path: String, schema: String?) throws(Diagnostics) -> Programme {
        let root = try XMLDocumentReader.read(path: path, schema: schema)
        var loader = ProgrammeLoader(file: path)
        let p = loader.programme(root)
        try loader.diags.throwIfErrors()
        return p
    }

    /// The manifest of the programme whose templates are in `folder` (`Templates/kemitraan`), if it has one.
    public static func path(inFolder folder: String) -> String? {
        let p = (folder as NSString).appendingPathComponent(fileName)
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// The name of the folder a file is in (the working folder's for a bare file name).
    static func folderName(of file: String) -> String {
        var folder = PathText.folder(of: file)
        if folder.isEmpty || folder == "." { folder = FileManager.default.currentDirectoryPath }
        return ((folder as NSString).standardizingPath as NSString).lastPathComponent
    }

    func loc(_ e: XMLElement) -> SourceLocation { SourceLocation(file: file, line: e.line) }

    mutating func absorb(_ r: ElementReader) { for d in r.diags.all { diags.add(d) } }

    mutating func programme(_ root: XMLElement) -> Programme {
        var r = ElementReader(root, file: file, diags: Diagnostics())
        if root.name != "programme" { r.error("the root element is <\(root.name)>, a programme manifest starts with <programme>") }
        r.allow(["id", "title"])
        let id = r.required("id")
        let title = r.string("title") ?? id
        absorb(r)
        // The forms of a folder take their programme from its name (`cetak workbook kemitraan`, the page's
        // workbook link): an id that says otherwise would name a programme no command can find.
        let folder = Self.folderName(of: file)
        if !id.isEmpty, id != folder {
            diags.error(loc(root), "the programme id '\(id)' is not the name of its folder '\(folder)': the forms of that folder belong to programme '\(folder)', so write id=\"\(folder)\" (or rename the folder)")
        }
        var datasets: [ProgrammeDataset] = []
        var context: [ProgrammeField] = []
        for e in root.elements {
            switch e.name {
            case "dataset": datasets.append(dataset(e))
            case "context":
                var cr = ElementReader(e, file: file, diags: Diagnostics())
                cr.allow([])
                absorb(cr)
                for k in e.elements {
                    if k.name == "key" { context.append(field(k)) } else { diags.error(loc(k), "<context> can only contain <key>") }
                }
            default: diags.error(loc(e), "<programme> can only contain <dataset> and <context>")
            }
        }
        unique(datasets.map { ($0.name, $0.location) }, what: "dataset")
        unique(context.map { ($0.name, $0.location) }, what: "context key")
        return Programme(id: id, title: title, file: file, datasets: datasets, context: context)
    }

    mutating func dataset(_ e: XMLElement) -> ProgrammeDataset {
        var r = ElementReader(e, file: file, diags: Diagnostics())
        r.allow(["name", "note"])
        let name = r.required("name").lowercased()
        let note = r.string("note") ?? ""
        absorb(r)
        var columns: [ProgrammeField] = []
        for c in e.elements {
            if c.name == "column" { columns.append(field(c)) } else { diags.error(loc(c), "<dataset> can only contain <column>") }
        }
        if columns.isEmpty { diags.error(loc(e), "dataset '\(name)' has no <column>") }
        unique(columns.map { ($0.name, $0.location) }, what: "column of '\(name)'")
        return ProgrammeDataset(name: name, note: note, columns: columns, location: loc(e))
    }

    /// A `<column>` or a `<key>`: name, type, values, open, note, example.
    mutating func field(_ e: XMLElement) -> ProgrammeField {
        var r = ElementReader(e, file: file, diags: Diagnostics())
        r.allow(["name", "type", "values", "open", "note", "example"])
        let raw = r.required("name")
        let name = e.name == "column" ? raw.lowercased() : raw
        let typeName = r.string("type") ?? "text"
        let type = FieldType(rawValue: typeName)
        if type == nil { r.error("type=\"\(typeName)\" must be \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))") }
        let values = r.string("values").map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        if values.contains(where: \.isEmpty) { r.error("values=\"\(r.string("values") ?? "")\" has an empty choice (separate choices with |)") }
        if values.contains(where: { $0.contains(",") }) { r.error("a choice in values cannot contain a comma (a spreadsheet's drop-down list separates with commas)") }
        if values.joined(separator: ",").count > 255 { r.error("values are longer than the 255 characters a spreadsheet's drop-down list holds") }
        if type == .bool, !values.isEmpty { r.error("a bool \(e.name) takes no values (it is ya or tidak)") }
        let open = r.bool("open") ?? false
        if open, values.isEmpty { r.error("open=\"true\" needs values to suggest") }
        let note = r.required("note")
        let example = r.string("example") ?? ""
        if type == .date, !example.isEmpty, CivilDate.parse(example) == nil {
            r.error("example=\"\(example)\" is not a date (YYYY-MM-DD)")
        }
        if !values.isEmpty, !open, !example.isEmpty, !values.contains(example) {
            r.error("example=\"\(example)\" is not one of the values \(values.joined(separator: "|"))")
        }
        absorb(r)
        return ProgrammeField(name: name, type: type ?? .text, values: values, open: open, note: note, example: example, location: loc(e))
    }

    mutating func unique(_ names: [(String, SourceLocation)], what: String) {
        var seen = Set<String>()
        for (n, l) in names where !seen.insert(n).inserted { diags.error(l, "\(what) '\(n)' is declared twice") }
    }
}
