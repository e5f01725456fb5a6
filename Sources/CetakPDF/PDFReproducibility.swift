import CCairo
import CetakCore

/// What cairo 1.16 would let vary between runs, and how the writer pins it.
///
/// - Dates: without metadata cairo 1.16 writes `/CreationDate` from `time(NULL)` in local time
///   (`_cairo_pdf_interchange_set_create_date`). We always set `CAIRO_PDF_METADATA_CREATE_DATE`
///   and `MOD_DATE` from the caller's fixed epoch seconds, formatted in UTC (so `TZ` does not
///   matter). `PDFTail` then replaces cairo's Info dictionary altogether (cairo 1.16 drops the
///   `D:` prefix of such dates and cannot override its Producer), from the same metadata.
/// - `/ID`: cairo 1.16 writes no trailer `/ID`; `PDFTail` writes one, the MD5 of the file's bytes.
/// - Font subset tags (`ABCDEF+Name`): computed by cairo from the subset (its glyphs and the
///   font's number in the document, fonts numbered in first-use order), not from time; observed
///   identical across processes with different address layouts and time zones.
/// - Object order: cairo numbers objects as pages, fonts and images are first used; sub-fonts
///   are kept in insertion-ordered lists, so the order depends only on the frames.
/// - Images: one XObject per decoded surface, shared by every page (see `ImageCache`).
/// Tests check this by writing the same document twice in one process and in two processes
/// with different time zones.
enum PDFReproducibility {
    /// Writes title, author, creator and the fixed creation/modification dates into the surface.
    static func apply(_ metadata: PDFMetadata, to surface: CairoPDFSurface) throws(Diagnostic) {
        let date = iso8601UTC(epochSeconds: metadata.creationDate)
        // Through C a NUL would end the text: the title is kept whole, with the NUL left out (data refuses NULs anyway).
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_TITLE, metadata.title.replacingOccurrences(of: "\u{0}", with: ""))
        if !metadata.author.isEmpty {
            cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_AUTHOR, metadata.author.replacingOccurrences(of: "\u{0}", with: ""))
        }
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_MOD_DATE, date)
        try surface.check(operation: "cairo_pdf_surface_set_metadata")
    }
}
