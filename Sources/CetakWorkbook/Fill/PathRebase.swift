import Foundation

/// Moves relative image paths from the folder they are relative to now (the context file's) to the
/// workbook's folder, so that a logo named in a context file is still found from the workbook.
struct PathRebase {
    /// Absolute folder the paths are relative to now.
    let from: String
    /// Absolute folder they must be relative to.
    let to: String

    init(from: String, to: String) {
        self.from = Self.absolute(from)
        self.to = Self.absolute(to)
    }

    /// The path relative to `to`; unchanged when it is absolute, when both folders are one, or when
    /// no file is there to find.
    func apply(_ path: String) -> String {
        guard !path.isEmpty, !path.hasPrefix("/"), from != to else { return path }
        let target = (from as NSString).appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: target) else { return path }
        return Self.relative((target as NSString).standardizingPath, from: to)
    }

    /// An absolute, standardized folder path.
    static func absolute(_ folder: String) -> String {
        let f = folder.isEmpty ? "." : folder
        let abs = f.hasPrefix("/") ? f : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(f)
        return (abs as NSString).standardizingPath
    }

    /// `path` (absolute) written relative to `folder` (absolute): `../Data/logo.png`.
    static func relative(_ path: String, from folder: String) -> String {
        let p = path.split(separator: "/").map(String.init)
        let f = folder.split(separator: "/").map(String.init)
        var common = 0
        while common < p.count - 1, common < f.count, p[common] == f[common] { common += 1 }
        return (Array(repeating: "..", count: f.count - common) + p[common...]).joined(separator: "/")
    }
}
