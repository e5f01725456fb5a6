import CQRencode
import CetakCore

/// Encodes text as a QR code with libqrencode (level M, 8-bit mode so any UTF-8 text fits).
enum QRCode {
    /// The module rows of the code, or an error when the text is too long for a QR code.
    static func modules(_ text: String) throws(Diagnostic) -> [[Bool]] {
        let bytes = Array(text.utf8)
        let code = bytes.withUnsafeBufferPointer { buf -> UnsafeMutablePointer<QRcode>? in
            QRcode_encodeData(Int32(buf.count), buf.baseAddress, 0, QR_ECLEVEL_M)
        }
        guard let code else { throw Diagnostic.eval("cannot encode \(bytes.count) bytes as a QR code (too long?)") }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width > 0, let data = code.pointee.data else { throw Diagnostic.eval("libqrencode returned an empty code") }
        var rows: [[Bool]] = []
        rows.reserveCapacity(width)
        for y in 0..<width {
            rows.append((0..<width).map { x in data[y * width + x] & 1 == 1 })
        }
        return rows
    }
}
