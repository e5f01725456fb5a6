import Cetak
import CetakTemplate
import Foundation

/// The forms as `GET /api/forms` lists them (docs/cli.md: id, title, datasets) with what the page needs
/// besides: the programme, the context keys to show as fields, the switches. Read once at start.
struct FormList: Encodable, Sendable {
    /// A context key the form reads: a field on the page.
    struct Key: Encodable, Sendable {
        var key: String
        var type: String
        var required: Bool
    }
    /// A switch of the form (`petunjuk`): a check box on the page.
    struct Switch: Encodable, Sendable {
        var name: String
        var `default`: Bool
    }
    /// One form.
    struct Form: Encodable, Sendable {
        var id: String
        var title: String
        var datasets: [String]
        var programme: String
        var context: [Key]
        var switches: [Switch]
        /// The template file (not sent).
        var path: String

        enum CodingKeys: String, CodingKey { case id, title, datasets, programme, context, switches }
    }
    /// One programme and its forms' ids.
    struct ProgrammeEntry: Encodable, Sendable {
        var id: String
        var title: String
        var forms: [String]
        /// True when it has a manifest (`programme.xml`), so a workbook to fill in (`GET /api/workbook`).
        var workbook: Bool
    }

    var forms: [Form]
    var programmes: [ProgrammeEntry]

    /// Reads every template of the catalog (a template that does not load is listed without its keys).
    init(catalog: FormCatalog) {
        forms = catalog.entries.map { e in
            let t = try? TemplateLoader.load(path: e.path, schema: catalog.schema(for: e))
            return Form(id: e.id, title: e.title, datasets: e.datasets, programme: e.programme,
                        context: t?.contextKeys.map { Key(key: $0.path, type: $0.type.rawValue, required: $0.required) } ?? [],
                        switches: t?.options.keys.sorted().map { Switch(name: $0, default: t?.options[$0] ?? true) } ?? [],
                        path: e.path)
        }
        programmes = catalog.programmes.map {
            ProgrammeEntry(id: $0.id, title: $0.title, forms: $0.forms.map(\.id), workbook: $0.manifest != nil)
        }
    }

    /// The form of an id.
    func form(_ id: String) -> Form? { forms.first { $0.id == id } }

    /// True when a programme of that id, or the programme of a form of that id, has a workbook to fill in.
    func hasWorkbook(_ id: String) -> Bool {
        let programme = programmes.first { $0.id == id } ?? form(id).flatMap { f in programmes.first { $0.id == f.programme } }
        return programme?.workbook == true
    }
}
