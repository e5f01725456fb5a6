import CCairo
import CetakCore

/// Cairo's write callback: appends to the `PDFByteBuffer` passed as closure.
private func writeToBuffer(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<PDFByteBuffer>.fromOpaque(closure).takeUnretainedValue().append(UnsafeRawBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// A cairo PDF surface writing into a `PDFByteBuffer` (owned reference, destroyed in deinit).
///
/// The surface keeps the buffer alive, since cairo may still write to it while being destroyed.
final class CairoPDFSurface {
    /// The surface.
    let handle: OpaquePointer
    /// Where the bytes go.
    let buffer = PDFByteBuffer()
    /// The output path, for messages.
    let path: String

    /// Creates a PDF surface; the page size is set per page later.
    init(path: String) throws(Diagnostic) {
        let closure = Unmanaged.passUnretained(buffer).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream(writeToBuffer, closure, 595, 842) else {
            throw Diagnostic.cairo(path: path, operation: "cairo_pdf_surface_create", status: "no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw Diagnostic.cairo(path: path, operation: "cairo_pdf_surface_create", status: cairoStatusText(status))
        }
        handle = surface
        self.path = path
    }

    /// Draws `page` as a new page of its own size with `drawer`; errors name `path`.
    func add(page: Frame, drawer: FrameDrawer) throws(Diagnostic) {
        guard page.width > 0, page.height > 0, page.width.isFinite, page.height.isFinite else {
            throw Diagnostic.cairo(path: path, operation: "page size", status: "invalid size \(page.width) × \(page.height)")
        }
        cairo_pdf_surface_set_size(handle, page.width, page.height)
        let cr = try CairoContext(surface: handle, path: path)
        try drawer.draw(page, into: cr, path: path)
        cairo_show_page(cr.handle)
        try cr.check(path: path, operation: "cairo_show_page")
    }

    /// Throws when the surface has entered an error state.
    func check(operation: String) throws(Diagnostic) {
        let status = cairo_surface_status(handle)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Diagnostic.cairo(path: path, operation: operation, status: cairoStatusText(status))
        }
    }

    deinit { cairo_surface_destroy(handle) }
}
