import CetakCore
import CetakPDF
import Foundation

/// Writes the documents of a run into one PDF in document order as they finish, whatever order
/// the workers finish them in: a document waits only until those before it are written, so memory
/// holds at most the documents in flight, not the run.
final class MergeSink: @unchecked Sendable {
    private let writer: PDFWriter
    private let lock = NSLock()
    private var pending: [Int: (key: String, frames: [Frame])] = [:]
    private var next = 0
    private var failure: PDFError?

    /// Starts the merged file.
    init(path: String, metadata: PDFMetadata, files: RunFiles? = nil) throws(PDFError) {
        writer = try PDFWriter(path: path, metadata: metadata, files: files)
    }

    /// Hands over document `index` (empty frames for one that was skipped or failed).
    func offer(_ index: Int, key: String, frames: [Frame]) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = (key, frames)
        while let doc = pending.removeValue(forKey: next) {
            next += 1
            guard failure == nil else { continue }
            do {
                for (n, f) in doc.frames.enumerated() { try writer.add(page: f, bookmark: n == 0 ? doc.key : nil) }
            } catch {
                failure = error
            }
        }
    }

    /// Completes the file; throws the first failure.
    func finish() throws(PDFError) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        try writer.finish()
    }
}
