import Foundation

/// The column names of records that share them (every row of one file, every result of one rule),
/// held once and shared, with a name → position index.
public final class RecordShape: @unchecked Sendable {
    /// Column names in order.
    public let names: [String]
    /// Position of each name.
    public let index: [String: Int]
    private var extended: [String: RecordShape] = [:]
    private let lock = NSLock()

    private init(_ names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        for (i, n) in names.enumerated() where index[n] == nil { index[n] = i }
        self.index = index
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var interned: [[String]: RecordShape] = [:]

    /// The shared shape of these names.
    public static func of(_ names: [String]) -> RecordShape {
        lock.lock()
        defer { lock.unlock() }
        if let s = interned[names] { return s }
        let s = RecordShape(names)
        if interned.count < 10_000 { interned[names] = s }
        return s
    }

    /// This shape with one more name at the end (shared by every record extended the same way).
    public func adding(_ name: String) -> RecordShape {
        lock.lock()
        defer { lock.unlock() }
        if let s = extended[name] { return s }
        let s = RecordShape.of(names + [name])
        extended[name] = s
        return s
    }
}

/// Where records come from: the dataset, the file, and for JSON the place of each cell. Records of
/// one CSV file or sheet share one origin (each keeps its own line), records made by a rule share one.
final class RecordOrigin: Sendable {
    let dataset: String
    let location: SourceLocation?
    let cellLocations: [String: SourceLocation]
    /// The file's column number of each column of the records' shape, when columns of the file were
    /// left out (unnamed ones, a spreadsheet's empty columns); nil when column n is the n-th.
    let columns: [Int]?

    init(dataset: String, location: SourceLocation?, cellLocations: [String: SourceLocation], columns: [Int]? = nil) {
        self.dataset = dataset; self.location = location; self.cellLocations = cellLocations; self.columns = columns
    }

    /// The origin of the records rules make (many per document: no lock to share it).
    static let rule = RecordOrigin(dataset: "rule", location: nil, cellLocations: [:])

    private struct Key: Hashable { let location: SourceLocation?; let dataset: String; let columns: [Int]? }
    private static let lock = NSLock()
    nonisolated(unsafe) private static var shared: [Key: RecordOrigin] = [:]

    /// The origin of records of `dataset` from `location` with no cell places: shared, with the line
    /// kept by each record.
    static func of(_ dataset: String, _ location: SourceLocation?, columns: [Int]? = nil) -> RecordOrigin {
        let key = Key(location: location, dataset: dataset, columns: columns)
        lock.lock()
        defer { lock.unlock() }
        if let o = shared[key] { return o }
        let o = RecordOrigin(dataset: dataset, location: location, cellLocations: [:], columns: columns)
        if shared.count < 1_000 { shared[key] = o }
        return o
    }
}

/// One row of a dataset (or one JSON object): named values and where they came from. The names
/// live in a shared `RecordShape`, the values in an array: a dataset of thousands of rows holds its
/// column names once, not a dictionary per row. Where it came from is shared too (`RecordOrigin`),
/// so that a record is four words: the many small records rules make stay small.
public struct Record: Sendable, Equatable {
    /// The shared column names.
    public private(set) var shape: RecordShape
    /// Values in the order of `shape.names`.
    public private(set) var values: [Value]
    private let origin: RecordOrigin
    /// The line within the origin's file, when the origin is shared; -1 when the origin has it.
    private let line: Int32

    /// The dataset's name (`kegiatan`), or "" for context objects.
    public var dataset: String { origin.dataset }
    /// Where the row starts (file and line).
    public var location: SourceLocation? {
        guard line >= 0, var l = origin.location else { return origin.location }
        l.line = Int(line)
        return l
    }
    /// Where each cell is, when it cannot be derived from the row (JSON); keyed by name.
    public var cellLocations: [String: SourceLocation] { origin.cellLocations }

    /// Creates a record from named values; `order` gives the column order (default: sorted names).
    public init(dataset: String, location: SourceLocation?, fields: [String: Value], order: [String]? = nil,
                cellLocations: [String: SourceLocation] = [:]) {
        var names = order ?? fields.keys.sorted()
        for k in fields.keys.sorted() where !names.contains(k) { names.append(k) }
        self.init(dataset: dataset, location: location, shape: RecordShape.of(names),
                  values: names.map { fields[$0] ?? .null }, cellLocations: cellLocations)
    }

    /// Creates a record from a shape and its values (the fast path for many rows); `columns` gives
    /// the file's column number of each column of the shape when they are not 1, 2, 3, ...
    public init(dataset: String, location: SourceLocation?, shape: RecordShape, values: [Value],
                cellLocations: [String: SourceLocation] = [:], columns: [Int]? = nil) {
        self.shape = shape
        self.values = values
        if cellLocations.isEmpty, location?.column == nil, location?.field == nil, let l = location?.line, l >= 0, l <= Int(Int32.max) {
            var file = location
            file?.line = 0
            origin = RecordOrigin.of(dataset, file, columns: columns)
            line = Int32(l)
        } else if cellLocations.isEmpty && location == nil {
            origin = dataset == "rule" ? RecordOrigin.rule : RecordOrigin.of(dataset, nil)
            line = -1
        } else {
            origin = RecordOrigin(dataset: dataset, location: location, cellLocations: cellLocations, columns: columns)
            line = -1
        }
    }

    /// Column names in order.
    public var order: [String] { shape.names }

    /// The value of a column, or nil when the record has no such column.
    public func value(_ name: String) -> Value? {
        guard let i = shape.index[name], i < values.count else { return nil }
        return values[i]
    }

    /// The value of a column, or null.
    public subscript(_ name: String) -> Value {
        get { value(name) ?? .null }
        set { set(name, newValue) }
    }

    /// Sets a column, adding it when the record has none of that name.
    public mutating func set(_ name: String, _ v: Value) {
        if let i = shape.index[name], i < values.count { values[i] = v; return }
        shape = shape.adding(name)
        // Exactly one more slot: appending would double the capacity of every row of a dataset
        // that gains a derived column.
        var grown: [Value] = []
        grown.reserveCapacity(values.count + 1)
        grown.append(contentsOf: values)
        grown.append(v)
        values = grown
    }

    /// True when the record has a column of that name.
    public func has(_ name: String) -> Bool { shape.index[name] != nil }

    /// All columns as a dictionary (slow: for occasional use).
    public var fields: [String: Value] {
        var d: [String: Value] = [:]
        for (i, n) in shape.names.enumerated() where i < values.count && d[n] == nil { d[n] = values[i] }
        return d
    }

    /// The location of a cell, falling back to the row's.
    public func location(of field: String) -> SourceLocation? {
        if let l = cellLocations[field] { return l }
        let column = shape.index[field].map { i in origin.columns.map { i < $0.count ? $0[i] : nil } ?? i + 1 }
        return location?.with(field: field, column: column ?? nil)
    }

    /// Records are equal when their values are; where they came from does not matter.
    public static func == (a: Record, b: Record) -> Bool { a.fields == b.fields }
}
