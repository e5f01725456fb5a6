import Glibc

extension Diagnostic {
    /// An input file that cannot be read: its message is a clause for "cannot read the file: …".
    public static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.error, .input, at: SourceLocation(file: path), reason)
    }

    /// An `unreadable` diagnostic as a reader reports it: `file: error: cannot read the file: reason`,
    /// with the file as the user named it when that differs from the path opened.
    public func readFailure(named file: String? = nil) -> Diagnostic {
        Diagnostic(.error, .input, at: SourceLocation(file: file ?? self.file), "cannot read the file: \(message)")
    }
}

/// The one way cetak reads an input (a template, a part, a data file, the context, an image, a PDF to
/// join): only a regular file is read — a named pipe, a device or a folder is refused without blocking
/// (it is opened non-blocking and checked before a byte is read) — and at most `limit` bytes, so that a
/// file too large for its job is refused with a message instead of filling memory.
public enum InputFile {
    /// The default limit: 256 MiB, far above any form's data and below what would exhaust a small machine.
    public static let defaultLimit = 256 << 20

    /// The bytes of the regular file at `path`.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(Diagnostic) -> [UInt8] {
        let fd = try open(path)
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Diagnostic.unreadable(path, systemMessage(errno)) }
        let size = Int(st.st_size)
        guard size <= limit else {
            throw Diagnostic.unreadable(path, "it is \(megabytes(size)), more than the \(megabytes(limit)) cetak reads for such a file")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { buf in buf.baseAddress.map { Glibc.read(fd, $0 + done, size - done) } ?? 0 }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Diagnostic.unreadable(path, systemMessage(errno))
            }
            if n == 0 { break }  // the file shrank while being read: what is there is what is read
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }

    /// Opens the regular file at `path` for reading (following symbolic links) and returns its descriptor;
    /// anything else is refused with a message saying what it is.
    public static func open(_ path: String) throws(Diagnostic) -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: throw Diagnostic.unreadable(path, "no such file")
            case EACCES: throw Diagnostic.unreadable(path, "permission denied (the file is not readable for this user)")
            case ELOOP: throw Diagnostic.unreadable(path, "too many symbolic links")
            default: throw Diagnostic.unreadable(path, systemMessage(code))
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let code = errno; close(fd); throw Diagnostic.unreadable(path, systemMessage(code)) }
        let kind = FileKind(mode: st.st_mode)
        guard kind == .regular else {
            close(fd)
            throw Diagnostic.unreadable(path, kind == .directory ? "it is a directory" : "it is \(kind.phrase), not a regular file")
        }
        // Regular files never block; reads go back to the ordinary mode.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Checks that `path` is a regular file that can be opened, without reading it.
    public static func check(_ path: String) throws(Diagnostic) {
        close(try open(path))
    }

    static func megabytes(_ n: Int) -> String {
        n >= 1 << 20 ? "\(n >> 20) MB" : n >= 1 << 10 ? "\(n >> 10) KB" : "\(n) bytes"
    }
}
