/// The bytes cairo produces for one PDF, kept in memory until the document is finished so that
/// `PDFDatePrefix` can repair the Info dictionary before anything reaches the disk.
final class PDFByteBuffer {
    /// Everything written so far.
    private(set) var bytes: [UInt8] = []
    /// When true, further writes are dropped (an abandoned document being torn down).
    var discardWrites = false

    /// Appends a chunk.
    func append(_ chunk: UnsafeRawBufferPointer) {
        if !discardWrites { bytes.append(contentsOf: chunk) }
    }
}
