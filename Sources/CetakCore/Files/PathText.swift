/// Paths as text, without Foundation's `NSString.deletingLastPathComponent`, which traps on a
/// one-character path (`"x"`, `"o/"`) in the Foundation of Swift 6.3 on Linux: any short name a user
/// gives (`--out o`, `--report r`) would otherwise end the run by a signal.
public enum PathText {
    /// The folder part of a path, as `deletingLastPathComponent` gives it: `"a/b"` → `"a"`,
    /// `"/a"` → `"/"`, `"a"` → `""`, trailing slashes ignored.
    public static func folder(of path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        if slash == p.startIndex { return "/" }
        var f = p[..<slash]
        while f.count > 1, f.hasSuffix("/") { f = f.dropLast() }
        return String(f)
    }
}
