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
/// so that a record is four words (five for a row of a CSV file, whose text cells it reads from the file's
/// `CellTexts`, keeping the byte where they start beside its line): the many small records rules make stay small, and a dataset of 50,000 rows holds 50,000
/// boxes of 64 bytes.
public struct Record: Sendable, Equatable {
    /// The shared column names.
    public private(set) var shape: RecordShape
    /// Values in the order of `shape.names` (made on request for a record whose text is in `CellTexts`).
    public var values: [Value] { shape.names.indices.map { value(at: $0) ?? .null } }
    /// The values: all of them, or with a `layout`, those of the columns that are not its text cells
    /// (`RowLayout.slot`) and then those of the columns added since.
    private var stored: [Value]
    /// Which columns are the row's text cells, read when asked for from the layout's `CellTexts` (a CSV
    /// row), and which are stored; nil when every value is stored.
    private var layout: RowLayout?
    private let origin: RecordOrigin
    /// The line within the origin's file, when the origin is shared; -1 when the origin has it.
    private let line: Int32
    /// The byte where the row's first cell starts in the layout's texts (with `layout`).
    private var firstCell: UInt32 = 0

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
        self.stored = values
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

    /// Creates a record whose text columns are read from a row's cells when asked for (see
    /// `RowLayout`); `typed` holds the values of the other columns, in the layout's order.
    public init(dataset: String, location: SourceLocation?, shape: RecordShape, cells: CellSpan, layout: RowLayout,
                typed: [Value], columns: [Int]? = nil) {
        precondition(typed.count == layout.typedCount && layout.width == shape.names.count, "a record that does not fit its layout")
        precondition(cells.texts === layout.texts && cells.first <= Int(UInt32.max), "a row outside its layout's texts")
        self.init(dataset: dataset, location: location, shape: shape, values: typed, columns: columns)
        self.layout = layout
        firstCell = UInt32(cells.first)
    }

    /// The value of column i, or nil past the last.
    private func value(at i: Int) -> Value? {
        guard let layout else { return i < stored.count ? stored[i] : nil }
        if i < layout.width {
            // A cell the layout names is one the row has (`RowLayout.cell`).
            let c = layout.cell[i]
            return c >= 0 ? Value.cell(layout.texts.string(at: layout.texts.start(ofCell: Int(c), inRowAt: Int(firstCell)))) : stored[Int(layout.slot[i])]
        }
        let j = layout.typedCount + i - layout.width
        return j < stored.count ? stored[j] : nil
    }

    /// The value of a column, or nil when the record has no such column.
    public func value(_ name: String) -> Value? {
        guard let i = shape.index[name] else { return nil }
        return value(at: i)
    }

    /// The value of a column, or null.
    public subscript(_ name: String) -> Value {
        get { value(name) ?? .null }
        set { set(name, newValue) }
    }

    /// Sets a column, adding it when the record has none of that name.
    public mutating func set(_ name: String, _ v: Value) {
        if let i = shape.index[name] {
            if var layout {
                if i >= layout.width { stored[layout.typedCount + i - layout.width] = v; return }
                if layout.slot[i] < 0 {
                    // A text cell replaced (a NIP written with spaces, stored as digits): the column
                    // is stored from now on, in a layout shared by every record that did the same.
                    let moved = layout.storing(i)
                    stored.insert(.null, at: Int(moved.slot[i]))
                    self.layout = moved
                    layout = moved
                }
                stored[Int(layout.slot[i])] = v
                return
            }
            if i < stored.count { stored[i] = v; return }
        }
        shape = shape.adding(name)
        // Exactly one more slot: appending would double the capacity of every row of a dataset
        // that gains a derived column.
        var grown: [Value] = []
        grown.reserveCapacity(stored.count + 1)
        grown.append(contentsOf: stored)
        grown.append(v)
        stored = grown
    }

    /// True when the record has a column of that name.
    public func has(_ name: String) -> Bool { shape.index[name] != nil }

    /// All columns as a dictionary (slow: for occasional use).
    public var fields: [String: Value] {
        var d: [String: Value] = [:]
        for (i, n) in shape.names.enumerated() where d[n] == nil { if let v = value(at: i) { d[n] = v } }
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

/// Where the columns of records read from a table's cells are: each column either a text cell of the
/// row (read, trimmed, when asked for) or a stored value (a date, a number, a NIP: typed once, on
/// reading). Shared by every record of a table.
public final class RowLayout: @unchecked Sendable {
    /// Number of columns of the table.
    public let width: Int
    /// The cells of the table's rows (each record keeps the number of its row's first cell).
    public let texts: CellTexts
    private var moved: [Int: RowLayout] = [:]
    private let lock = NSLock()
    /// For each column: the index of its cell in the row, or -1 when its value is stored.
    let cell: [Int32]
    /// For each column: its index among the stored values, or -1 when it is a text cell.
    let slot: [Int32]
    /// Number of stored values.
    public let typedCount: Int

    /// A layout of `cellOf.count` columns of rows whose cells are in `texts`; `cellOf[i]` is the row cell of
    /// column i (one the row has), or nil when its value is stored.
    public init(cellOf: [Int?], texts: CellTexts) {
        width = cellOf.count
        self.texts = texts
        var cell: [Int32] = [], slot: [Int32] = [], n: Int32 = 0
        for c in cellOf {
            cell.append(c.map(Int32.init) ?? -1)
            slot.append(c == nil ? n : -1)
            if c == nil { n += 1 }
        }
        self.cell = cell; self.slot = slot; typedCount = Int(n)
    }

    /// This layout with column i stored rather than read from its cell (shared by every record that asks).
    func storing(_ i: Int) -> RowLayout {
        lock.lock()
        defer { lock.unlock() }
        if let l = moved[i] { return l }
        var cellOf: [Int?] = cell.map { $0 >= 0 ? Int($0) : nil }
        cellOf[i] = nil
        let l = RowLayout(cellOf: cellOf, texts: texts)
        moved[i] = l
        return l
    }
}

extension Value {
    /// The value of a text cell: its text without outer white space, null when nothing is left.
    static func cell(_ raw: String) -> Value {
        let t = raw.trimmedOuter
        return t.isEmpty ? .null : .string(t)
    }
}
