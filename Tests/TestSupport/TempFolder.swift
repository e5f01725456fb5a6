import Foundation

/// A fresh folder under the temporary directory (`<prefix><UUID>`), made now; the caller removes it.
public func makeTemporaryFolder(_ prefix: String = "cetak-tests-") -> String {
    let p = (NSTemporaryDirectory() as NSString).appendingPathComponent(prefix + UUID().uuidString)
    try? FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
}

/// A fresh folder under the temporary directory; removed when the value goes away.
public final class TempFolder: Sendable {
    /// The folder.
    public let path: String

    /// Makes the folder.
    public init(_ prefix: String = "cetak-tests-") { path = makeTemporaryFolder(prefix) }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a text file (making its sub-folders) and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let p = path + "/" + name
        try? FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }
}
