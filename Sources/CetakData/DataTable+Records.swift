import CetakCore

extension DataTable {
    /// Required columns the table lacks, one error each naming the file and the column.
    ///
    /// An empty JSON array has no keys at all and so lacks nothing: it is a dataset of no rows.
    public func missingColumns(_ specs: [ColumnSpec]) -> [Diagnostic] {
        if format == .json, rows.isEmpty, rejected.isEmpty { return [] }
        return specs.filter { $0.required && header.index[$0.name] == nil }.map {
            Diagnostic(.error, at: SourceLocation(file: file), "column '\($0.name)' is missing (the form needs it)")
        }
    }

    /// Typed records of the rows that read well, and why the others were left out.
    ///
    /// `rejected` starts with the table's own rejected rows (wrong number of fields, nested
    /// JSON), then one diagnostic per bad cell, so it is the complete list for the report; a
    /// record with two bad cells is left out once but has two diagnostics. Columns not in the
    /// specs are kept as text. An empty cell is null whatever the type.
    public func records(columns specs: [ColumnSpec]) -> (records: [Record], rejected: [Diagnostic]) {
        var typeOf: [String: ColumnSpec.Kind] = [:]
        for s in specs { typeOf[s.name] = s.type }
        let names = header.names
        let kinds = names.map { typeOf[$0] ?? .text }
        var records: [Record] = []
        records.reserveCapacity(rows.count)
        var rejected = self.rejected
        // One shape for every row: the column names are held once, not per record.
        let shape = RecordShape.of(names)
        for row in rows {
            var values: [Value] = []
            values.reserveCapacity(names.count)
            var ok = true
            for i in names.indices {
                let raw = i < row.values.count ? row.values[i] : ""
                switch CellConversion.value(raw, as: kinds[i]) {
                case .success(let v): values.append(v)
                case .failure(let message):
                    ok = false
                    values.append(.null)
                    rejected.append(Diagnostic(.error, at: row.location(at: i), message.text, value: raw))
                }
            }
            if ok {
                // CSV cells are found from the row's line and the column's position; only JSON,
                // whose cells have lines of their own, keeps a location per cell.
                var locations: [String: SourceLocation] = [:]
                if row.hasOwnPositions {
                    for i in names.indices { locations[names[i]] = row.location(at: i) }
                }
                records.append(Record(dataset: name, location: row.location, shape: shape, values: values, cellLocations: locations))
            }
        }
        return (records, rejected)
    }
}
