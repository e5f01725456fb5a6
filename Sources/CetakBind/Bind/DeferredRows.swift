import CetakCore
import Foundation

/// The long tables of one document bound so far, whose rows are bound later, at layout time. When
/// binding fails further on, a failing row of theirs is the error to report: it comes first in the
/// template, as it did when every row was bound at once.
final class DeferredRows: @unchecked Sendable {
    private let lock = NSLock()
    private var sources: [RowSource] = []

    /// Records a table's rows.
    func add(_ source: RowSource) { lock.withLock { sources.append(source) } }

    /// The first error of their rows, in order (binds them all: only on the way to an error).
    func firstError() -> Diagnostic? {
        for source in lock.withLock({ sources }) {
            for i in 0..<source.count {
                do { _ = try source.row(i) } catch { return error }
            }
        }
        return nil
    }
}
