import CetakPDF
import Foundation

/// A scratch folder of this process; the input is written there as `in.pdf` (the joiner reads paths).
let scratch: String = {
    let p = NSTemporaryDirectory() + "cetak-fuzz-joiner-\(getpid())"
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
}()

/// libFuzzer entry: any bytes as a PDF given to `cetak merge` (cross-reference table, trailer, page tree,
/// objects, stream lengths direct or indirect), joined twice with itself. Every outcome but a crash, a
/// hang or a leak is fine: a PDF cetak cannot join is an error naming it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = scratch + "/in.pdf"
    guard FileManager.default.createFile(atPath: input, contents: Data(bytes: data, count: size)) else { return 0 }
    try? PDFJoiner.join([(input, "a"), (input, "b")], to: scratch + "/out.pdf", title: "fuzz", creationDate: 0)
    return 0
}
