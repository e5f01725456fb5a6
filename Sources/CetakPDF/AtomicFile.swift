import Glibc
import Synchronization

/// Numbers temporary files so that writers in one process never share a name.
private let temporaryFileCounter = Atomic<Int>(0)

/// A file written under a temporary name in its destination directory and renamed into place.
///
/// The temporary name is `.<name>.tmp-<pid>-<counter>`. `commit()` closes it and renames it over
/// the final path with rename(2), which is atomic on one file system: readers — and a process
/// killed at any moment — see the old file or the whole new one, never a truncated one. It does
/// not fsync each file: that cost more than drawing the pages, and a killed process loses nothing
/// the kernel already has; against power loss the file system's rename ordering (ext4
/// auto_da_alloc) keeps either the old or the new file. Anything short of a successful
/// commit (an error, or the object going away) unlinks the temporary file and leaves any file
/// already at the final path untouched.
final class AtomicFile {
    /// Where the file ends up.
    let finalPath: String
    /// Where it is written meanwhile.
    let temporaryPath: String
    /// When true, writes are dropped (used while cairo tears down an abandoned document).
    var discardWrites = false
    /// The first write error, if any.
    private(set) var writeError: String?
    private var fd: Int32
    private var settled = false

    /// Creates the temporary file beside `path`.
    init(path: String) throws(PDFError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw PDFError.output(path: path, reason: "no file name") }
        let counter = temporaryFileCounter.add(1, ordering: .relaxed).newValue
        temporaryPath = "\(directory).\(name).tmp-\(getpid())-\(counter)"
        finalPath = path
        fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw PDFError.output(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Appends bytes; returns false (and remembers why) when the write fails.
    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if discardWrites { return true }
        guard writeError == nil, fd >= 0 else { return false }
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                writeError = String(cString: strerror(errno))
                return false
            }
            offset += n
        }
        return true
    }

    /// Flushes, closes and renames the temporary file into place.
    func commit() throws(PDFError) {
        guard !settled, fd >= 0 else { throw PDFError.closed(path: finalPath) }
        if let writeError { abandon(); throw PDFError.output(path: finalPath, reason: writeError) }
        let closed = close(fd) == 0 ? nil : String(cString: strerror(errno))
        fd = -1
        if let problem = closed { abandon(); throw PDFError.output(path: finalPath, reason: problem) }
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw PDFError.output(path: finalPath, reason: reason)
        }
        settled = true
    }

    /// Closes and removes the temporary file (idempotent).
    func abandon() {
        guard !settled else { return }
        discardWrites = true
        if fd >= 0 { close(fd); fd = -1 }
        unlink(temporaryPath)
        settled = true
    }

    deinit { abandon() }
}

