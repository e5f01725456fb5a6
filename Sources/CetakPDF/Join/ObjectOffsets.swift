/// Where each object of a PDF being written starts, by object number, or none for an object not written
/// (yet): four bytes an object while the file is under 4 GiB, eight once an offset is not. A merged file
/// of 50,000 certificates numbers some 400,000 objects; its cross-reference table is written last, from here.
/// The offsets are kept in chunks of 65,536, each made once at its size: a list grown by doubling keeps up
/// to as much again unused, and holds its old and new copies while it grows.
struct ObjectOffsets {
    /// Offsets per chunk.
    static let chunkSize = 1 << 16
    /// The offsets while every one fits in 32 bits (`none` for none), in chunks of `chunkSize`.
    private var chunks: [[UInt32]] = []
    /// The offsets once one does not (-1 for none); then the only list.
    private var wide: [Int] = []
    private var isWide = false
    private static let none = UInt32.max

    /// An empty list.
    init() {}

    /// Number of objects numbered (0 ..< count).
    private(set) var count = 0

    /// Numbers one more object: `offset` when it is written, nil when it is not yet.
    mutating func append(_ offset: Int?) {
        if !isWide, let offset, offset >= Int(Self.none) { widen() }
        count += 1
        if isWide { wide.append(offset ?? -1); return }
        if chunks.last.map({ $0.count == Self.chunkSize }) ?? true {
            var chunk: [UInt32] = []
            chunk.reserveCapacity(Self.chunkSize)
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(offset.map { UInt32($0) } ?? Self.none)
    }

    /// The offset of object n, nil when it is not written.
    subscript(n: Int) -> Int? {
        get {
            if isWide { return wide[n] < 0 ? nil : wide[n] }
            let o = chunks[n / Self.chunkSize][n % Self.chunkSize]
            return o == Self.none ? nil : Int(o)
        }
        set {
            if !isWide, let newValue, newValue >= Int(Self.none) { widen() }
            if isWide { wide[n] = newValue ?? -1; return }
            chunks[n / Self.chunkSize][n % Self.chunkSize] = newValue.map { UInt32($0) } ?? Self.none
        }
    }

    /// The offsets of objects `range`, indexed by object number (for writing the cross-reference table a
    /// slice at a time).
    func slice(_ range: Range<Int>) -> LazyMapCollection<Range<Int>, Int?> { range.lazy.map { self[$0] } }

    /// Moves every offset to the eight-byte list, for good.
    private mutating func widen() {
        wide.reserveCapacity(count + 1)
        for chunk in chunks { wide += chunk.lazy.map { $0 == Self.none ? -1 : Int($0) } }
        chunks = []
        isWide = true
    }
}
