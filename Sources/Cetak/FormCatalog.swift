import CetakTemplate
import Foundation

/// Finds the form templates: every `*.xml` under the templates folder whose root is `<form id>`.
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
    }

    /// The templates folder.
    public let folder: String
    /// The forms, sorted by id.
    public let entries: [Entry]

    /// Scans a folder.
    public init(folder: String) {
        self.folder = folder
        var list: [Entry] = []
        let fm = FileManager.default
        if let e = fm.enumerator(atPath: folder) {
            let paths = (e.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") }.sorted()
            for rel in paths {
                let path = (folder as NSString).appendingPathComponent(rel)
                if let p = TemplateLoader.peek(path: path) { list.append(Entry(id: p.id, title: p.title, datasets: p.datasets, path: path)) }
            }
        }
        entries = list.sorted { $0.id < $1.id }
    }

    /// The schema file beside the templates, when there is one.
    public var schema: String? { Self.schema(in: folder) }

    /// The schema file `cetak.rng` in a templates folder, when there is one.
    public static func schema(in folder: String) -> String? {
        let p = (folder as NSString).appendingPathComponent("cetak.rng")
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }

    /// The entry of a form id.
    public func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }

    /// Where the templates are: `$CETAK_TEMPLATES`, `./Templates`, or `Templates` beside the executable's package.
    public static func defaultFolder() -> String {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["CETAK_TEMPLATES"], !env.isEmpty { return env }
        if fm.fileExists(atPath: "Templates") { return "Templates" }
        var dir = (CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? "") as NSString
        for _ in 0..<6 {
            dir = dir.deletingLastPathComponent as NSString
            let candidate = dir.appendingPathComponent("Templates")
            if fm.fileExists(atPath: candidate) { return candidate }
        }
        return "Templates"
    }
}
