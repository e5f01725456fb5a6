import CetakCore
import Foundation

/// Turns a template file into a `Template`, validating it against the RELAX NG schema when one is
/// given, and reporting every problem with file:line.
public struct TemplateLoader {
    let file: String
    var diags = Diagnostics()
    /// Named styles seen so far (to check references).
    var styleNames: Set<String> = []
    /// Files being included (to stop an include cycle).
    var including: Set<String> = []
    /// The parts included so far, in the order read (each time it is included).
    var parts: [String] = []
    /// At most this many parts are read for one template, counted over every level: parts that include
    /// parts several times each would otherwise multiply (two includes of two of two … is 2^depth).
    static let maxIncludes = 200

    /// Loads and checks a template. `schema` is the path of `cetak.rng` (nil: skip schema validation).
    ///
    /// Both the loader and the schema look at the file; where both find something on a line, the
    /// loader's message (in our words, naming the attribute and the values it takes) is the one given.
    public static func load(path: String, schema: String? = nil) throws(Diagnostics) -> Template {
        // Whatever is wrong with a form's files is a problem of the template (exit 2, never a rejected record).
        do throws(Diagnostics) { return try loadChecked(path: path, schema: schema) } catch { throw error.of(.template) }
    }

    private static func loadChecked(path: String, schema: String?) throws(Diagnostics) -> Template {
        let root = try XMLDocumentReader.read(path: path)
        var loader = TemplateLoader(file: path)
        let t = loader.form(root)
        var problems = loader.diags.all
        if let schema {
            // The loader's message wins on its line; a schema finding with no line only echoes one of the loader's.
            let ours = problems.filter { $0.severity == .error && $0.location?.file == path }
            let lines = Set(ours.map { $0.location?.line })
            problems += XMLDocumentReader.validate(path: path, schema: schema).filter {
                !lines.contains($0.location?.line) && !(($0.location?.line ?? 0) == 0 && !ours.isEmpty)
            }
        }
        let found = Diagnostics(problems.enumerated().sorted { a, b in
            let (la, lb) = (a.element.location?.line ?? 0, b.element.location?.line ?? 0)
            return (a.element.location?.file == path ? 0 : 1, la, a.offset) < (b.element.location?.file == path ? 0 : 1, lb, b.offset)
        }.map(\.element))
        try found.throwIfErrors()
        guard var t else { throw found }
        t.parts = loader.parts
        return t
    }

    /// Reads just the id and title of a template (for `cetak list`), or nil when it is not a form.
    public static func peek(path: String) -> (id: String, title: String, datasets: [String])? {
        guard let root = try? XMLDocumentReader.read(path: path), root.name == "form", let id = root.attr("id") else { return nil }
        let ds = root.elements.filter { $0.name == "data" }.compactMap { $0.attr("name") }
        return (DocumentKey.safe(id), root.attr("title") ?? id, ds)
    }

    init(file: String) { self.file = file }

    func loc(_ e: XMLElement) -> SourceLocation { SourceLocation(file: file, line: e.line) }

    mutating func reader(_ e: XMLElement) -> ElementReader { ElementReader(e, file: file, diags: Diagnostics()) }

    mutating func absorb(_ r: ElementReader) { for d in r.diags.all { diags.add(d) } }

    mutating func form(_ root: XMLElement) -> Template? {
        guard root.name == "form" else {
            diags.error(loc(root), "the root element is <\(root.name)>, a template starts with <form>")
            return nil
        }
        var r = reader(root)
        r.allow(["id", "title"])
        // The id names the output folder (DIR/<form-id>/): made safe like a document key, so that
        // id="../../x" cannot lead outside --out.
        let rawID = r.required("id")
        let id = rawID.isEmpty ? rawID : DocumentKey.safe(rawID)
        let title = r.string("title") ?? id
        absorb(r)
        for s in root.elements where s.name == "style" { if let n = s.attr("name") { styleNames.insert(n) } }

        var datasets: [DatasetDecl] = []
        var keys: [ContextKeyDecl] = []
        var documents: DocumentsDecl?
        var page = PageDecl(paper: .a4, landscape: false, margin: (Units.mm(20), Units.mm(20), Units.mm(20), Units.mm(25)), border: nil)
        var styles: [StyleDecl] = []
        var header: [Node] = [], footer: [Node] = [], body: [Node] = []
        var options: [String: Bool] = [:]
        for e in root.elements {
            switch e.name {
            case "data": datasets.append(dataset(e))
            case "context":
                var r = reader(e); r.allow([]); absorb(r)
                keys += contextKeys(e)
            case "documents": documents = self.documents(e)
            case "page": page = self.page(e)
            case "style": styles.append(style(e))
            case "option":
                var r = reader(e); r.allow(["name", "default"])
                options[r.required("name")] = r.bool("default") ?? true
                absorb(r)
            case "header": header = container(e)
            case "footer": footer = container(e)
            case "body": body = container(e)
            default: diags.error(loc(e), "<form> cannot contain <\(e.name)>")
            }
        }
        let docs = documents ?? DocumentsDecl(source: nil, itemName: "item", groupBy: [], rowsName: "rows", sort: [],
                                              key: Interpolation([.text(id)]), title: nil, lets: [], skips: [], warnings: [],
                                              location: loc(root))
        return Template(id: id, title: title, file: file, datasets: datasets, contextKeys: keys, documents: docs, page: page,
                        styles: styles, header: header, footer: footer, body: body, options: options, location: loc(root))
    }

    /// A header, footer or body: content elements only.
    mutating func container(_ e: XMLElement) -> [Node] {
        var r = reader(e); r.allow([]); absorb(r)
        for c in e.children {
            if case .text(let t) = c, !t.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                diags.error(loc(e), "text directly inside <\(e.name)> is not printed: put it in a <p>")
            }
        }
        return nodes(e.elements)
    }

    mutating func dataset(_ e: XMLElement) -> DatasetDecl {
        var r = reader(e)
        r.allow(["name", "key", "required"])
        let name = r.required("name").lowercased()
        let key = r.string("key")?.lowercased()
        let required = r.bool("required") ?? true
        absorb(r)
        var columns: [ColumnDecl] = []
        var derives: [LetDecl] = []
        var unique: [[String]] = []
        var warnings: [WarnDecl] = []
        for c in e.elements {
            var cr = reader(c)
            switch c.name {
            case "column":
                cr.allow(["name", "type", "optional", "min", "max", "ref"])
                let n = cr.required("name").lowercased()
                let t = ValueType(rawValue: cr.string("type") ?? "text")
                if t == nil { cr.error("type=\"\(cr.string("type") ?? "")\" must be text, date, number, bool or nip") }
                let bound = { (attr: String) -> Decimal? in c.attr(attr).flatMap(DecimalText.parse) }
                if c.attr("min") != nil && bound("min") == nil { cr.error("min must be a number") }
                if c.attr("max") != nil && bound("max") == nil { cr.error("max must be a number") }
                columns.append(ColumnDecl(name: n, type: t ?? .text, required: !(cr.bool("optional") ?? false),
                                          min: bound("min"), max: bound("max"), ref: cr.string("ref")?.lowercased()))
            case "derive":
                cr.allow(["name", "value"])
                derives.append(LetDecl(name: cr.required("name").lowercased(), value: cr.requiredExpr("value"), location: loc(c)))
            case "unique":
                cr.allow(["columns"])
                let names = cr.required("columns").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if names.contains(where: \.isEmpty) { cr.error("columns must be column names separated by commas") }
                unique.append(names)
            case "warn":
                warnings.append(warn(&cr, c))
            default:
                cr.error("<data> can only contain <column>, <derive>, <unique> and <warn>")
            }
            absorb(cr)
        }
        var d = DatasetDecl(name: name, key: key, columns: columns, derives: derives, required: required, location: loc(e))
        d.unique = unique
        d.warnings = warnings
        return d
    }

    mutating func contextKeys(_ e: XMLElement) -> [ContextKeyDecl] {
        var out: [ContextKeyDecl] = []
        for k in e.elements {
            guard k.name == "key" else { diags.error(loc(k), "<context> can only contain <key>"); continue }
            var r = reader(k)
            r.allow(["name", "type", "optional", "values", "min", "max"])
            let n = r.required("name")
            let t = ValueType(rawValue: r.string("type") ?? "text")
            if t == nil { r.error("type must be text, date, number or bool") }
            var decl = ContextKeyDecl(path: n, type: t ?? .text, required: !(r.bool("optional") ?? false), location: loc(k))
            decl.values = r.string("values").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            for bound in ["min", "max"] where k.attr(bound) != nil {
                guard let v = k.attr(bound).flatMap(DecimalText.parse) else { r.error("\(bound) must be a number"); continue }
                if bound == "min" { decl.min = v } else { decl.max = v }
            }
            out.append(decl)
            absorb(r)
        }
        return out
    }

    mutating func documents(_ e: XMLElement) -> DocumentsDecl {
        var r = reader(e)
        r.allow(["source", "as", "group-by", "rows", "sort", "key", "title", "author", "seq-by"])
        let source = r.expr("source")
        let key = r.interpolation("key") ?? Interpolation([.text("dokumen")])
        if e.attr("key") == nil { r.error("<documents> needs the attribute 'key' (the file name of each document)") }
        var d = DocumentsDecl(source: source, itemName: r.string("as") ?? "item", groupBy: r.exprList("group-by"),
                              rowsName: r.string("rows") ?? "rows", sort: r.sortKeys("sort"), key: key,
                              title: r.interpolation("title"), lets: [], skips: [], warnings: [], location: loc(e))
        d.seqBy = r.expr("seq-by")
        d.author = r.interpolation("author")
        absorb(r)
        var out = d
        for c in e.elements {
            var cr = reader(c)
            switch c.name {
            case "let":
                cr.allow(["name", "value"])
                out.lets.append(LetDecl(name: cr.required("name"), value: cr.requiredExpr("value"), location: loc(c)))
            case "skip":
                cr.allow(["when", "reason"])
                out.skips.append(SkipDecl(when: cr.requiredExpr("when"), reason: cr.interpolation("reason") ?? Interpolation([]), location: loc(c)))
            case "warn":
                out.warnings.append(warn(&cr, c))
            case "reject":
                cr.allow(["when", "message", "at"])
                out.rejects.append(RejectDecl(when: cr.requiredExpr("when"), message: cr.interpolation("message") ?? Interpolation([]),
                                              at: cr.expr("at"), location: loc(c)))
            default: cr.error("<documents> can only contain <let>, <reject>, <skip> and <warn>")
            }
            absorb(cr)
        }
        return out
    }

    /// `<warn when message group>`, in `<documents>` (per document) or `<data>` (per record).
    func warn(_ cr: inout ElementReader, _ c: XMLElement) -> WarnDecl {
        cr.allow(["when", "message", "group"])
        var w = WarnDecl(when: cr.requiredExpr("when"), message: cr.interpolation("message") ?? Interpolation([]), location: loc(c))
        w.group = cr.string("group")
        return w
    }

    mutating func page(_ e: XMLElement) -> PageDecl {
        var r = reader(e)
        r.allow(["paper", "orientation", "margin", "border"])
        let paperName = r.string("paper") ?? "a4"
        let paper = Paper(rawValue: paperName.lowercased())
        if paper == nil { r.error("paper=\"\(paperName)\" must be a4, f4 or letter") }
        let o = r.string("orientation") ?? "portrait"
        if o != "portrait" && o != "landscape" { r.error("orientation must be portrait or landscape") }
        let margin = r.box("margin") ?? (Units.mm(20), Units.mm(20), Units.mm(20), Units.mm(25))
        var border: PageBorder?
        if let b = r.string("border") {
            if b == "double" { border = PageBorder(inset: Units.mm(8), outer: 3, inner: 0.8, gap: 2.5) }
            else if b == "single" { border = PageBorder(inset: Units.mm(8), outer: 1, inner: 0, gap: 0) }
            else if b != "none" { r.error("border must be none, single or double") }
        }
        absorb(r)
        return PageDecl(paper: paper ?? .a4, landscape: o == "landscape", margin: margin, border: border, location: loc(e))
    }

    mutating func style(_ e: XMLElement) -> StyleDecl {
        var r = reader(e)
        r.allow(["name", "parent", "font", "fallback", "size", "bold", "italic", "underline", "align", "line-height", "space-before", "space-after"])
        let parent = r.string("parent")
        if let p = parent, !styleNames.contains(p) { r.error("parent style '\(p)' is not declared") }
        let s = StyleDecl(name: r.required("name"), parent: parent, family: r.string("font"),
                          fallbacks: r.string("fallback").map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } },
                          size: r.number("size"), bold: r.bool("bold"), italic: r.bool("italic"), underline: r.bool("underline"),
                          align: r.align(), lineHeight: r.number("line-height"), spaceBefore: r.space("space-before"),
                          spaceAfter: r.space("space-after"), location: loc(e))
        absorb(r)
        return s
    }

    mutating func checkStyle(_ name: String?, at e: XMLElement) {
        if let n = name, !styleNames.contains(n) { diags.error(loc(e), "style '\(n)' is not declared (add <style name=\"\(n)\" .../>)") }
    }
}
