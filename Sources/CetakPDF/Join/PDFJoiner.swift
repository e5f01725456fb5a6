import CetakCore
import Foundation

/// Joins PDFs that cetak wrote (classic cross-reference tables, as cairo writes them) into one
/// file, in the order given, with one top-level bookmark per input. Only what the pages use is
/// copied (objects reachable from the pages); catalogs, outlines and Info dictionaries of the
/// inputs are left behind. The result is written atomically and is the same bytes for the same inputs.
public enum PDFJoiner {
    /// Joins `inputs` (path and bookmark title each) into `path`.
    public static func join(_ inputs: [(path: String, title: String)], to path: String, title: String, creationDate: Int64) throws(PDFError) {
        guard !inputs.isEmpty else { throw PDFError.noPages(path: path) }
        var out: [UInt8] = Array("%PDF-1.5\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = [0]  // index = new object number
        var next = 1
        let pagesRoot = next; next += 1
        var allPages: [Int] = []
        var firstPages: [Int] = []

        func emit(_ number: Int, _ body: [UInt8]) {
            while offsets.count <= number { offsets.append(0) }
            offsets[number] = out.count
            out += Array("\(number) 0 obj\n".utf8)
            out += body
            out += Array("\nendobj\n".utf8)
        }

        for input in inputs {
            let data: [UInt8]
            do { data = try InputFile.read(input.path) } catch { throw PDFError.input(path: input.path, reason: "cannot read the file: \(error.reason)") }
            let pdf = try PDFObjects(bytes: data, path: input.path)
            let pages = try pdf.pages()
            guard !pages.isEmpty else { throw PDFError.input(path: input.path, reason: "the PDF has no pages") }
            // Objects reachable from the pages (not through /Parent), in a fixed order.
            var order: [Int] = []
            var seen = Set<Int>()
            var heads: [Int: PDFObjects.Object] = [:]
            var queue = pages
            while !queue.isEmpty {
                let n = queue.removeFirst()
                guard seen.insert(n).inserted else { continue }
                let o = try pdf.object(n)
                heads[n] = o
                order.append(n)
                var head = Array(o.head)
                // /Parent is rewritten below; don't follow it (object 0 is never in use).
                if pages.contains(n) { head = replaceParent(head, with: 0) }
                for r in ReferenceRewriter.references(in: head) where pdf.offsets[r] != nil && !seen.contains(r) { queue.append(r) }
            }
            var map: [Int: Int] = [:]
            for n in order { map[n] = next; next += 1 }
            for n in order {
                guard let o = heads[n], let new = map[n] else { continue }
                var head = ReferenceRewriter.rewrite(Array(o.head)) { map[$0] ?? $0 }
                if pages.contains(n) {
                    head = replaceParent(head, with: pagesRoot)
                }
                emit(new, head + Array(o.stream))
            }
            let mapped = pages.compactMap { map[$0] }
            firstPages.append(mapped[0])
            allPages += mapped
        }

        // The page tree, the outline with one entry per input, the catalog and the Info.
        let kids = allPages.map { "\($0) 0 R" }.joined(separator: " ")
        emit(pagesRoot, Array("<< /Type /Pages /Kids [ \(kids) ] /Count \(allPages.count) >>".utf8))
        let outlines = next; next += 1
        let items = inputs.indices.map { _ -> Int in defer { next += 1 }; return next }
        emit(outlines, Array("<< /Type /Outlines /First \(items[0]) 0 R /Last \(items[items.count - 1]) 0 R /Count \(items.count) >>".utf8))
        for (k, input) in inputs.enumerated() {
            var d = "<< /Title \(pdfString(input.title)) /Parent \(outlines) 0 R /Dest [ \(firstPages[k]) 0 R /Fit ]"
            if k > 0 { d += " /Prev \(items[k - 1]) 0 R" }
            if k + 1 < items.count { d += " /Next \(items[k + 1]) 0 R" }
            emit(items[k], Array((d + " >>").utf8))
        }
        let catalog = next; next += 1
        emit(catalog, Array("<< /Type /Catalog /Pages \(pagesRoot) 0 R /Outlines \(outlines) 0 R /PageMode /UseOutlines >>".utf8))
        let info = next; next += 1
        let date = pdfDate(creationDate)
        emit(info, Array("<< /Title \(pdfString(title)) /Creator \(pdfString(CetakVersion.producer)) /Producer \(pdfString(CetakVersion.producer)) /CreationDate (\(date)) /ModDate (\(date)) >>".utf8))

        let xref = out.count
        out += Array("xref\n0 \(next)\n0000000000 65535 f \n".utf8)
        for n in 1..<next {
            let o = String(n < offsets.count ? offsets[n] : 0)
            out += Array((String(repeating: "0", count: max(0, 10 - o.count)) + o + " 00000 n \n").utf8)
        }
        out += Array("trailer\n<< /Size \(next) /Root \(catalog) 0 R /Info \(info) 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)

        let file = try AtomicFile(path: path)
        let ok = out.withUnsafeBytes { file.write($0) }
        guard ok else { file.abandon(); throw PDFError.output(path: path, reason: file.writeError ?? "write failed") }
        try file.commit()
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

    /// A PDF text string: ASCII as a literal string, anything else as UTF-16BE hex with a BOM.
    static func pdfString(_ s: String) -> String {
        if s.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var t = ""
            for c in s {
                if c == "(" || c == ")" || c == "\\" { t.append("\\") }
                t.append(c)
            }
            return "(" + t + ")"
        }
        let hex = ([0xFE, 0xFF] + s.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }).map { String(format: "%02X", $0) }.joined()
        return "<" + hex + ">"
    }

    /// `D:YYYYMMDDHHmmSSZ` from epoch seconds.
    static func pdfDate(_ epoch: Int64) -> String {
        let iso = iso8601UTC(epochSeconds: epoch)  // YYYY-MM-DDThh:mm:ssZ
        return "D:" + iso.filter { $0.isNumber } + "Z"
    }
}
