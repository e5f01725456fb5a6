import CetakCore
import CetakTemplate
import Foundation

/// A programme as a clerk picks it — first the programme, then the form: the forms whose templates
/// share a folder (`Templates/kemitraan/`), with that folder's manifest (`programme.xml`, CetakTemplate's
/// `Programme`: title, datasets, context keys). One idea of a programme for the CLI, the server and the tests.
public struct ProgrammeForms: Sendable {
    /// The programme's id: the name of its templates folder (`kemitraan`), as its manifest's id.
    public var id: String
    /// The manifest, when the folder has one that loads.
    public var manifest: Programme?
    /// Its forms, by id.
    public var forms: [FormCatalog.Entry]

    /// Its name for people: the manifest's title, else the id.
    public var title: String { manifest?.title ?? id }
}

extension FormCatalog.Entry {
    /// The programme of a form: the name of the folder its template is in (`kemitraan`).
    public var programme: String { (programmeFolder as NSString).lastPathComponent }
    /// The folder the template is in, where its programme's manifest is.
    public var programmeFolder: String { PathText.folder(of: path) }
}

extension FormCatalog {
    /// The forms grouped by programme, each with its manifest (of the first folder of the search that has
    /// one); programmes in order of their titles.
    public var programmes: [ProgrammeForms] {
        var order: [String] = []
        var byID: [String: [Entry]] = [:]
        for e in entries {
            if byID[e.programme] == nil { order.append(e.programme) }
            byID[e.programme, default: []].append(e)
        }
        return order.map { id in
            let forms = byID[id] ?? []
            let manifest = forms.lazy.compactMap { try? self.manifest(of: $0) }.first
            return ProgrammeForms(id: id, manifest: manifest, forms: forms)
        }.sorted { $0.title < $1.title }
    }

    /// The manifest beside a form's template, checked against the schema; nil when the folder has none.
    public func manifest(of entry: Entry) throws(Diagnostics) -> Programme? {
        guard let path = ProgrammeLoader.path(inFolder: entry.programmeFolder) else { return nil }
        return try ProgrammeLoader.load(path: path, schema: schema(for: entry))
    }

    /// A programme of the catalog by id.
    public func programme(_ id: String) -> ProgrammeForms? { programmes.first { $0.id == id } }
}
