import CetakCore

extension DataTable {
    /// Required columns the table lacks, one error each naming the file and the column.
    ///
    /// An empty JSON array has no keys at all and so lacks nothing: it is a dataset of no rows.
    public func missingColumns(_ specs: [ColumnSpec]) -> [Diagnostic] {
        if format == .json, rows.isEmpty, rejected.isEmpty { return [] }
        let whereHeader = headerLine > 1 ? "; the header was found on \(sheet == nil ? "line" : "row") \(headerLine)" : ""
        return specs.filter { $0.required && header.index[$0.name] == nil }.map {
            Diagnostic(.error, at: location, "column '\($0.name)' is missing (the form needs it\(whereHeader))")
        }
    }

    /// What stops the table from being used at all: required columns it lacks (`missingColumns`) and
    /// date columns written month first (`monthFirstColumns`). One error each; the run stops (exit 2).
    public func columnProblems(_ specs: [ColumnSpec]) -> [Diagnostic] {
        missingColumns(specs) + monthFirstColumns(specs)
    }

    /// Date columns in which some text can only be read month first (`07/29/2019`): the file was saved
    /// with a US date setting, so its other numeric dates cannot be told from swapped ones and the whole
    /// column is refused (docs/data.md: dates are never swapped silently). One error per column, at its first
    /// such cell. Date cells of a workbook are dates already and are not looked at.
    public func monthFirstColumns(_ specs: [ColumnSpec]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for spec in specs where spec.type == .date {
            guard let i = header.index[spec.name] else { continue }
            for row in rows where i < row.count && row.origin(at: i) == .text {
                let t = CellConversion.trimmedOuter(row.value(at: i))
                if t.isEmpty || (FastParse.date(t) ?? nil) != nil { continue }
                guard case .monthFirst(let date) = DateText.parse(t) else { continue }
                problems.append(Diagnostic(.error, at: row.location(at: i),
                    "the date column '\(spec.name)' holds dates written month first, as a spreadsheet saved with a US date setting writes them "
                    + "(\"\(t)\" can only be \(DateText.long(date))), so its other dates cannot be told from swapped ones and none is read. "
                    + "Save the file again with an Indonesian locale (dates as DD/MM/YYYY) or write the dates as YYYY-MM-DD",
                    value: t))
                break
            }
        }
        return problems
    }

    /// Typed records of the rows that read well, and why the others were left out.
    ///
    /// `rejected` starts with the table's own rejected rows (wrong number of fields, nested
    /// JSON), then one diagnostic per bad cell, so it is the complete list for the report; a
    /// record with two bad cells is left out once but has two diagnostics. Columns not in the
    /// specs are kept as text (an identifier's name makes them identifiers, `IdentifierColumn`); what
    /// cannot be read in them (a formula error, a NIP typed as a number) is null and rejects nothing. An
    /// empty cell is null whatever the type. Call `columnProblems` first: it refuses what no record survives.
    public func records(columns specs: [ColumnSpec]) -> (records: [Record], rejected: [Diagnostic]) {
        var records: [Record] = []
        records.reserveCapacity(rows.count)
        let rejected = forEachRecord(columns: specs) { records.append($0) }
        return (records, rejected)
    }

    /// Types the rows one at a time, in file order, handing each record that reads well to `body`, and
    /// returns why the others were left out (the list `records(columns:)` gives). Nothing is kept here:
    /// a caller that keeps what it needs (a dataset of 50,000 rows) holds the records once, never a
    /// second array of them.
    public func forEachRecord(columns specs: [ColumnSpec], _ body: (Record) -> Void) -> [Diagnostic] {
        var typeOf: [String: ColumnSpec.Kind] = [:]
        for s in specs { typeOf[s.name] = s.type }
        let names = header.names
        let kinds = names.map { typeOf[$0] ?? ColumnSpec($0).type }
        let declared = names.map { typeOf[$0] != nil }
        var rejected = self.rejected
        // One shape for every row: the column names are held once, not per record.
        let shape = RecordShape.of(names)
        // Text columns of a CSV row stay in the file's cells (`CellTexts`); the record stores the others.
        // (An identifier is its trimmed text too, once read: only a shortened number is refused.)
        let isText = kinds.map { $0 == .text || $0 == .identifier }
        var layouts: [[Int?]: RowLayout] = [:]
        for row in rows {
            // A CSV row whose text cells are all there, with no NUL in the row, keeps them where they are:
            // a text cell then needs no string made here (it is read, trimmed, when asked for). (A row with
            // a NUL anywhere has its values made here: the same values, since a NUL fails any cell.)
            let cellOf = names.indices.map { isText[$0] ? row.cellIndex(of: $0) : nil }
            let span = row.span.flatMap { s in
                s.first <= Int(UInt32.max) && names.indices.allSatisfy { !isText[$0] || cellOf[$0] != nil } && !s.holdsNUL ? s : nil
            }
            var values: [Value] = []
            values.reserveCapacity(names.count)
            var ok = true
            var textFailed = false
            for i in names.indices {
                if span != nil && kinds[i] == .text { values.append(.null); continue }
                let raw = row.value(at: i)
                switch CellConversion.value(raw, as: kinds[i], origin: row.origin(at: i)) {
                case .success(let v): values.append(v)
                case .failure(let message):
                    values.append(.null)
                    if isText[i] { textFailed = true }
                    // A column the form does not declare rejects nothing: what cannot be read is left empty.
                    guard declared[i] else { continue }
                    ok = false
                    rejected.append(Diagnostic(.error, .record, at: row.location(at: i), message.text, value: raw))
                }
            }
            guard ok else { continue }
            // An identifier cell that cannot be read (a shortened number) in a column the form does
            // not declare is null: that row keeps its values itself, converted again in full.
            if let span, !textFailed {
                let layout = layouts[cellOf] ?? RowLayout(cellOf: cellOf, texts: span.texts)
                layouts[cellOf] = layout
                body(Record(dataset: name, location: row.location, shape: shape, cells: span, layout: layout,
                            typed: names.indices.filter { !isText[$0] }.map { values[$0] }, columns: header.sourceColumns))
                continue
            }
            if span != nil {
                values = names.indices.map { i in (try? CellConversion.value(row.value(at: i), as: kinds[i]).get()) ?? .null }
            }
            // CSV cells are found from the row's line and the column's position; only JSON,
            // whose cells have lines of their own, keeps a location per cell.
            var locations: [String: SourceLocation] = [:]
            if row.hasOwnPositions {
                for i in names.indices { locations[names[i]] = row.location(at: i) }
            }
            body(Record(dataset: name, location: row.location, shape: shape, values: values, cellLocations: locations,
                        columns: header.sourceColumns))
        }
        return rejected
    }
}
