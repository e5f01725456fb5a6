import CetakCore
import CetakData
import Foundation

/// Reads a worksheet part (`<sheetData>` row by row, then `<mergeCells>`) into rows of cell texts,
/// each with what the cell held (`CellOrigin`). Only rows with a value are kept; cells are placed
/// by their reference (`B17`), or after the previous one when a writer leaves it out.
final class SheetHandler: XMLStreamHandler {
    let strings: [String]
    let formats: [NumberFormat]
    let date1904: Bool
    let writtenByCalc: Bool

    /// The rows that hold a value, in sheet order.
    private(set) var rows: [SheetRow] = []
    /// The merged cells.
    private(set) var merges: [CellRange] = []

    // The row being read.
    private var rowNumber = 0
    private var fields: [String] = []
    private var origins: [CellOrigin] = []
    private var special = false
    // The cell being read.
    private var column = 0
    private var type: CellType = .number
    private var style = 0
    private var hasFormula = false
    private var hasValue = false
    private var inValue = false
    private var inInline = false
    private var inText = false
    private var inPhonetic = 0
    private var buffer: [UInt8] = []

    /// The `t` attribute of a cell.
    enum CellType { case number, shared, inline, formulaText, bool, error, isoDate }

    init(strings: [String], formats: [NumberFormat], date1904: Bool, writtenByCalc: Bool) {
        self.strings = strings
        self.formats = formats
        self.date1904 = date1904
        self.writtenByCalc = writtenByCalc
    }

    override func start(_ e: XMLStart) {
        let n = e.name
        if n.is("c") {
            column = e.withAttribute("r", SheetHandler.column) ?? column + 1
            type = SheetHandler.cellType(e)
            style = e.integer("s") ?? 0
            hasFormula = false
            hasValue = false
            buffer.removeAll(keepingCapacity: true)
        } else if n.is("v") {
            inValue = true
            hasValue = true
            buffer.removeAll(keepingCapacity: true)
        } else if n.is("f") {
            hasFormula = true
        } else if n.is("is") {
            inInline = true
            hasValue = true
        } else if n.is("t") {
            inText = inInline
        } else if n.is("rPh") {
            inPhonetic += 1
        } else if n.is("row") {
            rowNumber = e.integer("r") ?? rowNumber + 1
            fields.removeAll(keepingCapacity: true)
            origins.removeAll(keepingCapacity: true)
            special = false
            column = 0
        } else if n.is("mergeCell"), let ref = e.attribute("ref"), let range = CellRange(reference: ref) {
            merges.append(range)
        }
    }

    override func end(_ name: XMLName) {
        if name.is("v") {
            inValue = false
        } else if name.is("c") {
            finishCell()
        } else if name.is("is") {
            inInline = false
        } else if name.is("t") {
            inText = false
        } else if name.is("rPh") {
            inPhonetic -= 1
        } else if name.is("row") {
            if !fields.isEmpty {
                rows.append(SheetRow(line: rowNumber, fields: fields, origins: special ? origins : nil))
            }
        }
    }

    override func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inValue || (inText && inPhonetic == 0) { buffer.append(contentsOf: bytes) }
    }

    /// The column of a cell reference (`B17` → 2), read from the bytes as they are.
    static func column(_ ref: UnsafeBufferPointer<UInt8>) -> Int {
        var column = 0
        for b in ref {
            switch b {
            case 0x41...0x5A: column = column * 26 + Int(b - 0x40)
            case 0x61...0x7A: column = column * 26 + Int(b - 0x60)
            case 0x24: continue
            default: return column
            }
        }
        return column
    }

    static func cellType(_ e: XMLStart) -> CellType {
        e.withAttribute("t") { t -> CellType in
            guard let first = t.first else { return .number }
            switch (first, t.count) {
            case (UInt8(ascii: "s"), 1): return .shared
            case (UInt8(ascii: "s"), _): return .formulaText
            case (UInt8(ascii: "i"), _): return .inline
            case (UInt8(ascii: "b"), _): return .bool
            case (UInt8(ascii: "e"), _): return .error
            case (UInt8(ascii: "d"), _): return .isoDate
            default: return .number
            }
        } ?? .number
    }

    /// Turns the cell just read into text and origin and puts it in the row.
    private func finishCell() {
        guard column >= 1, column <= 16_384 else {
            failure = "a cell of row \(rowNumber) has a reference outside the sheet"
            return
        }
        guard hasValue || hasFormula else { return }  // formatted but empty (a bordered cell)
        let (text, origin) = value()
        if text.isEmpty && origin == .text { return }
        while fields.count < column { fields.append(""); origins.append(.text) }
        fields[column - 1] = text
        origins[column - 1] = origin
        if origin != .text { special = true }
    }

    private func value() -> (String, CellOrigin) {
        let raw = String(decoding: buffer, as: UTF8.self)
        switch type {
        case .shared:
            guard let i = Int(raw), i >= 0, i < strings.count else {
                failure = "cell \(reference) refers to text the workbook does not hold (shared string \(raw)): save it again with Excel or LibreOffice"
                return ("", .text)
            }
            return (strings[i], .text)
        case .inline: return (OOXMLText.decode(buffer), .text)
        case .formulaText: return (OOXMLText.decode(buffer), .text)
        case .bool: return (raw == "1" || raw.lowercased() == "true" ? "true" : "false", .bool)
        case .error: return (raw, .error)
        case .isoDate:
            guard let date = CivilDate.parse(String(raw.prefix(10))) else { return (raw, .text) }
            return (date.description, .date)
        case .number:
            if raw.isEmpty { return ("", hasFormula ? .unsavedFormula : .text) }
            let format = style < formats.count ? formats[style] : .number
            if format != .number, let serial = Double(raw) {
                return dateText(serial, format)
            }
            guard let text = NumberText.shortest(raw) else {
                failure = "cell \(reference) holds \"\(raw)\", which is no number: save the workbook again with Excel or LibreOffice"
                return ("", .text)
            }
            return (text, .number)
        }
    }

    /// A number shown as a date, a time or both.
    private func dateText(_ serial: Double, _ format: NumberFormat) -> (String, CellOrigin) {
        let shown = SerialDate.split(serial, rounding: format != .date)
        if format == .time, let (_, seconds) = shown {
            return (SerialDate.time(seconds), .time)
        }
        guard let (n, seconds) = shown, let day = SerialDate.day(n, date1904: date1904, calc: writtenByCalc) else {
            return (NumberText.shortest(String(serial)) ?? String(serial), .nonexistentDate)
        }
        if format == .dateTime, seconds != 0 { return (day.description + " " + SerialDate.time(seconds).replacingOccurrences(of: ".", with: ":"), .date) }
        return (day.description, .date)
    }

    private var reference: String { SourceLocation.columnLetters(column) + String(rowNumber) }
}
