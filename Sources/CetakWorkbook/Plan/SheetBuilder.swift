import CetakCore
import CetakTemplate

/// Makes the sheets of a workbook from the data contract: a sheet per dataset and the `konteks` sheet.
enum SheetBuilder {
    /// The name of the context sheet.
    static let contextSheet = "konteks"

    /// A dataset's sheet: the contract's columns (then any `extra` columns a data file brought), and rows.
    static func dataset(_ d: ProgrammeDataset, rows: [[SheetCell]] = [], extra: [String] = []) -> SheetPlan {
        var columns = d.columns.enumerated().map { i, f in
            column(f, values: rows.lazy.compactMap { i < $0.count ? display($0[i]) : nil })
        }
        for (j, name) in extra.enumerated() {
            let i = d.columns.count + j
            columns.append(SheetColumn(header: name, note: "Kolom ini bukan bagian dari data \(d.name); cetak tidak membacanya.",
                                       width: width(name, rows.lazy.compactMap { i < $0.count ? display($0[i]) : nil })))
        }
        return SheetPlan(name: d.name, columns: columns, rows: rows)
    }

    /// The column of a contract field: header, note (with choices and an example), format, drop-down
    /// list, and a width that fits the header, the example and the values.
    static func column(_ f: ProgrammeField, values: some Sequence<String>) -> SheetColumn {
        SheetColumn(header: f.name, note: note(f), format: format(f.type), choices: choices(f),
                    width: width(f.name, CollectionOfOne(exampleText(f)).lazy.map { $0 } + values, minimum: f.type == .date ? 11 : 0))
    }

    /// The `konteks` sheet: one row per key (kunci, nilai, keterangan).
    static func context(_ entries: [(key: String, field: ProgrammeField, cell: SheetCell)]) -> SheetPlan {
        let rows = entries.map { [SheetCell.text($0.key), $0.cell, .text($0.field.note)] }
        var lists: [CellChoice] = []
        for (i, e) in entries.enumerated() {
            if let c = choices(e.field) { lists.append(CellChoice(row: i, column: 1, choices: c)) }
        }
        let columns = [
            SheetColumn(header: "kunci", note: "Nama kunci yang dibaca formulir; jangan diubah. Titik memisahkan bagian (kepala_dinas.nama), angka menomori butir daftar (penilai.1.nama, penilai.2.nama).",
                        width: width("kunci", entries.map(\.key))),
            SheetColumn(header: "nilai", note: "Isi nilainya di sini (nilai contoh: gantilah dengan nilai Anda). Tanggal sebagai tanggal (22/11/2026), NIP sebagai teks.",
                        width: width("nilai", entries.compactMap { display($0.cell) }, minimum: 12)),
            SheetColumn(header: "keterangan", note: "Penjelasan kunci; tidak dibaca cetak.",
                        width: width("keterangan", entries.map(\.field.note))),
        ]
        return SheetPlan(name: contextSheet, columns: columns, rows: rows, cellLists: lists)
    }

    /// The note on a header: the contract's note, the choices, an example.
    static func note(_ f: ProgrammeField) -> String {
        var lines = [f.note]
        if f.type == .bool { lines.append("Pilihan: ya, tidak.") }
        else if !f.values.isEmpty { lines.append((f.open ? "Biasanya: " : "Pilihan: ") + f.values.joined(separator: ", ") + ".") }
        if !f.example.isEmpty { lines.append("Contoh: " + exampleText(f)) }
        return lines.joined(separator: "\n")
    }

    /// An example as a clerk types it (dates day first, numbers with a decimal comma).
    static func exampleText(_ f: ProgrammeField) -> String {
        if f.type == .date, let d = CivilDate.parse(f.example) { return dayFirst(d) }
        if f.type == .number { return f.example.replacingOccurrences(of: ".", with: ",") }
        return f.example
    }

    /// The cell of an example value.
    static func example(_ f: ProgrammeField) -> SheetCell {
        if f.example.isEmpty { return blank(f.type) }
        return CellMaker.cell(f.example, as: f.type).cell
    }

    /// An empty cell formatted for what its type will hold.
    static func blank(_ type: FieldType) -> SheetCell {
        let f = format(type)
        return f == .general ? .empty : .blank(f)
    }

    static func format(_ type: FieldType) -> CellFormat {
        switch type {
        case .date: return .date
        case .identifier: return .text
        case .text, .number, .bool, .image: return .general
        }
    }

    static func choices(_ f: ProgrammeField) -> Choices? {
        if f.type == .bool { return Choices(values: ["ya", "tidak"], open: true) }
        return f.values.isEmpty ? nil : Choices(values: f.values, open: f.open)
    }

    /// A width in characters that fits the header and the values (long texts are cut at 50).
    static func width(_ header: String, _ values: some Sequence<String>, minimum: Double = 0) -> Double {
        var longest = header.count + 2
        for v in values { longest = max(longest, v.count) }
        return min(52, max(8, max(minimum, Double(longest) + 2)))
    }

    /// How a cell shows, for widths.
    static func display(_ c: SheetCell) -> String? {
        switch c {
        case .empty, .blank: return nil
        case .text(let s), .identifier(let s): return s
        case .number(let n): return String(n)
        case .date: return "00/00/0000"
        }
    }

    static func dayFirst(_ d: CivilDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(d.day))/\(two(d.month))/\(d.year)"
    }
}
