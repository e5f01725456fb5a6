import CetakCore
import CetakData
import CetakXLSX
import Foundation

/// libFuzzer entry: any bytes as an .xlsx workbook (an upload of `cetak serve` is one): every sheet
/// read as a table with typed columns, and a konteks sheet as the context. Every outcome but a
/// crash, a hang or a leak is fine: errors are diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let book = try? XLSXWorkbook(data: Data(bytes: data, count: size), file: "fuzz.xlsx") else { return 0 }
    let kinds: [ColumnSpec.Kind] = [.text, .date, .number, .bool, .identifier]
    for sheet in book.sheetNames.prefix(4) {
        _ = try? book.context(sheet: sheet)
        guard let table = try? book.table(sheet: sheet, dataset: "fuzz", expecting: nil) else { continue }
        let specs = table.columns.prefix(5).enumerated().map { ColumnSpec($0.element, kinds[$0.offset % kinds.count]) }
        _ = table.columnProblems(specs)
        _ = table.records(columns: specs)
    }
    return 0
}
