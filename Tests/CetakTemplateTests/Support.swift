@_exported import CetakTestSupport
import CetakCore
import Foundation
@testable import CetakTemplate

/// The repository's `Templates` folder.
let templatesDir = repositoryRoot + "/Templates"

/// The schema shipped with the templates.
var schemaPath: String { (templatesDir as NSString).appendingPathComponent("cetak.rng") }

/// Every `.xml` file under `Templates/`, sorted.
func shippedTemplateFiles() -> [String] {
    guard let e = FileManager.default.enumerator(atPath: templatesDir) else { return [] }
    return e.compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }.sorted()
        .map { (templatesDir as NSString).appendingPathComponent($0) }
}

/// The shipped files whose root is `<form>` (parts are left out).
func shippedFormFiles() -> [String] { shippedTemplateFiles().filter { TemplateLoader.peek(path: $0) != nil } }

/// Loads a template and returns it, or the diagnostics it threw.
func loadTemplate(_ path: String, schema: String? = nil) -> Result<Template, Diagnostics> {
    do { return .success(try TemplateLoader.load(path: path, schema: schema)) } catch { return .failure(error) }
}

/// The errors of loading a template (empty when it loads).
func loadErrors(_ path: String, schema: String? = nil) -> [Diagnostic] {
    switch loadTemplate(path, schema: schema) {
    case .success: return []
    case .failure(let d): return d.errors
    }
}

/// Writes a form with the given body and declarations into `folder` and returns its path.
/// The `<body>` starts on line 5, so the first body element is on line 6.
func writeForm(_ folder: TempFolder, name: String = "form.xml", head: String = "", body: String) -> String {
    let text = """
    <?xml version="1.0" encoding="UTF-8"?>
    <form id="uji" title="Uji">
      <style name="isi" size="10"/>\(head)
      <page paper="a4"/>
      <body>
    \(body)
      </body>
    </form>
    """
    return folder.write(name, text)
}
