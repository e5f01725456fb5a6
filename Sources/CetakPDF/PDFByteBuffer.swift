/// Where the bytes cairo produces for one PDF go: straight to a sink (the temporary file) while
/// pages are drawn, so memory does not grow with the document, then into memory once the document
/// is being finished, so that `PDFTail` can complete it as PDF/A before the tail reaches the disk.
/// What goes to the sink is also added to `digest` (the document ID is the hash of the file).
final class PDFByteBuffer {
    /// The bytes kept in memory (the tail, once streaming stopped).
    private(set) var bytes: [UInt8] = []
    /// How many bytes went to the sink before `bytes` starts.
    private(set) var streamed = 0
    /// When true, further writes are dropped (an abandoned document being torn down).
    var discardWrites = false
    /// Receives the bytes while streaming; returns false when it cannot write.
    var sink: ((UnsafeRawBufferPointer) -> Bool)?
    /// The hash of every byte handed to the sink.
    let digest = MD5Digest()
    /// False once a sink write failed.
    private(set) var healthy = true

    /// Bytes waiting for the sink: cairo writes in many small pieces, the file gets them in 64 KiB blocks.
    private var pending: [UInt8] = []

    /// Appends a chunk.
    func append(_ chunk: UnsafeRawBufferPointer) {
        if discardWrites { return }
        if sink != nil {
            pending.append(contentsOf: chunk)
            streamed += chunk.count
            if pending.count >= 1 << 16 { flush() }
        } else {
            bytes.append(contentsOf: chunk)
        }
    }

    /// Hands what is pending to the sink.
    private func flush() {
        guard let sink, !pending.isEmpty else { return }
        pending.withUnsafeBytes { bytes in
            digest.update(bytes)
            if !sink(bytes) { healthy = false }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Keeps what follows in memory (after handing over what is pending).
    func stopStreaming() {
        flush()
        sink = nil
    }
}
