import CetakCore

/// A PDF written through cetak's one output door (`OutputFile`: a new temporary file with an unguessable
/// name beside the final path, renamed into place only over a regular file or nothing, never over an input
/// of the run), with its errors as `PDFError`s.
final class AtomicFile {
    private let file: OutputFile

    /// Creates the temporary file beside `path`.
    init(path: String, files: RunFiles? = nil) throws(PDFError) {
        do { file = try OutputFile(path: path, files: files) } catch { throw PDFError.output(path: path, reason: error.reason) }
    }

    /// Where the file ends up.
    var finalPath: String { file.finalPath }
    /// Where it is written meanwhile.
    var temporaryPath: String { file.temporaryPath }
    /// The first write error, if any.
    var writeError: String? { file.writeError }
    /// When true, writes are dropped (used while cairo tears down an abandoned document).
    var discardWrites: Bool {
        get { file.discardWrites }
        set { file.discardWrites = newValue }
    }

    /// Appends bytes; returns false (and remembers why) when the write fails.
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool { file.write(bytes) }

    /// Flushes, closes and renames the temporary file into place.
    func commit() throws(PDFError) {
        do { try file.commit() } catch { throw PDFError.output(path: error.path, reason: error.reason) }
    }

    /// Closes and removes the temporary file (idempotent).
    func abandon() { file.abandon() }
}
