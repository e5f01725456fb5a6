import CetakCore
import CXLSXWriter

/// A libxlsxwriter call that failed: what was being written (`sheet 'peserta', cell B2`) and the
/// library's own words, as a problem of the file cetak writes.
extension Diagnostic {
    /// An error from a libxlsxwriter status code.
    static func xlsx(_ operation: String, _ status: lxw_error) -> Diagnostic {
        xlsx(operation, reason: lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)")
    }

    /// An error for a call that returned no object.
    static func xlsx(_ operation: String, reason: String) -> Diagnostic {
        Diagnostic(.output, "\(operation): \(reason)")
    }

    /// Throws when a libxlsxwriter status is not LXW_NO_ERROR.
    static func checkXLSX(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(Diagnostic) {
        if status != LXW_NO_ERROR { throw xlsx(operation(), status) }
    }
}
