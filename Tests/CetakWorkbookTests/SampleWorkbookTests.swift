import Cetak
import CetakCore
import CetakData
import CetakTemplate
import Foundation
import Testing
@testable import CetakWorkbook

/// The sample workbooks of `Data/` (`make workbooks`): up to date, and holding everything the
/// forms read.
@Suite("Sample workbooks")
struct SampleWorkbookTests {
    @Test(arguments: Repo.programmes)
    func theCommittedWorkbookIsWhatTheSampleDataMakes(_ id: String) throws {
        let committed = "\(Repo.data)/\(id)/\(id).xlsx"
        let f = TempFolder()
        let fresh = f.path + "/\(id).xlsx"
        try WorkbookWriter.write(Repo.samplePlan(id, at: committed).plan, to: fresh)
        let a = try Data(contentsOf: URL(fileURLWithPath: committed))
        let b = try Data(contentsOf: URL(fileURLWithPath: fresh))
        #expect(a == b, "\(committed) is not what Data/\(id)/*.csv and konteks.json make: run make workbooks")
    }

    /// Every form of the programme lays out the same pages from the konteks sheet's keys (turned
    /// back into a JSON file) as from the whole konteks.json: the sheet loses nothing a form reads.
    @Test(arguments: Repo.programmes)
    func theKontekSheetKeepsEverythingTheFormsRead(_ id: String) throws {
        let folder = "\(Repo.data)/\(id)"
        let plan = try Repo.samplePlan(id, at: "\(folder)/\(id).xlsx").plan
        let konteks = try #require(plan.sheet("konteks"))
        // The trimmed context beside copies of the sample's images (paths are relative to it).
        let f = TempFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where !name.hasSuffix(".csv") && !name.hasSuffix(".json") && !name.hasSuffix(".xlsx") {
            try FileManager.default.copyItem(atPath: "\(folder)/\(name)", toPath: "\(f.path)/\(name)")
        }
        let trimmed = f.path + "/konteks.json"
        try JSONSerialization.data(withJSONObject: unflatten(konteks.rows), options: [.sortedKeys]).write(to: URL(fileURLWithPath: trimmed))
        let forms = FormCatalog(folder: Repo.templates).entries.filter { ($0.path as NSString).deletingLastPathComponent.hasSuffix("/" + id) }
        #expect(!forms.isEmpty)
        for form in forms {
            var o = RenderOptions(form: form.id, templates: Repo.templates)
            o.dataFiles = form.datasets.map { "\(folder)/\($0).csv" }.filter { FileManager.default.fileExists(atPath: $0) }
            o.contextFile = "\(folder)/konteks.json"
            let whole = try pages(o)
            o.contextFile = trimmed
            let fromSheet = try pages(o)
            #expect(whole.count == fromSheet.count, "\(form.id): \(whole.count) documents, \(fromSheet.count) from the konteks sheet")
            for (a, b) in zip(whole, fromSheet) where a != b {
                Issue.record("\(form.id): the pages differ when the context is the konteks sheet")
                break
            }
        }
    }

    /// Each document's pages as text: every item with its position, images by their bytes.
    func pages(_ o: RenderOptions) throws -> [String] {
        let plan = try RunPlan.make(o)
        return try plan.items.map { item in
            let frames = try plan.layout(item).frames
            return frames.map { frame in
                frame.items.map { item -> String in
                    switch item {
                    case .glyphs(let r): return "g \(r.font) \(r.size) \(r.origin) \(r.text) \(r.glyphs.map(\.id))"
                    case .line(let l): return "l \(l)"
                    case .rect(let r): return "r \(r)"
                    case .image(let i): return "i \(i.rect) \((try? Data(contentsOf: URL(fileURLWithPath: i.path)))?.count ?? -1) \(checksum(i.path))"
                    }
                }.joined(separator: "\n")
            }.joined(separator: "\n---\n")
        }
    }

    func checksum(_ path: String) -> UInt64 {
        guard let d = FileManager.default.contents(atPath: path) else { return 0 }
        return d.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }

    /// The konteks rows as a JSON object: dotted keys nested, numbered items as arrays, dates as
    /// YYYY-MM-DD, empty values left out (as a JSON file without the key).
    func unflatten(_ rows: [[SheetCell]]) -> Any {
        func put(_ value: Any, _ path: ArraySlice<String>, into node: Any?) -> Any {
            guard let head = path.first else { return value }
            if let i = Int(head) {
                var list = node as? [Any] ?? []
                while list.count < i { list.append([String: Any]()) }
                list[i - 1] = put(value, path.dropFirst(), into: list[i - 1])
                return list
            }
            var dict = node as? [String: Any] ?? [:]
            dict[head] = put(value, path.dropFirst(), into: dict[head])
            return dict
        }
        var root: Any = [String: Any]()
        for row in rows {
            guard case .text(let key) = row[0] else { continue }
            let value: Any
            switch row[1] {
            case .empty, .blank: continue
            case .text(let s), .identifier(let s): value = s
            case .number(let n): value = n
            case .date(let d): value = d.description
            }
            root = put(value, ArraySlice(key.split(separator: ".").map(String.init)), into: root)
        }
        return root
    }
}
