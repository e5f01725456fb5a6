import CetakCore

/// Writes one PDF/A-2b file from the pages of other PDFs (files cetak wrote, or parts cairo drew in
/// memory), in the order they are appended, streaming: each input's pages and what they use are
/// renumbered and written at once, so memory holds one input at a time, not the result.
///
/// Only what the pages use is copied (objects reachable from the pages, not through `/Parent`);
/// catalogs, outlines and Info dictionaries of the inputs are left behind. The file gets one page
/// tree, an outline with the bookmarks given, and the PDF/A parts of `PDFArchival` (fonts get their
/// `CIDToGIDMap` on the way). Same inputs, same bytes. Not thread-safe.
final class PDFJoinWriter {
    private let out: PDFOutput
    /// Offsets by object number (index), none for object 0 and until written; object 1 is the page
    /// tree, written last.
    private var offsets = ObjectOffsets()
    /// The page objects, in order (32 bits each, as `OutlineEntries` keeps them).
    private var pages: [UInt32] = []
    private var outline = OutlineEntries()
    private var finished = false

    /// Starts the file at `path` (written under a temporary name until `finish`; with the run's `files`,
    /// never renamed over one of its inputs or outputs).
    init(path: String, files: RunFiles? = nil) throws(Diagnostic) {
        out = try PDFOutput(path: path, files: files)
        offsets.append(nil)
        offsets.append(nil)
        do throws(Diagnostic) {
            try out.write([UInt8]("%PDF-1.5\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3] + [0x0A])
        } catch {
            out.abandon()
            throw error
        }
    }

    deinit { if !finished { out.abandon() } }

    private static let pageTree = 1

    /// Makes room for the pages and bookmarks of `documents` documents of a page or more each.
    func reserve(documents: Int) {
        pages.reserveCapacity(documents)
        outline.reserve(documents)
    }

    /// Appends every page of the PDF in `bytes` (`source` names it in messages); each bookmark is a
    /// title and the index of the page it points to, among this PDF's pages.
    func append(_ bytes: [UInt8], source: String, bookmarks: [(title: String, page: Int)]) throws(Diagnostic) {
        let pdf: PDFObjects, pages: [Int]
        do throws(Diagnostic) {
            pdf = try PDFObjects(bytes: bytes, path: source)
            pages = try pdf.pages()
        } catch {
            out.abandon()
            finished = true
            throw error
        }
        try append(pdf, pages: pages, bookmarks: bookmarks)
    }

    /// The pages of one input and every object they use (reachable from them, not through `/Parent`),
    /// in a fixed order: read and checked before anything of them is written.
    struct Collected {
        let pdf: PDFObjects
        let pages: [Int]
        let order: [Int]
        let heads: [Int: PDFObjects.Object]
    }

    /// Reads the pages `pageNumbers` (object numbers, in order) of the parsed PDF `pdf` and what they use.
    static func collect(_ pdf: PDFObjects, pages pageNumbers: [Int]) throws(Diagnostic) -> Collected {
        guard !pageNumbers.isEmpty else { throw Diagnostic.input(path: pdf.path, reason: "the PDF has no pages") }
        let isPage = Set(pageNumbers)
        var order: [Int] = []
        var heads: [Int: PDFObjects.Object] = [:]
        var queue = pageNumbers
        var next = 0
        while next < queue.count {
            let n = queue[next]
            next += 1
            guard heads[n] == nil else { continue }
            let o = try pdf.object(n)
            heads[n] = o
            order.append(n)
            // /Parent is rewritten below; don't follow it (object 0 is never in use).
            let head = isPage.contains(n) ? PDFJoiner.replaceParent(Array(o.head), with: 0) : Array(o.head)
            for r in ReferenceRewriter.references(in: head) where pdf.offsets[r] != nil && heads[r] == nil { queue.append(r) }
        }
        return Collected(pdf: pdf, pages: pageNumbers, order: order, heads: heads)
    }

    /// Appends the pages `pageNumbers` (object numbers, in order) of the parsed PDF `pdf`.
    func append(_ pdf: PDFObjects, pages pageNumbers: [Int], bookmarks: [(title: String, page: Int)]) throws(Diagnostic) {
        let collected: Collected
        do throws(Diagnostic) { collected = try Self.collect(pdf, pages: pageNumbers) } catch {
            out.abandon()
            finished = true
            throw error
        }
        try append(collected, bookmarks: bookmarks)
    }

    /// Appends the pages of one input, renumbered.
    func append(_ input: Collected, bookmarks: [(title: String, page: Int)]) throws(Diagnostic) {
        do throws(Diagnostic) {
            let isPage = Set(input.pages)
            var map: [Int: Int] = [:]
            for n in input.order { map[n] = offsets.count; offsets.append(nil) }
            for n in input.order {
                guard let o = input.heads[n], let new = map[n] else { continue }
                var head = ReferenceRewriter.rewrite(Array(o.head)) { map[$0] ?? $0 }
                if isPage.contains(n) { head = PDFJoiner.replaceParent(head, with: Self.pageTree) }
                if o.stream.isEmpty { head = PDFArchival.withCIDToGIDMap(head) }
                offsets[new] = out.offset
                try out.write("\(new) 0 obj")
                try out.write(head)
                try out.write(o.stream)
                try out.write("\nendobj\n")
            }
            let mapped = input.pages.compactMap { map[$0] }
            for b in bookmarks where mapped.indices.contains(b.page) { outline.append(title: b.title, page: mapped[b.page]) }
            pages += mapped.lazy.map { UInt32($0) }
        } catch {
            out.abandon()
            finished = true
            throw error
        }
    }

    /// Writes the page tree, outline, catalog, Info, metadata and trailer, and renames the file into place.
    func finish(metadata: PDFMetadata) throws(Diagnostic) {
        guard !finished else { throw Diagnostic.closed(path: out.path) }
        finished = true
        do throws(Diagnostic) {
            guard !pages.isEmpty else { throw Diagnostic.noPages(path: out.path) }
            let info = PDFArchival.Info(metadata)
            func emit(_ body: [UInt8]) throws(Diagnostic) -> Int {
                let n = offsets.count
                offsets.append(out.offset)
                try out.write("\(n) 0 obj\n")
                try out.write(body)
                try out.write("\nendobj\n")
                return n
            }
            offsets[Self.pageTree] = out.offset
            try out.write("\(Self.pageTree) 0 obj\n<< /Type /Pages /Kids [")
            for (k, p) in pages.enumerated() { try out.write(k % 10 == 0 ? "\n\(p) 0 R" : " \(p) 0 R") }
            try out.write(" ] /Count \(pages.count) >>\nendobj\n")
            var catalog = "<< /Type /Catalog /Pages \(Self.pageTree) 0 R"
            if !outline.isEmpty {
                let root = offsets.count, first = root + 1, last = root + outline.count
                _ = try emit(Array("<< /Type /Outlines /First \(first) 0 R /Last \(last) 0 R /Count \(outline.count) >>".utf8))
                for k in 0..<outline.count {
                    let item = outline[k]
                    var d = "<< /Title \(PDFSyntax.text(PDFSyntax.archivable(item.title))) /Parent \(root) 0 R /Dest [ \(item.page) 0 R /Fit ]"
                    if k > 0 { d += " /Prev \(first + k - 1) 0 R" }
                    if k + 1 < outline.count { d += " /Next \(first + k + 1) 0 R" }
                    _ = try emit(Array((d + " >>").utf8))
                }
                catalog += " /Outlines \(root) 0 R /PageMode /UseOutlines"
            }
            let metadataNumber = try emit(PDFArchival.metadataStream(info))
            let profile = try emit(try PDFArchival.profileStream())
            let catalogNumber = try emit(Array((catalog + PDFArchival.catalogEntries(metadata: metadataNumber, profile: profile) + " >>").utf8))
            let infoNumber = try emit(Array(PDFArchival.infoDictionary(info).utf8))
            let xref = out.offset
            try out.write(PDFArchival.xrefHead(count: offsets.count))
            for start in stride(from: 0, to: offsets.count, by: 4096) {
                try out.write(PDFArchival.xrefEntries(offsets.slice(start..<min(start + 4096, offsets.count))))
            }
            let id = try out.finishDigest()
            try out.write(PDFArchival.trailer(size: offsets.count, root: catalogNumber, info: infoNumber, id: id, xref: xref))
            try out.commit()
        } catch {
            out.abandon()
            throw error
        }
    }
}
