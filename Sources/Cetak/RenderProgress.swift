import Foundation

/// How far a run is, handed to `RenderOptions.progress`: once with `done` 0 when the documents are
/// known, then once per document finished (rendered, skipped or rejected), `done` rising by one each time.
public struct RenderProgress: Sendable, Equatable {
    /// Documents finished so far.
    public var done: Int
    /// Documents of the run.
    public var total: Int
    /// The document just finished (empty in the first call).
    public var key: String

    /// Creates a progress report.
    public init(done: Int, total: Int, key: String) {
        self.done = done
        self.total = total
        self.key = key
    }
}

/// Counts finished documents and calls the progress callback in order, one call at a time.
final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let callback: (@Sendable (RenderProgress) -> Void)?
    private let lock = NSLock()
    private var done = 0

    init(total: Int, callback: (@Sendable (RenderProgress) -> Void)?) {
        self.total = total
        self.callback = callback
        callback?(RenderProgress(done: 0, total: total, key: ""))
    }

    /// One more document finished.
    func step(_ key: String) {
        guard let callback else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        callback(RenderProgress(done: done, total: total, key: key))
    }
}
