import Foundation

/// A programme: the forms whose templates share a folder (`Templates/kemitraan/`, `Templates/diklat/`, …),
/// as a clerk picks them — first the programme, then the form.
public struct Programme: Sendable {
    /// The folder's name (`kemitraan`).
    public var id: String
    /// Its name for people (`Program Kemitraan Kepala Sekolah`).
    public var title: String
    /// Its forms, by id.
    public var forms: [FormCatalog.Entry]

    /// The names of the programmes of FORMS.md; another folder is named after itself.
    static let titles = [
        "kemitraan": "Program Kemitraan Kepala Sekolah",
        "diklat": "Diklat Calon Pengawas Sekolah/Madrasah",
        "sekolah-model": "Sekolah Model dan Pola Pengimbasan",
    ]

    /// The programme of a template file: the name of the folder it is in.
    public static func id(ofTemplate path: String) -> String {
        ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    }
}

extension FormCatalog {
    /// The forms grouped by programme, programmes in order of their titles.
    public var programmes: [Programme] {
        var byID: [String: [Entry]] = [:]
        for e in entries { byID[Programme.id(ofTemplate: e.path), default: []].append(e) }
        return byID.map { id, forms in Programme(id: id, title: Programme.titles[id] ?? id, forms: forms) }
            .sorted { $0.title < $1.title }
    }
}
