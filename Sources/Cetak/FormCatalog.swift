import CetakCore
import CetakTemplate
import Foundation

/// Finds the form templates: every `*.xml` under the templates folders whose root is `<form id>`.
/// With several folders (see `TemplateSearch`), a form of an earlier folder wins over one of the
/// same id in a later folder, and the pair is kept in `overrides` so that cetak can say which is used.
public struct FormCatalog: Sendable {
    /// One form.
    public struct Entry: Sendable {
        /// Form id.
        public var id: String
        /// Official title.
        public var title: String
        /// Datasets it reads.
        public var datasets: [String]
        /// Template file.
        public var path: String
        /// The templates folder it was found in.
        public var folder: String = ""
    }

    /// A form of one folder used instead of the form of the same id in a later folder.
    public struct Override: Sendable {
        /// The form that is used.
        public var used: Entry
        /// The form of the same id that is not.
        public var hidden: Entry
        /// Says which one is used.
        public var note: String { "note: form '\(used.id)': \(used.path) is used, not \(hidden.path)" }
    }

    /// The folders, the one whose forms win first.
    public let folders: [String]
    /// The forms, sorted by id.
    public let entries: [Entry]
    /// Same-id forms: which one is used, which one is not.
    public let overrides: [Override]

    /// The first (or only) templates folder.
    public var folder: String { folders.first ?? "" }

    /// Scans a folder.
    public init(folder: String) { self.init(folders: [folder]) }

    /// Scans folders; a form id found in an earlier folder hides the same id in a later one.
    public init(folders: [String]) {
        self.folders = folders
        var byId: [String: Entry] = [:]
        var overrides: [Override] = []
        for folder in folders {
            for e in Self.scan(folder) {
                if let used = byId[e.id] { overrides.append(Override(used: used, hidden: e)) } else { byId[e.id] = e }
            }
        }
        entries = byId.values.sorted { $0.id < $1.id }
        self.overrides = overrides.sorted { $0.used.id < $1.used.id }
    }

    static func scan(_ folder: String) -> [Entry] {
        guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
        var list: [Entry] = []
        let paths = (e.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") }.sorted()
        for rel in paths {
            let path = (folder as NSString).appendingPathComponent(rel)
            if let p = TemplateLoader.peek(path: path), !list.contains(where: { $0.id == p.id }) {
                list.append(Entry(id: p.id, title: p.title, datasets: p.datasets, path: path, folder: folder))
            }
        }
        return list
    }

    /// The schema beside the templates: of the folder an entry comes from, else of the first folder
    /// that has one (the built-in forms' `cetak.rng` checks local forms too).
    public func schema(for entry: Entry? = nil) -> String? {
        if let entry, let own = Self.schema(in: entry.folder) { return own }
        return folders.lazy.compactMap(Self.schema(in:)).first
    }

    /// The schema of the folders (see `schema(for:)`).
    public var schema: String? { schema(for: nil) }

    /// The schema file `cetak.rng` in a templates folder, when there is one.
    public static func schema(in folder: String) -> String? {
        let p = (folder as NSString).appendingPathComponent("cetak.rng")
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// The entry of a form id.
    public func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }

    /// The message for a form id that is not in the catalog, with the closest ids.
    public func unknown(_ id: String) -> String {
        let ids = entries.map(\.id)
        if ids.isEmpty {
            return "unknown form '\(id)': no form templates in \(folders.isEmpty ? "any folder" : folders.joined(separator: ", ")) (give --templates DIR or set CETAK_TEMPLATES)"
        }
        return "unknown form '\(id)'\(Spelling.didYouMean(id, among: ids)); `cetak list` shows the \(ids.count) forms"
    }
}
