import CetakCore

/// Makes a table of the rows of a CSV file or a sheet laid out as clerks make them (docs/data.md,
/// "Sheets as clerks make them"), the same way for both:
///
/// - the header row is the first row holding the form's column names: title rows above it are
///   skipped (the first row that holds every required column, else the one holding the most
///   names, among the first 50; without a form, the first row that is not empty);
/// - a header cell merged down over two rows (`A3:A4`) makes both rows the header, and a column's
///   name is its lowest header cell that is not empty, so a group title merged across columns
///   over the names under it (`Nilai` over `makalah`, `rtp`) gives way to those names;
/// - columns without a name (bordered empty columns) and rows with no value are ignored;
/// - a data cell merged down over several rows (one date for three activities) holds its value in
///   every one of those rows, as the sheet shows it.
public struct TableBuilder: Sendable {
    /// The file, for messages.
    public var file: String
    /// The dataset the table is.
    public var dataset: String
    /// The sheet, when the rows come from a workbook.
    public var sheet: String?
    /// CSV or XLSX.
    public var format: DataFormat
    /// The columns the form reads, or nil to take the first row that is not empty as the header.
    public var expecting: [ColumnSpec]?
    /// The merged cells of the sheet.
    public var merges: [CellRange] = []

    /// How many rows from the top may hold titles before the header.
    static let headerSearchRows = 50

    /// Creates a builder.
    public init(file: String, dataset: String, sheet: String? = nil, format: DataFormat, expecting: [ColumnSpec]? = nil,
                merges: [CellRange] = []) {
        self.file = file
        self.dataset = dataset
        self.sheet = sheet
        self.format = format
        self.expecting = expecting
        self.merges = merges
    }

    /// The table of the rows; a file with no row, or a header naming a needed column twice, throws.
    public func table(_ input: [SheetRow], warnings: [Diagnostic] = []) throws(Diagnostics) -> DataTable {
        guard let first = input.firstIndex(where: { !$0.isBlank }) else {
            let what = sheet.map { "the sheet '\($0)' is empty" } ?? "the file is empty (a CSV file needs at least a header line)"
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file, sheet: sheet), what)])
        }
        let h = headerRow(input, from: first)
        let band = headerBand(input, at: h)
        let header = try columns(input, band: band)
        let rows = filledMerges(input, after: band.upperBound)
        let names = ColumnHeader(header.names, sourceColumns: header.columns, sheet: sheet)
        let width = input[h].count
        let contiguous = header.columns.enumerated().allSatisfy { $0.element == $0.offset + 1 }
        var kept: [DataRow] = []
        kept.reserveCapacity(rows.count - band.upperBound)
        var rejected: [Diagnostic] = []
        for r in rows[band.upperBound...] {
            if header.columns.allSatisfy({ $0 > r.count || r.isBlankField($0 - 1) }) { continue }
            if format == .csv, r.count != width {
                let extraFilled = r.count > width && (width..<r.count).contains { !r.isBlankField($0) }
                let namedMissing = header.columns.contains { $0 > r.count }
                if extraFilled || namedMissing {
                    rejected.append(Diagnostic(.error, .record, at: SourceLocation(file: file, line: r.line, sheet: sheet),
                        "expected \(width) fields as in the header, found \(r.count); the row is left out" + Self.decimalCommaHint(r, width: width)))
                    continue
                }
            }
            // Every column named and the row no wider than the header: the row's arrays are the values
            // (a row whose last cells are empty is shorter; a missing value reads as "").
            let asIs = contiguous && r.count <= header.columns.count
            if let cells = r.cells, r.origins == nil {
                // A CSV row keeps its cells where they are (`CellTexts`), the header saying which are whose.
                kept.append(DataRow(file: file, line: r.line, cells: cells, header: names))
                continue
            }
            let values = asIs ? r.fields : header.columns.map { $0 <= r.count ? r.field($0 - 1) : "" }
            var origins: [CellOrigin]?
            if let o = r.origins {
                origins = asIs ? o : header.columns.map { r.origin(at: $0 - 1) }
            }
            kept.append(DataRow(file: file, line: r.line, values: values, positions: nil, header: names, origins: origins))
        }
        var notes = warnings
        if kept.isEmpty, rejected.isEmpty {
            notes.append(Diagnostic(.warning, at: SourceLocation(file: file, line: input[h].line, sheet: sheet),
                "the \(sheet == nil ? "file" : "sheet") has a header \(sheet == nil ? "line" : "row") but no records: nothing is read from it"))
        }
        var table = DataTable(name: dataset, file: file, format: format, header: names, rows: kept, warnings: notes, rejected: rejected)
        table.headerLine = input[h].line
        return table
    }

    /// For a CSV row one field wider than the header: the likely cause, a number written with a decimal
    /// comma and no quotes (`4,10` read as two fields), named so the clerk can quote it; empty otherwise.
    static func decimalCommaHint(_ r: SheetRow, width: Int) -> String {
        guard r.count == width + 1 else { return "" }
        for i in 0..<(r.count - 1) {
            let a = r.field(i), b = r.field(i + 1)
            guard let last = a.last, last.isASCII, last.isNumber, !b.isEmpty, b.count <= 3,
                  b.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            return " (is \"\(a.suffix(12)),\(b)\" one number with a decimal comma? Put it in quotes, or save the file with ; between fields)"
        }
        return ""
    }

    /// Index of the header row among the rows.
    func headerRow(_ rows: [SheetRow], from first: Int) -> Int {
        guard let expecting, !expecting.isEmpty else { return first }
        let wanted = Set(expecting.map(\.name))
        let required = Set(expecting.filter(\.required).map(\.name))
        var best = first, bestScore = 0, seen = 0
        var i = first
        while i < rows.count, seen < TableBuilder.headerSearchRows {
            defer { i += 1 }
            if rows[i].isBlank { continue }
            seen += 1
            let names = Set(bandNames(rows, band: headerBand(rows, at: i)).filter { !$0.isEmpty })
            let score = names.intersection(wanted).count
            if score > 0, required.isSubset(of: names) { return i }
            if score > bestScore { best = i; bestScore = score }
        }
        return best
    }

    /// The rows of the header starting at row index h: more than one when a header cell of that
    /// row is merged down.
    func headerBand(_ rows: [SheetRow], at h: Int) -> Range<Int> {
        let line = rows[h].line
        let bottom = merges.filter { $0.firstRow == line }.map(\.lastRow).max() ?? line
        var end = h + 1
        while end < rows.count, rows[end].line <= bottom { end += 1 }
        return h..<end
    }

    /// The name of each column of a header band: its lowest cell that is not empty, trimmed and lower-cased.
    func bandNames(_ rows: [SheetRow], band: Range<Int>) -> [String] {
        let width = band.map { rows[$0].count }.max() ?? 0
        return (0..<width).map { j in
            for b in band.reversed() where j < rows[b].count {
                let name = rows[b].field(j).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if !name.isEmpty { return name }
            }
            return ""
        }
    }

    /// The named columns of the header: names and the file's column numbers. A name that comes
    /// twice is an error when the form reads that column; otherwise the first is kept.
    func columns(_ rows: [SheetRow], band: Range<Int>) throws(Diagnostics) -> (names: [String], columns: [Int]) {
        let wanted = expecting.map { Set($0.map(\.name)) }
        var names: [String] = [], columns: [Int] = []
        var seen: [String: Int] = [:]
        var problems = Diagnostics()
        for (j, name) in bandNames(rows, band: band).enumerated() where !name.isEmpty {
            if let earlier = seen[name] {
                if wanted?.contains(name) ?? true {
                    let at = SourceLocation(file: file, line: rows[band.lowerBound].line, column: j + 1, sheet: sheet)
                    problems.error(at, "column '\(name)' appears twice in the header (columns \(label(earlier)) and \(label(j + 1)))", value: name)
                }
                continue
            }
            seen[name] = j + 1
            names.append(name)
            columns.append(j + 1)
        }
        try problems.throwIfErrors()
        return (names, columns)
    }

    /// A column as the user sees it: its letter in a sheet, its number in a CSV file.
    func label(_ column: Int) -> String { sheet == nil ? String(column) : SourceLocation.columnLetters(column) }

    /// The rows with each data cell merged down copied into the rows it covers.
    func filledMerges(_ input: [SheetRow], after dataStart: Int) -> [SheetRow] {
        let firstDataLine = dataStart < input.count ? input[dataStart].line : Int.max
        let down = merges.filter { $0.firstRow >= firstDataLine && $0.lastRow > $0.firstRow }
        guard !down.isEmpty else { return input }
        var rows = input
        var at: [Int: Int] = [:]
        for (i, r) in rows.enumerated() { at[r.line] = i }
        for m in down {
            let c = m.firstColumn - 1
            guard let top = at[m.firstRow], c < rows[top].fields.count else { continue }
            let value = rows[top].fields[c]
            let origin = rows[top].origin(at: c)
            for line in (m.firstRow + 1)...m.lastRow {
                guard let i = at[line] else { continue }
                while rows[i].fields.count <= c { rows[i].fields.append("") }
                guard SheetRow.isBlank(rows[i].fields[c]) else { continue }
                rows[i].fields[c] = value
                if origin != .text {
                    var o = rows[i].origins ?? []
                    while o.count < rows[i].fields.count { o.append(.text) }
                    o[c] = origin
                    rows[i].origins = o
                }
            }
        }
        return rows
    }
}
