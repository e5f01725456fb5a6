import CetakCore
import Foundation

/// Joins PDFs that cetak wrote (classic cross-reference tables, as cairo writes them) into one
/// PDF/A-2b file, in the order given, with one top-level bookmark per input (`PDFJoinWriter`).
/// The result is written atomically and is the same bytes for the same inputs.
public enum PDFJoiner {
    /// Joins `inputs` (path and bookmark title each) into `path`. Each input is read and every object its
    /// pages use parsed before any of it is written, and the file is opened only once the first input has
    /// been, so a damaged first input is named before anything is said about the output; on any error
    /// nothing is written.
    public static func join(_ inputs: [(path: String, title: String)], to path: String, title: String, creationDate: Int64) throws(Diagnostic) {
        guard !inputs.isEmpty else { throw Diagnostic.noPages(path: path) }
        var writer: PDFJoinWriter?
        for input in inputs {
            let data: [UInt8]
            do { data = try InputFile.read(input.path) } catch { throw Diagnostic.input(path: input.path, reason: "cannot read the file: \(error.message)") }
            let pdf = try PDFObjects(bytes: data, path: input.path)
            let collected = try PDFJoinWriter.collect(pdf, pages: try pdf.pages())
            let w: PDFJoinWriter
            if let open = writer { w = open } else { w = try PDFJoinWriter(path: path); writer = w }
            try w.append(collected, bookmarks: [(input.title, 0)])
        }
        try writer?.finish(metadata: PDFMetadata(title: title, creationDate: creationDate))
    }

    /// A page dictionary with its /Parent pointing at `parent`.
    static func replaceParent(_ head: [UInt8], with parent: Int) -> [UInt8] {
        guard let p = PDFScan.index(of: "/Parent", in: head, from: 0, to: head.count),
              let n = PDFScan.integer(head, PDFScan.skipSpace(head, p + 7)),
              let g = PDFScan.integer(head, PDFScan.skipSpace(head, n.end)) else { return head }
        let r = PDFScan.skipSpace(head, g.end)
        guard r < head.count, head[r] == UInt8(ascii: "R") else { return head }
        var out = Array(head[..<p])
        out += Array("/Parent \(parent) 0 R".utf8)
        out += head[(r + 1)...]
        return out
    }
}
