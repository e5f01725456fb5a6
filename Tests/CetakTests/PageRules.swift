import Cetak
import CetakCore
import Foundation

/// The page rules of docs/forms.md, checked on laid-out pages (what pagination put on each page): closing
/// matter never alone, signatures with the data rows above them.
enum PageRules {
    /// What breaks the rules in one document's pages, in words (empty when nothing does).
    static func violations(_ frames: [Frame]) -> [String] {
        var out: [String] = []
        var open: Int?   // the last block placed that is not closing matter: what closing matter is kept with
        for (n, page) in frames.enumerated() {
            let blocks = page.content.blocks
            let label = "page \(n + 1) of \(frames.count)"
            if blocks.isEmpty {
                out.append("\(label) holds nothing")
                continue
            }
            // Closing matter and empty rows (a repeated header with empty rows) only.
            if blocks.allSatisfy({ $0.closing || isEmptyRows($0) }) {
                out.append("\(label) holds only closing matter and empty rows: \(describe(blocks))")
            }
            for b in blocks {
                if !b.closing { open = b.element; continue }
                guard case .table(.signatures, _, _, _) = b.kind, let anchor = open else { continue }
                let same = blocks.filter { $0.element == anchor }
                guard let first = same.first else {
                    out.append("\(label): signatures without the block above them (element \(anchor)): \(describe(blocks))")
                    continue
                }
                if case .table(_, _, _, let total) = first.kind, total > 0 {
                    let here = same.reduce(0) { acc, b in if case .table(_, let d, _, _) = b.kind { return acc + d } else { return acc } }
                    if here < min(2, total) {
                        out.append("\(label): signatures with \(here) of the \(total) data rows of the table above: \(describe(blocks))")
                    }
                }
            }
        }
        return out
    }

    /// A table part with no data row (its header and empty rows for handwriting).
    static func isEmptyRows(_ b: PlacedBlock) -> Bool {
        if case .table(.grid, let data, _, _) = b.kind { return data == 0 }
        return false
    }

    /// The blocks of a page, briefly.
    static func describe(_ blocks: [PlacedBlock]) -> String {
        blocks.map { b in
            let mark = b.closing ? "*" : ""
            switch b.kind {
            case .text(let lines): return "\(mark)p\(b.element)[\(lines) lines]"
            case .table(let role, let data, let filler, let total): return "\(mark)\(role)\(b.element)[\(data)/\(total) rows, \(filler) empty]"
            case .other: return "\(mark)atom\(b.element)"
            }
        }.joined(separator: " ")
    }

    /// Render options for a form over a data folder (its `konteks.json` and every dataset it has), or blank.
    static func options(_ form: String, folder: String?) -> RenderOptions {
        var o = RenderOptions(form: form, templates: Repo.templates)
        guard let folder else { o.blank = true; return o }
        let entry = FormCatalog(folder: Repo.templates).entry(form)
        for ds in entry?.datasets ?? [] {
            for ext in ["csv", "json"] where FileManager.default.fileExists(atPath: "\(folder)/\(ds).\(ext)") {
                o.dataFiles.append("\(folder)/\(ds).\(ext)")
                break
            }
        }
        o.contextFile = folder + "/konteks.json"
        return o
    }

    /// The programme folder name of a form (`kemitraan`, `diklat`, `sekolah-model`).
    static func program(_ form: String) -> String {
        guard let path = FormCatalog(folder: Repo.templates).entry(form)?.path else { return "" }
        return ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
    }
}
