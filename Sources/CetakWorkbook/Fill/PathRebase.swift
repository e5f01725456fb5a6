import CetakCore
import Foundation

/// Moves relative image paths from the folder they are relative to now (the context file's; for a data
/// cell the data file's, then the context file's, as `cetak render` looks) to the workbook's folder, so
/// that a logo named in a context file is still found from the workbook.
///
/// `cetak render` reads an image of a workbook only inside the workbook's folder (`../` never leads
/// out), so a path is rewritten only when the image lies under that folder; an image elsewhere is kept
/// as given, with a warning saying to copy it next to the workbook.
struct PathRebase {
    /// Absolute folders the paths are relative to now, in the order they are looked in.
    let from: [String]
    /// Absolute folder they must be relative to.
    let to: String

    init(from: [String], to: String) {
        var folders: [String] = []
        for f in from.map(Self.absolute) where !folders.contains(f) { folders.append(f) }
        self.from = folders
        self.to = Self.absolute(to)
    }

    init(from: String, to: String) { self.init(from: [from], to: to) }

    /// The path relative to `to`, and a warning when the image is outside `to` (the path is then kept as
    /// given). Unchanged without a warning when it is empty or no file is there to find.
    func apply(_ path: String) -> (path: String, problem: String?) {
        guard !path.isEmpty else { return (path, nil) }
        let candidates = path.hasPrefix("/") ? [(path, to)] : from.map { (($0 as NSString).appendingPathComponent(path), $0) }
        guard let (target, folder, real) = candidates.lazy.compactMap({ c in FolderConfinement.realPath(c.0).map { (c.0, c.1, $0) } }).first else {
            return (path, nil)
        }
        guard FolderConfinement.isInside(real, to) else {
            return (path, "image '\(path)' is outside the workbook's folder (\(to)), where cetak render will not read it: "
                        + "copy the image (\(real)) next to the workbook, or into a folder beside it, and write its path "
                        + "relative to the workbook")
        }
        if folder == to, !path.hasPrefix("/") { return (path, nil) }
        let standard = (target as NSString).standardizingPath
        if standard.hasPrefix(to == "/" ? "/" : to + "/") { return (Self.relative(standard, from: to), nil) }
        return (Self.relative(real, from: FolderConfinement.realPath(to) ?? to), nil)
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
