import Foundation

/// Whether a file lies inside a folder once `..` and symbolic links are resolved (`realpath`), so a
/// path from uploaded data cannot reach other files of the machine.
enum ConfinedPath {
    /// True when `path` exists and resolves to somewhere under `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        guard let file = real(path), let root = real(folder) else { return false }
        return file.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func real(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }
}
