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
        for row in rows {
            var fields: [String: Value] = [:]
            fields.reserveCapacity(names.count)
            var locations: [String: SourceLocation] = [:]
            locations.reserveCapacity(names.count)
            var ok = true
            for i in names.indices {
                let raw = i < row.values.count ? row.values[i] : ""
                let loc = row.location(at: i)
                locations[names[i]] = loc
                switch CellConversion.value(raw, as: kinds[i]) {
                case .success(let v): fields[names[i]] = v
                case .failure(let message):
                    ok = false
                    rejected.append(Diagnostic(.error, at: loc, message.text, value: raw))
                }
            }
            if ok {
                records.append(Record(dataset: name, location: row.location, fields: fields, order: names, cellLocations: locations))
            }
        }
        return (records, rejected)
    }
}
