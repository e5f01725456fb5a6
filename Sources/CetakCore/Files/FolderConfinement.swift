import Glibc

/// Whether a file lies inside a folder once symbolic links are resolved: the one check behind every
/// rule that a path given in data or a context may not lead out of its folder (`../x.png`, a link).
public enum FolderConfinement {
    /// The absolute path with every symbolic link resolved, or nil when nothing is there.
    public static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    /// True when the real path `real` lies inside `folder` (its symbolic links resolved).
    public static func isInside(_ real: String, _ folder: String) -> Bool {
        guard let root = realPath(folder.isEmpty ? "." : folder) else { return false }
        return real.hasPrefix(root == "/" ? "/" : root + "/")
    }
}
