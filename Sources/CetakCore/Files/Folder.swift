import Glibc

/// Makes folders (`mkdir -p`), with messages that say what is in the way.
public enum Folder {
    /// Makes `path` and the folders above it that are missing; a file in the way is named in the error.
    public static func make(_ path: String) throws(Diagnostic) {
        if path.isEmpty { return }
        if let kind = FileKind.at(path, following: true) {
            if kind == .directory { return }
            throw Diagnostic.unwritable(path, "it is \(kind.phrase), not a folder")
        }
        let parent = PathText.folder(of: path)
        if !parent.isEmpty, parent != path { try make(parent) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            let code = errno
            throw Diagnostic.unwritable(path, code == EACCES ? "permission denied" : String(cString: strerror(code)))
        }
    }
}
