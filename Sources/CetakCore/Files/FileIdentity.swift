import Glibc

/// A file as the system knows it: device and inode. Two paths name the same file exactly when their
/// identities are equal (links, `..`, symbolic links and mount points all resolve to it).
public struct FileIdentity: Hashable, Sendable {
    /// The device.
    public let device: UInt64
    /// The inode on that device.
    public let inode: UInt64

    /// The identity of what `path` names, following symbolic links; nil when nothing is there.
    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    /// The identity of an open file.
    public init?(descriptor fd: Int32) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        self.init(st)
    }

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// What kind of thing is at a path, in the words messages use.
public enum FileKind: Sendable, Equatable {
    case regular, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, other

    /// The kind of what is at `path` itself (a symbolic link is not followed); nil when nothing is there.
    public static func at(_ path: String, following: Bool = false) -> FileKind? {
        var st = stat()
        guard (following ? stat(path, &st) : lstat(path, &st)) == 0 else { return nil }
        return FileKind(mode: st.st_mode)
    }

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .other
        }
    }

    /// "a folder", "a named pipe (FIFO)", … for messages.
    public var phrase: String {
        switch self {
        case .regular: return "a file"
        case .directory: return "a folder"
        case .symbolicLink: return "a symbolic link"
        case .fifo: return "a named pipe (FIFO)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .other: return "not a regular file"
        }
    }
}

/// The text of the C library's message for an error number.
func systemMessage(_ code: Int32) -> String { String(cString: strerror(code)) }
