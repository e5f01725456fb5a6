import CCairo
import CetakCore

/// A `cairo_t` drawing on one surface (owned reference, destroyed in deinit).
final class CairoContext {
    /// The context.
    let handle: OpaquePointer

    /// Creates a context on `surface`; `path` names the output in errors.
    init(surface: OpaquePointer, path: String) throws(Diagnostic) {
        guard let cr = cairo_create(surface) else {
            throw Diagnostic.cairo(path: path, operation: "cairo_create", status: "no context")
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(cr)
            throw Diagnostic.cairo(path: path, operation: "cairo_create", status: cairoStatusText(status))
        }
        handle = cr
    }

    /// Throws when the context has entered an error state (cairo errors are sticky).
    func check(path: String, operation: String) throws(Diagnostic) {
        let status = cairo_status(handle)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Diagnostic.cairo(path: path, operation: operation, status: cairoStatusText(status))
        }
    }

    deinit { cairo_destroy(handle) }
}
