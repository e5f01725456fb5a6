import Foundation

/// The body rows of a long table, made on demand instead of held: layout makes each row to measure
/// it, forgets it, and makes it again when its page is drawn. Making a row is pure (the same row
/// every time), so a table of 5,000 data rows holds 5,000 row heights, not 5,000 bound rows.
public final class RowSource: @unchecked Sendable {
    /// Tables from this many body rows on are bound on demand.
    public static let threshold = 150

    /// Number of rows.
    public let count: Int
    private let make: @Sendable (Int) throws(Diagnostic) -> Row
    private let lock = NSLock()
    private var last: (index: Int, row: Row)?

    /// Creates a source of `count` rows made by `make(index)`, which throws the binding error with where in the template.
    public init(count: Int, make: @escaping @Sendable (Int) throws(Diagnostic) -> Row) {
        self.count = count
        self.make = make
    }

    /// Row `index`. The last row made is kept, so that drawing a row's cells in turn makes it once.
    public func row(_ index: Int) throws(Diagnostic) -> Row {
        if let hit = lock.withLock({ last?.index == index ? last?.row : nil }) { return hit }
        let row = try make(index)
        lock.withLock { last = (index, row) }
        return row
    }
}
