import CCairo
import CetakCore

/// Writes frames as the pages of one PDF file, atomically and reproducibly.
///
/// Pages are drawn with cairo (fonts embedded as subsets, text extractable through cluster
/// maps); the file is completed as PDF/A-2b (`PDFTail`). The file appears under its final name only when `finish()` succeeds; on any error, or
/// if the writer is dropped unfinished, the temporary file is removed and whatever was at the
/// final path stays as it was. Same frames and metadata give byte-identical files (see
/// `PDFReproducibility`). Not thread-safe: use one writer per thread (writers on different
/// threads may share a `PDFFontCache`).
public final class PDFWriter {
    /// The final path of the PDF.
    public let path: String
    /// Pages added so far.
    public private(set) var pageCount = 0

    private var surface: CairoPDFSurface?
    private let file: OutputFile
    private let drawer: FrameDrawer
    private let info: PDFArchival.Info

    /// Starts a PDF at `path`: pages are built in memory; `finish()` writes them to a temporary file beside `path` (created now) and renames it into place.
    /// With the run's `files`, the PDF never replaces an input of the run or another of its outputs.
    public init(path: String, metadata: PDFMetadata, fonts: PDFFontCache = .shared, files: RunFiles? = nil) throws(Diagnostic) {
        self.path = path
        info = PDFArchival.Info(metadata)
        drawer = try FrameDrawer(fonts: fonts, images: .print)
        file = try OutputFile(path: path, files: files)
        do throws(Diagnostic) {
            let surface = try CairoPDFSurface(path: path)
            let file = self.file
            surface.buffer.sink = { file.write($0) }
            try PDFReproducibility.apply(metadata, to: surface)
            self.surface = surface
        } catch {
            file.abandon()
            throw error
        }
    }

    deinit { abandon() }

    /// Appends `page` as a new page of its own size; a `bookmark` adds a top-level outline entry for it.
    public func add(page: Frame, bookmark: String? = nil) throws(Diagnostic) {
        guard let surface else { throw Diagnostic.closed(path: path) }
        do throws(Diagnostic) {
            try surface.add(page: page, drawer: drawer)
            pageCount += 1
            if let bookmark {
                _ = cairo_pdf_surface_add_outline(surface.handle, CAIRO_PDF_OUTLINE_ROOT, bookmark, "page=\(pageCount)",
                                                  cairo_pdf_outline_flags_t(0))
            }
            try surface.check(operation: "adding page \(pageCount)")
        } catch {
            abandon()
            throw error
        }
    }

    /// Completes the PDF and renames it into place.
    public func finish() throws(Diagnostic) {
        guard let surface else { throw Diagnostic.closed(path: path) }
        guard pageCount > 0 else { abandon(); throw Diagnostic.noPages(path: path) }
        // The pages are on disk already; what cairo writes while finishing (fonts, catalog, Info, xref)
        // is kept in memory and completed as PDF/A.
        surface.buffer.stopStreaming()
        cairo_surface_finish(surface.handle)
        do throws(Diagnostic) {
            try surface.check(operation: "cairo_surface_finish")
            guard surface.buffer.healthy else { throw Diagnostic.output(path: path, reason: file.writeError ?? "write failed") }
            let pdf = try PDFTail.archival(surface.buffer.bytes, base: surface.buffer.streamed, info: info,
                                           digest: surface.buffer.digest, path: path)
            self.surface = nil
            let written = pdf.withUnsafeBytes { file.write($0) }
            guard written else { throw Diagnostic.output(path: path, reason: file.writeError ?? "write failed") }
            try file.commit()
        } catch {
            abandon()
            throw error
        }
    }

    /// Drops the document: cairo's remaining output is discarded and the temporary file removed.
    private func abandon() {
        surface?.buffer.discardWrites = true
        surface = nil
        file.abandon()
    }
}
