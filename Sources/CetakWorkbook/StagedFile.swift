import Glibc
import Synchronization

/// Numbers temporary files so that writers in one process never share a name.
private let stagedFileCounter = Atomic<Int>(0)

/// A temporary name beside a destination, reserved (created empty) so that a library that writes by
/// file name can fill it, then renamed over the destination in one step: readers — and a process
/// killed at any moment — see the old file or the whole new one, never half a workbook.
final class StagedFile {
    /// Where the file ends up.
    let finalPath: String
    /// Where it is written meanwhile (`.<name>.tmp-<pid>-<n>` in the same folder).
    let temporaryPath: String
    private var settled = false

    /// Reserves the temporary name beside `path`.
    init(path: String) throws(XLSXError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw XLSXError("writing \(path)", reason: "no file name") }
        let counter = stagedFileCounter.add(1, ordering: .relaxed).newValue
        temporaryPath = "\(directory).\(name).tmp-\(getpid())-\(counter)"
        finalPath = path
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw XLSXError("writing \(path)", reason: String(cString: strerror(errno))) }
        close(fd)
    }

    deinit { abandon() }

    /// Renames the temporary file over the destination.
    func commit() throws(XLSXError) {
        guard !settled else { return }
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw XLSXError("writing \(finalPath)", reason: reason)
        }
        settled = true
    }

    /// Removes the temporary file (idempotent; nothing after a commit).
    func abandon() {
        guard !settled else { return }
        settled = true
        unlink(temporaryPath)
    }
}
