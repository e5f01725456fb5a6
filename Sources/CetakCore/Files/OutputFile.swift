import Glibc

extension Diagnostic {
    /// An output file that cannot be written: its message is a clause for "cannot write: …".
    public static func unwritable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.error, .output, at: SourceLocation(file: path), reason)
    }

    /// The file concerned, empty when the problem is in no file.
    public var file: String { location?.file ?? "" }
}

/// The one door through which cetak writes a file — each document, the merged PDF, the report — so that
/// one policy holds for all of them:
///
/// - The bytes go to a new file in the destination's folder, `.<name>.tmp-<16 random hex digits>`, created
///   with `O_CREAT|O_EXCL|O_NOFOLLOW`: a name nobody can guess ahead, and a file that is surely new (a
///   symbolic link or a file planted at that name makes the creation fail instead of being written through).
/// - `commit()` renames it over the final path with rename(2), atomic on one file system: readers — and a
///   process killed at any moment — see the old file or the whole new one. It renames only over a regular
///   file or over nothing: never over a device, a named pipe, a folder or a symbolic link (`--report
///   /dev/null` does not replace the device node).
/// - With the run's `RunFiles`, it never replaces an input of the run nor a file the run already wrote
///   (compared by device and inode, so no spelling of a path gets around it).
/// - The temporary file is listed in `TemporaryFiles`, so that SIGINT, SIGTERM and SIGHUP remove it.
///
/// It does not fsync each file: that cost more than drawing the pages, and a killed process loses nothing
/// the kernel already has; against power loss the file system's rename ordering (ext4 auto_da_alloc)
/// keeps either the old or the new file. Anything short of a successful commit (an error, or the object
/// going away) removes the temporary file and leaves any file at the final path untouched.
public final class OutputFile {
    /// Where the file ends up.
    public let finalPath: String
    /// Where it is written meanwhile.
    public let temporaryPath: String
    /// When true, writes are dropped (used while cairo tears down an abandoned document).
    public var discardWrites = false
    /// The first write error, if any.
    public private(set) var writeError: String?
    private let files: RunFiles?
    private var fd: Int32 = -1
    private var settled = false

    /// Creates the temporary file beside `path`; `files` (the run's inputs and outputs) adds the checks by identity.
    public init(path: String, files: RunFiles? = nil) throws(Diagnostic) {
        let (directory, name) = Self.split(path)
        guard !name.isEmpty, name != ".", name != ".." else { throw Diagnostic.unwritable(path, "no file name") }
        finalPath = path
        self.files = files
        try Self.checkTarget(path, files: files)
        var random = SystemRandomNumberGenerator()
        var made: (path: String, fd: Int32)?
        var failure = EEXIST
        // A clash with an existing name (a planted file, or a one-in-2^64 repeat) just takes another name.
        for _ in 0..<16 where made == nil {
            let suffix = String(random.next() as UInt64, radix: 16)
            let tmp = "\(directory).\(Self.shortened(name)).tmp-\(String(repeating: "0", count: 16 - suffix.count))\(suffix)"
            let fd = TemporaryFiles.create(tmp)
            if fd >= 0 { made = (tmp, fd) } else { failure = errno; if failure != EEXIST { break } }
        }
        guard let made else { throw Diagnostic.unwritable(path, Self.explain(failure, folder: directory)) }
        temporaryPath = made.path
        fd = made.fd
    }

    /// Appends bytes; returns false (and remembers why) when the write fails.
    @discardableResult
    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if discardWrites { return true }
        guard writeError == nil, fd >= 0 else { return false }
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                writeError = systemMessage(errno)
                return false
            }
            offset += n
        }
        return true
    }

    /// Appends bytes; returns false when the write fails.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { write($0) } }

    /// Closes the temporary file and renames it into place, after checking again what is at the final path.
    public func commit() throws(Diagnostic) {
        guard !settled, fd >= 0 else { throw Diagnostic.unwritable(finalPath, "the file was already finished or abandoned") }
        if let writeError { abandon(); throw Diagnostic.unwritable(finalPath, writeError) }
        let identity = FileIdentity(descriptor: fd)
        let closed = close(fd) == 0 ? nil : systemMessage(errno)
        fd = -1
        if let problem = closed { abandon(); throw Diagnostic.unwritable(finalPath, problem) }
        do throws(Diagnostic) { try Self.checkTarget(finalPath, files: files) } catch { abandon(); throw error }
        guard rename(temporaryPath, finalPath) == 0 else {
            let reason = systemMessage(errno)
            abandon()
            throw Diagnostic.unwritable(finalPath, reason)
        }
        TemporaryFiles.forget(temporaryPath)
        if let identity { files?.wrote(identity, finalPath) }
        settled = true
    }

    /// Closes and removes the temporary file (idempotent).
    public func abandon() {
        guard !settled else { return }
        discardWrites = true
        if fd >= 0 { close(fd); fd = -1 }
        unlink(temporaryPath)
        TemporaryFiles.forget(temporaryPath)
        settled = true
    }

    deinit { abandon() }

    /// Checks that cetak may put a file at `path`: nothing is there, or a regular file that is neither an
    /// input of the run nor a file it wrote already. Used before a run (so that a bad `--report` or `--merge`
    /// stops it before anything is drawn) and again just before the rename.
    public static func checkTarget(_ path: String, files: RunFiles? = nil) throws(Diagnostic) {
        if let kind = FileKind.at(path), kind != .regular {
            let advice = kind == .directory ? "give a file name, not a folder"
                : kind == .symbolicLink ? "give the path of the file itself: cetak does not write through links"
                : "cetak writes only regular files"
            throw Diagnostic.unwritable(path, "it is \(kind.phrase); \(advice)")
        }
        guard let files, let id = FileIdentity(path: path) else { return }
        if let input = files.input(id) {
            let same = input == path ? "" : " (\(input))"
            throw Diagnostic.unwritable(path, "it is an input of this run\(same): cetak never writes over what it reads")
        }
        if let earlier = files.output(id) {
            throw Diagnostic.unwritable(path, "this run already wrote that file (\(earlier)): two outputs of one run cannot share a file")
        }
    }

    /// Folder (with its slash, or empty) and file name of a path.
    static func split(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The name cut to at most 100 bytes (at a character boundary), so the temporary name stays within NAME_MAX.
    static func shortened(_ name: String) -> String {
        guard name.utf8.count > 100 else { return name }
        var out = ""
        for ch in name {
            if out.utf8.count + String(ch).utf8.count > 100 { break }
            out.append(ch)
        }
        return out
    }

    /// A message for a failed creation in `folder`.
    static func explain(_ code: Int32, folder: String) -> String {
        let where_ = folder.isEmpty ? "the current folder" : "the folder \(folder)"
        switch code {
        case ENOENT: return "\(where_) does not exist"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case EACCES, EPERM: return "permission denied: \(where_) is not writable for this user"
        case EROFS: return "\(where_) is on a read-only file system"
        case ENOSPC: return "no space left on the disk"
        case ECANCELED: return "the run is stopping"
        default: return systemMessage(code)
        }
    }
}
