import CetakCore

/// One PDF file being written by cetak itself (the joiner): bytes handed on in 64 KiB blocks to
/// an `OutputFile`, counted (for the cross-reference offsets) and hashed (for the document ID).
final class PDFOutput {
    /// The final path.
    var path: String { file.finalPath }
    /// Bytes written so far: the offset of the next byte.
    private(set) var offset = 0
    /// The MD5 of every byte written.
    let digest = MD5Digest()
    private let file: OutputFile
    private var pending: [UInt8] = []

    /// Creates the temporary file beside `path` (with the run's `files`: never renamed over one of its inputs or outputs).
    init(path: String, files: RunFiles? = nil) throws(Diagnostic) {
        file = try OutputFile(path: path, files: files)
        pending.reserveCapacity(1 << 16)
    }

    /// Appends bytes.
    func write<C: Collection<UInt8>>(_ bytes: C) throws(Diagnostic) {
        offset += bytes.count
        pending.append(contentsOf: bytes)
        if pending.count >= 1 << 16 { try flush() }
    }

    /// Appends text (ASCII: PDF syntax).
    func write(_ text: String) throws(Diagnostic) { try write(text.utf8) }

    /// Hands the pending bytes to the file.
    private func flush() throws(Diagnostic) {
        let ok = pending.withUnsafeBytes { bytes in
            digest.update(bytes)
            return file.write(bytes)
        }
        pending.removeAll(keepingCapacity: true)
        guard ok else { throw Diagnostic.output(path: path, reason: file.writeError ?? "write failed") }
    }

    /// The digest of everything written so far (after writing what is pending).
    func finishDigest() throws(Diagnostic) -> [UInt8] {
        try flush()
        return digest.finish()
    }

    /// Writes what is pending and renames the file into place.
    func commit() throws(Diagnostic) {
        try flush()
        try file.commit()
    }

    /// Drops the file (idempotent).
    func abandon() { file.abandon() }
}
