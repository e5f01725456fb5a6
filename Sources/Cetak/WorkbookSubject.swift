import CetakCore
import CetakTemplate
import CetakWorkbook
import Foundation

extension FormCatalog {
    /// What `cetak workbook NAME` (and the page's "Unduh contoh workbook") covers: a programme's every
    /// dataset and context key (`Templates/<name>/programme.xml`), or one form's, from the manifest beside
    /// its template. An unknown name is an error listing the programmes.
    public func workbookScope(_ name: String) throws(Diagnostics) -> WorkbookScope {
        if let p = programme(name) {
            for e in p.forms { if let manifest = try manifest(of: e) { return .programme(manifest) } }
        }
        guard let entry = entry(name) else {
            let known = programmes.filter { $0.manifest != nil }.map(\.id).sorted()
            throw Diagnostics([Diagnostic(.usage, "'\(name)' is neither a programme (\(known.joined(separator: ", "))) nor a form id (see cetak list)")])
        }
        let template = try TemplateLoader.load(path: entry.path, schema: schema(for: entry))
        guard let manifest = try manifest(of: entry) else {
            throw Diagnostics([Diagnostic(.error, .usage, at: SourceLocation(file: entry.path), "form '\(name)' has no \(ProgrammeLoader.fileName) beside it")])
        }
        return try .form(template, in: manifest)
    }
}
