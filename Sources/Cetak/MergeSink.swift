import CetakCore
import CetakPDF
import Foundation

/// Writes the parts of a merged file in order as workers finish them, whatever order that is: a
/// part waits only until those before it are written, so memory holds the parts in flight, not the
/// run. Parts are drawn in parallel (`PDFPart`, one per slice of documents), joined here one at a time.
final class MergeSink: @unchecked Sendable {
    /// Documents per part: a part is the unit of parallel drawing. Fixed, never derived from `--jobs`,
    /// so the merged file is the same bytes whatever the number of workers. Each part embeds its own
    /// font subsets (some kilobytes), so a part is large enough for that to be small beside its pages
    /// and small enough that a run of a few hundred documents still spreads over the cores.
    static let documentsPerPart = 128

    private let writer: PDFMergeWriter
    private let lock = NSLock()
    private var pending: [Int: PDFPart.Finished?] = [:]
    private var next = 0
    private var failure: Diagnostic?

    /// Starts the merged file of `documents` documents.
    init(path: String, metadata: PDFMetadata, files: RunFiles? = nil, documents: Int = 0) throws(Diagnostic) {
        writer = try PDFMergeWriter(path: path, metadata: metadata, files: files, documents: documents)
    }

    /// Hands over part `index` (nil when it could not be made: `fail` says why).
    func offer(_ index: Int, _ part: PDFPart.Finished?) {
        lock.lock()
        defer { lock.unlock() }
        pending[index] = .some(part)
        while let entry = pending.removeValue(forKey: next) {
            next += 1
            guard failure == nil, let part = entry else { continue }
            do { try writer.append(part) } catch { failure = error }
        }
    }

    /// Records why a part could not be made (the first reason wins).
    func fail(_ error: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil { failure = error }
    }

    /// Completes the file; throws the first failure.
    func finish() throws(Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        try writer.finish()
    }
}
