import Cetak
import CetakCore
import CetakPDF
import Foundation

/// A temporary folder of data files written by a test (CSV, JSON, a PNG drawn for the occasion).
struct TestFolder {
    let path: String

    init() { path = makeTemporaryFolder() }

    /// Writes a text file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let p = path + "/" + name
        try text.write(toFile: p, atomically: true, encoding: .utf8)
        return p
    }

    /// Draws a small PNG (a grey square) and returns its path.
    @discardableResult
    func png(_ name: String) throws -> String {
        let p = path + "/" + name
        let frame = Frame(width: 40, height: 40, items: [.rect(RectItem(rect: Rect(x: 5, y: 5, width: 30, height: 30), stroke: 1,
                                                                           fill: Color(0.5, 0.5, 0.5)))])
        try PNGRenderer().write(frame, dpi: 72, to: p)
        return p
    }

    /// Render options for a form over files of this folder.
    func options(_ form: String, data: [String], context: String = "konteks.json") -> RenderOptions {
        var o = RenderOptions(form: form, templates: Repo.templates)
        o.dataFiles = data.map { path + "/" + $0 }
        o.contextFile = path + "/" + context
        o.outDir = path + "/out"
        o.sourceDateEpoch = 0
        return o
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

extension RenderOutcome {
    /// The text of a written document's pages (read back through the plan: the same frames as the PDF).
    static func pages(_ o: RenderOptions, key: String) throws -> String {
        let plan = try RunPlan.make(o)
        guard let item = plan.items.first(where: { $0.key == key }) else { return "" }
        return try plan.layout(item).frames.map(\.text).joined(separator: "\n")
    }
}
