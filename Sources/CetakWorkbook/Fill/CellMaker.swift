import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// Turns a value as written in a CSV, JSON or the contract into the cell of its contract type:
/// dates as date cells, numbers as number cells, identifiers as text, yes/no as ya/tidak.
enum CellMaker {
    /// The cell, and why the text is not of its type when it is not (then it is kept as text).
    static func cell(_ raw: String, as type: FieldType) -> (cell: SheetCell, problem: String?) {
        let t = CellConversion.trimmedOuter(raw)
        if t.isEmpty { return (SheetBuilder.blank(type), nil) }
        switch type {
        case .text, .image: return (.text(t), nil)
        case .identifier: return (.identifier(t), nil)
        case .date:
            if case .success(.date(let d)) = CellConversion.value(t, as: .date) { return (.date(d), nil) }
            return (.text(t), "\"\(t)\" is not a date: kept as text")
        case .number:
            if case .success(.number(let n)) = CellConversion.value(t, as: .number), let d = Double(DecimalText.plain(n)) {
                return (.number(d), nil)
            }
            return (.text(t), "\"\(t)\" is not a number: kept as text")
        case .bool:
            if case .success(.bool(let b)) = CellConversion.value(t, as: .bool) { return (.text(b ? "ya" : "tidak"), nil) }
            return (.text(t), "\"\(t)\" is not ya or tidak: kept as text")
        }
    }
}
