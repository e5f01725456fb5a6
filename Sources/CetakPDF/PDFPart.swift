import CCairo
import CetakCore

/// Pages drawn with cairo into one PDF held in memory: a slice of a merged file, which a
/// `PDFMergeWriter` joins with the others in order, or the documents of a batch, each of which
/// becomes a file of its own (`Finished.write(documents:)`). Several parts can be drawn at once on
/// different threads (one part per thread), which is how `--merge` uses every core. Cairo subsets
/// and compresses the fonts once per part, not once per document: the files of a batch share that
/// work (each file carries the part's subsets). Not thread-safe.
public final class PDFPart {
    /// Pages added so far.
    public private(set) var pageCount = 0
    private var surface: CairoPDFSurface?
    private let drawer: FrameDrawer
    private var bookmarks: [(title: String, page: Int)] = []
    private var documents: [Range<Int>] = []

    /// Starts an empty part; `name` names it in messages (the merged file's path).
    public init(name: String, fonts: PDFFontCache = .shared) throws(Diagnostic) {
        drawer = try FrameDrawer(fonts: fonts, images: .print)
        surface = try CairoPDFSurface(path: name)
    }

    /// Appends `page`; a `bookmark` becomes a top-level outline entry of the merged file.
    public func add(page: Frame, bookmark: String? = nil) throws(Diagnostic) {
        guard let surface else { throw Diagnostic.closed(path: "<part>") }
        do throws(Diagnostic) {
            try surface.add(page: page, drawer: drawer)
            if let bookmark { bookmarks.append((bookmark, pageCount)) }
            pageCount += 1
            try surface.check(operation: "adding page \(pageCount)")
        } catch {
            self.surface = nil
            throw error
        }
    }

    /// Appends the pages of one document (all or none: its images are loaded before any page is
    /// drawn, so a missing file leaves the part as it was); a `bookmark` marks its first page.
    /// Returns the document's number in the part.
    @discardableResult
    public func add(document pages: [Frame], bookmark: String? = nil) throws(Diagnostic) -> Int {
        for page in pages { try drawer.prepare(page) }
        let first = pageCount
        for (n, page) in pages.enumerated() { try add(page: page, bookmark: n == 0 ? bookmark : nil) }
        documents.append(first..<pageCount)
        return documents.count - 1
    }

    /// Completes the part: its bytes and bookmarks, ready to be joined.
    public func finish() throws(Diagnostic) -> Finished {
        guard let surface else { throw Diagnostic.closed(path: "<part>") }
        self.surface = nil
        cairo_surface_finish(surface.handle)
        try surface.check(operation: "cairo_surface_finish")
        return Finished(bytes: surface.buffer.bytes, bookmarks: bookmarks, pages: pageCount, name: surface.path, documents: documents)
    }

    /// A completed part.
    public struct Finished: Sendable {
        let bytes: [UInt8]
        let bookmarks: [(title: String, page: Int)]
        /// Its pages.
        public let pages: Int
        let name: String
        let documents: [Range<Int>]

        /// Writes document `n` of the part (as numbered by `add(document:)`) to `path` as a PDF/A
        /// file of its own, for each `(n, path, metadata)`; the error of each, or nil. With the run's
        /// `files`, no file is renamed over one of its inputs or outputs.
        public func write(documents wanted: [(document: Int, path: String, metadata: PDFMetadata)], files: RunFiles? = nil) -> [Diagnostic?] {
            let parsed: (PDFObjects, [Int])
            do throws(Diagnostic) {
                let pdf = try PDFObjects(bytes: bytes, path: name)
                parsed = (pdf, try pdf.pages())
            } catch {
                return wanted.map { _ in error }
            }
            return wanted.map { doc in
                guard documents.indices.contains(doc.document), documents[doc.document].upperBound <= parsed.1.count else {
                    return Diagnostic.output(path: doc.path, reason: "no such document in the batch")
                }
                do throws(Diagnostic) {
                    let writer = try PDFJoinWriter(path: doc.path, files: files)
                    try writer.append(parsed.0, pages: Array(parsed.1[documents[doc.document]]), bookmarks: [])
                    try writer.finish(metadata: doc.metadata)
                    return nil
                } catch {
                    return error
                }
            }
        }
    }
}

/// Writes a merged PDF/A-2b file from `PDFPart`s, appended in order, streaming (see `PDFJoinWriter`).
public final class PDFMergeWriter {
    private let writer: PDFJoinWriter
    private let metadata: PDFMetadata

    /// Starts the file at `path`; it appears there only when `finish()` succeeds (with the run's `files`,
    /// never over one of its inputs or outputs). `documents`: how many are to come, when known (room for
    /// their pages and bookmarks is made once, not by doubling).
    public init(path: String, metadata: PDFMetadata, files: RunFiles? = nil, documents: Int = 0) throws(Diagnostic) {
        writer = try PDFJoinWriter(path: path, files: files)
        writer.reserve(documents: documents)
        self.metadata = metadata
    }

    /// Appends the pages of `part`.
    public func append(_ part: PDFPart.Finished) throws(Diagnostic) {
        guard part.pages > 0 else { return }
        try writer.append(part.bytes, source: part.name, bookmarks: part.bookmarks)
    }

    /// Completes the file and renames it into place.
    public func finish() throws(Diagnostic) { try writer.finish(metadata: metadata) }
}
