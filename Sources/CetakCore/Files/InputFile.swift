import Glibc

/// Why an input file cannot be read; `reason` is a clause for "cannot read the file: …".
public struct InputFileError: Error, Sendable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// Why, in words a clerk can act on.
    public var reason: String

    /// `path: cannot read the file: reason`.
    public var description: String { "\(path): cannot read the file: \(reason)" }
}

/// The one way cetak reads an input (a template, a part, a data file, the context, an image, a PDF to
/// join): only a regular file is read — a named pipe, a device or a folder is refused without blocking
/// (it is opened non-blocking and checked before a byte is read) — and at most `limit` bytes, so that a
/// file too large for its job is refused with a message instead of filling memory.
public enum InputFile {
    /// The default limit: 256 MiB, far above any form's data and below what would exhaust a small machine.
    public static let defaultLimit = 256 << 20

    /// The bytes of the regular file at `path`.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(InputFileError) -> [UInt8] {
        let fd = try open(path)
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw InputFileError(path: path, reason: systemMessage(errno)) }
        let size = Int(st.st_size)
        guard size <= limit else {
            throw InputFileError(path: path, reason: "it is \(megabytes(size)), more than the \(megabytes(limit)) cetak reads for such a file")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { buf in buf.baseAddress.map { Glibc.read(fd, $0 + done, size - done) } ?? 0 }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw InputFileError(path: path, reason: systemMessage(errno))
            }
            if n == 0 { break }  // the file shrank while being read: what is there is what is read
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }

    /// Opens the regular file at `path` for reading (following symbolic links) and returns its descriptor;
    /// anything else is refused with a message saying what it is.
    public static func open(_ path: String) throws(InputFileError) -> Int32 {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: throw InputFileError(path: path, reason: "no such file")
            case EACCES: throw InputFileError(path: path, reason: "permission denied (the file is not readable for this user)")
            case ELOOP: throw InputFileError(path: path, reason: "too many symbolic links")
            default: throw InputFileError(path: path, reason: systemMessage(code))
            }
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let code = errno; close(fd); throw InputFileError(path: path, reason: systemMessage(code)) }
        let kind = FileKind(mode: st.st_mode)
        guard kind == .regular else {
            close(fd)
            throw InputFileError(path: path, reason: kind == .directory ? "it is a directory" : "it is \(kind.phrase), not a regular file")
        }
        // Regular files never block; reads go back to the ordinary mode.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Checks that `path` is a regular file that can be opened, without reading it.
    public static func check(_ path: String) throws(InputFileError) {
        close(try open(path))
    }

    static func megabytes(_ n: Int) -> String {
        n >= 1 << 20 ? "\(n >> 20) MB" : n >= 1 << 10 ? "\(n >> 10) KB" : "\(n) bytes"
    }
}
