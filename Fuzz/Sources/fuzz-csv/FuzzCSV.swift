import CetakCore
import CetakData

/// libFuzzer entry: any bytes as a CSV file, then typed as dates, numbers and yes/no.
/// Every outcome but a crash, a hang or a leak is fine: errors are diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? CSVReader.read(bytes, file: "fuzz.csv") else { return 0 }
    let names = Array(table.columns.prefix(4))
    let kinds: [ColumnSpec.Kind] = [.text, .date, .number, .bool, .identifier]
    let specs = names.enumerated().map { ColumnSpec($0.element, kinds[$0.offset % kinds.count], required: false) }
    _ = table.records(columns: specs)
    return 0
}
