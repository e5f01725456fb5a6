import CetakCore
import CetakTemplate
import Foundation

/// The schema of the repository's templates, found from this file (Fuzz/Sources/fuzz-template/…).
let schema: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Templates/cetak.rng").path
}()

/// A scratch folder of this process; the input is written there as `form.xml` (the loader reads paths).
let scratch: String = {
    let p = NSTemporaryDirectory() + "cetak-fuzz-template-\(getpid())"
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
}()

/// libFuzzer entry: any bytes as a template file, loaded with and without the schema check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = scratch + "/form.xml"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: size)) else { return 0 }
    _ = try? TemplateLoader.load(path: path, schema: nil)
    _ = try? TemplateLoader.load(path: path, schema: schema)
    _ = TemplateLoader.peek(path: path)
    return 0
}
