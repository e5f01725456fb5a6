import CetakCore
import Foundation
@testable import CetakTemplate

/// The repository's `Templates` folder, found from this file's path (following the symlinks of a
/// private test package back to the repository).
let templatesDir: String = {
    let here = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    let repo = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return repo.appendingPathComponent("Templates").path
}()

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

/// A fresh folder under the temporary directory; removed when the value goes away.
final class TempFolder {
    let path: String

    init() {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("cetak-template-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating sub-folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let p = (path as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }
}

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
