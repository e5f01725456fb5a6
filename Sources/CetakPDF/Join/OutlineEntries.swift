/// The bookmarks of a merged file, in order: each title and the object number of the page it points to.
/// The titles' bytes are held one after the other in one buffer, not a string each, and the numbers in
/// 32 bits: a merged run keeps one bookmark per document until the file is finished (50,000 of them for
/// 50,000 certificates). (A file of more than 4 billion objects, or titles of more than 4 GiB, is far
/// beyond what a run holds in memory.)
struct OutlineEntries {
    /// UTF-8 bytes of every title, one after the other.
    private var bytes: [UInt8] = []
    /// End of each title in `bytes`.
    private var ends: [UInt32] = []
    /// The page object of each entry.
    private var pages: [UInt32] = []

    /// An empty list.
    init() {}

    /// Number of entries.
    var count: Int { ends.count }

    /// True when there is none.
    var isEmpty: Bool { ends.isEmpty }

    /// Makes room for `n` entries in all (their titles' bytes grow as they come).
    mutating func reserve(_ n: Int) {
        ends.reserveCapacity(n)
        pages.reserveCapacity(n)
    }

    /// Adds a bookmark to page object `page`.
    mutating func append(title: String, page: Int) {
        bytes.append(contentsOf: title.utf8)
        ends.append(UInt32(bytes.count))
        pages.append(UInt32(page))
    }

    /// Entry k.
    subscript(k: Int) -> (title: String, page: Int) {
        let start = k == 0 ? 0 : Int(ends[k - 1])
        return (String(decoding: bytes[start..<Int(ends[k])], as: UTF8.self), Int(pages[k]))
    }
}
