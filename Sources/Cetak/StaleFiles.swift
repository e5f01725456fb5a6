import CetakCore
import Foundation

/// `--clean`: the PDFs in a form's output folder that the run did not write — files of an earlier run
/// with other data (a month from a mistyped id, a candidate since removed) — are removed, so that
/// they are not taken for this run's.
enum StaleFiles {
    /// Removes the `.pdf` files directly in `folder` whose names are not in `keep` (file names), nor
    /// `except` (the merged PDF when it lies there), nor inputs of the run; returns the paths removed, sorted.
    static func remove(in folder: String, keep: Set<String>, except: String?, files: RunFiles? = nil) throws -> [String] {
        let fm = FileManager.default
        let merged = except.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        var removed: [String] = []
        for name in try fm.contentsOfDirectory(atPath: folder).sorted()
        where name.lowercased().hasSuffix(".pdf") && !name.hasPrefix(".") && !keep.contains(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            if let merged, URL(fileURLWithPath: path).standardizedFileURL.path == merged { continue }
            if let files, let id = FileIdentity(path: path), files.input(id) != nil { continue }
            try fm.removeItem(atPath: path)
            removed.append(path)
        }
        return removed
    }
}
