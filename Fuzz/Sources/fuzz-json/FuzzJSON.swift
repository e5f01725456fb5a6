import CetakCore
import CetakData

/// libFuzzer entry: any bytes as a JSON context (located tree, values) and as a JSON data file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let node = try? JSONReader.parse(bytes, file: "fuzz.json") else { return 0 }
    _ = node.toValue()
    _ = node.members?.first.map { node[$0.key] }
    if let table = try? JSONTable.table(node, file: "fuzz.json") {
        let specs = table.columns.prefix(3).map { ColumnSpec($0, .date, required: false) }
        _ = table.records(columns: specs)
    }
    return 0
}
