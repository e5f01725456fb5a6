import CXLSXWriter

/// A libxlsxwriter call that failed: what was being done, and the library's own words.
struct XLSXError: Error, Sendable, CustomStringConvertible {
    /// What was being written (`sheet 'peserta', cell B2`).
    var operation: String
    /// Why, as libxlsxwriter says it.
    var reason: String

    /// An error from a libxlsxwriter status code.
    init(_ operation: String, _ status: lxw_error) {
        self.operation = operation
        self.reason = lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)"
    }

    /// An error for a call that returned no object.
    init(_ operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    var description: String { "\(operation): \(reason)" }

    /// Throws when a libxlsxwriter status is not LXW_NO_ERROR.
    static func check(_ status: lxw_error, _ operation: @autoclosure () -> String) throws(XLSXError) {
        if status != LXW_NO_ERROR { throw XLSXError(operation(), status) }
    }
}
