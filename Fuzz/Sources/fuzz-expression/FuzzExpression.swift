import CetakTemplate

/// libFuzzer entry: any text as an expression and as text with `{expression}` holes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? ExprParser.parse(text)
    _ = try? Interpolation.parse(text)
    return 0
}
