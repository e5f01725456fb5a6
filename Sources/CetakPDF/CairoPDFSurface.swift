import CCairo

/// Cairo's write callback: appends to the `AtomicFile` passed as closure.
private func writeToAtomicFile(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let file = Unmanaged<AtomicFile>.fromOpaque(closure).takeUnretainedValue()
    let ok = file.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
    return ok ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}

/// A cairo PDF surface streaming into an `AtomicFile` (owned reference, destroyed in deinit).
///
/// The surface keeps the file alive, since cairo may still write to it while being destroyed.
final class CairoPDFSurface {
    /// The surface.
    let handle: OpaquePointer
    /// The file the bytes go to.
    let file: AtomicFile

    /// Creates a PDF surface writing to `file`; the page size is set per page later.
    init(file: AtomicFile) throws(PDFError) {
        let closure = Unmanaged.passUnretained(file).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream(writeToAtomicFile, closure, 595, 842) else {
            throw PDFError.cairo(path: file.finalPath, operation: "cairo_pdf_surface_create", status: "no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PDFError.cairo(path: file.finalPath, operation: "cairo_pdf_surface_create", status: cairoStatusText(status))
        }
        handle = surface
        self.file = file
    }

    /// Throws when the surface has entered an error state.
    func check(operation: String) throws(PDFError) {
        let status = cairo_surface_status(handle)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFError.cairo(path: file.finalPath, operation: operation, status: file.writeError ?? cairoStatusText(status))
        }
    }

    deinit { cairo_surface_destroy(handle) }
}
