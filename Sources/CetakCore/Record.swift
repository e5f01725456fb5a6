/// One row of a dataset (or one JSON object): named values and where each came from.
public struct Record: Sendable, Equatable {
    /// The dataset's name (`kegiatan`), or "" for context objects.
    public var dataset: String
    /// Where the row starts (file and line).
    public var location: SourceLocation?
    /// Values by column name (lower-case, trimmed).
    public var fields: [String: Value]
    /// Column names in the order of the file.
    public var order: [String]
    /// Where each cell is (for messages naming file:line:column).
    public var cellLocations: [String: SourceLocation]

    /// Creates a record.
    public init(dataset: String, location: SourceLocation?, fields: [String: Value], order: [String]? = nil,
                cellLocations: [String: SourceLocation] = [:]) {
        self.dataset = dataset
        self.location = location
        self.fields = fields
        self.order = order ?? fields.keys.sorted()
        self.cellLocations = cellLocations
    }

    /// The value of a column, or null.
    public subscript(_ name: String) -> Value { fields[name] ?? .null }

    /// The location of a cell, falling back to the row's.
    public func location(of field: String) -> SourceLocation? {
        cellLocations[field] ?? location?.with(field: field)
    }

    /// Records are equal when their values are; where they came from does not matter.
    public static func == (a: Record, b: Record) -> Bool { a.fields == b.fields }
}
