import CetakCore
import CZlibChecksum
import Foundation
import ZIPFoundation

/// The ZIP package of an .xlsx file (ZIPFoundation), whose XML parts are streamed into a handler.
final class WorkbookArchive {
    /// The file as the user named it, for messages.
    let file: String
    private let archive: Archive
    /// Entries by path, as stored (some writers put a leading slash or use backslashes).
    private var entries: [String: Entry] = [:]
    /// The largest part read, unpacked (`maxPartSize`; smaller in tests).
    var partLimit = WorkbookArchive.maxPartSize

    /// The largest part read, unpacked (about 600,000 rows of a sheet): a bigger one is refused rather
    /// than unpacked, whatever size the package claims for it (a "ZIP bomb" claims a small one).
    static let maxPartSize: UInt64 = 256 << 20

    /// Opens the workbook at a path.
    convenience init(path: String, file: String) throws(Diagnostics) {
        // A regular file only: a named pipe would block the open below.
        do { try InputFile.check(path) } catch {
            throw Diagnostics(error.readFailure(named: file))
        }
        let archive: Archive
        do {
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
            defer { try? handle.close() }
            let length = try handle.seekToEnd()
            try handle.seek(toOffset: length - min(length, UInt64(WorkbookArchive.tailSize)))
            guard WorkbookArchive.endsAsAZip(Array(try handle.readToEnd() ?? Data())) else { throw CocoaError(.fileReadCorruptFile) }
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Diagnostics([WorkbookArchive.notAWorkbook(file)])
        }
        self.init(archive: archive, file: file)
    }

    /// Opens a workbook held in memory (an upload).
    ///
    /// ZIPFoundation's in-memory archives trap on a crafted package that seeks past the end of the
    /// bytes (found by `make fuzz`), where a file just reads nothing; so the bytes go to a temporary
    /// file, opened and unlinked at once (the open file stays readable; nothing is left behind).
    convenience init(data: Data, file: String) throws(Diagnostics) {
        guard WorkbookArchive.endsAsAZip(Array(data.suffix(WorkbookArchive.tailSize))) else {
            throw Diagnostics([WorkbookArchive.notAWorkbook(file)])
        }
        let temporary = (NSTemporaryDirectory() as NSString).appendingPathComponent("cetak-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), "cannot keep the workbook to read it (the temporary folder is not writable)")])
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: temporary), accessMode: .read)
        } catch {
            throw Diagnostics([WorkbookArchive.notAWorkbook(file)])
        }
        self.init(archive: archive, file: file)
    }

    /// The most a ZIP package's end can take: its end record (22 bytes) and the longest comment.
    static let tailSize = 22 + 65_535

    /// True when the last bytes of a file end as a ZIP package does: its last end-of-central-directory
    /// signature starts a record whose comment ends within the file. ZIPFoundation looks for the same
    /// record, but through the whole file (seconds for a big upload that is no workbook) and, given
    /// bytes in memory, keeps them when it finds none; so nothing that fails here is handed to it.
    static func endsAsAZip(_ tail: [UInt8]) -> Bool {
        guard tail.count >= 22 else { return false }
        var o = tail.count - 22
        while o >= 0 {
            if tail[o] == 0x50, tail[o + 1] == 0x4B, tail[o + 2] == 0x05, tail[o + 3] == 0x06 {
                let comment = Int(tail[o + 20]) | Int(tail[o + 21]) << 8
                return o + 22 + comment <= tail.count
            }
            o -= 1
        }
        return false
    }

    private init(archive: Archive, file: String) {
        self.archive = archive
        self.file = file
        for e in archive where e.type == .file {
            var p = e.path.replacingOccurrences(of: "\\", with: "/")
            while p.hasPrefix("/") { p.removeFirst() }
            if entries[p.lowercased()] == nil { entries[p.lowercased()] = e }
        }
    }

    /// The error for a file that is no ZIP package.
    static func notAWorkbook(_ file: String) -> Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: file),
                   "cannot be read as an Excel workbook (.xlsx): the file is damaged, is an older .xls renamed, or has a password "
                   + "(remove the password and save it again as .xlsx)")
    }

    /// The message for a part too large to read.
    func tooLarge(_ path: String) -> String {
        "the part \(path) is larger than \(partLimit >> 20) MiB unpacked: too large to read (split the workbook)"
    }

    /// True when the package has a part at this path (`xl/workbook.xml`).
    func has(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// Streams a part through a handler; a missing part, damaged data or bad XML throws, naming the
    /// file and the part (and the sheet, when one is given).
    func parse(_ path: String, with handler: XMLStreamHandler, sheet: String? = nil) throws(Diagnostics) {
        let at = SourceLocation(file: file, sheet: sheet)
        guard let entry = entries[path.lowercased()] else {
            throw Diagnostics([Diagnostic(.error, at: at, "the workbook lacks its part \(path): save it again with Excel or LibreOffice")])
        }
        guard entry.uncompressedSize <= partLimit else {
            throw Diagnostics([Diagnostic(.error, at: at, tooLarge(path))])
        }
        do {
            let parser = try XMLPushParser(handler: handler)
            // The checksum is zlib's, over the unpacked bytes as they pass (ZIPFoundation's own is slower on Linux).
            var checksum: UInt = 0
            var unpacked: UInt64 = 0
            let limit = partLimit, message = tooLarge(path)
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { data in
                unpacked += UInt64(data.count)
                if unpacked > limit { throw Diagnostics([Diagnostic(.error, at: at, message)]) }
                try data.withUnsafeBytes { raw in
                    if let base = raw.baseAddress, raw.count > 0 {
                        checksum = crc32(checksum, base.assumingMemoryBound(to: Bytef.self), uInt(raw.count))
                    }
                    try parser.feed(raw)
                }
            }
            if UInt32(truncatingIfNeeded: checksum) != entry.checksum {
                throw Diagnostics([Diagnostic(.error, at: at, "the part \(path) is damaged (its checksum does not match): save the workbook again")])
            }
            try parser.finish()
        } catch let e as Diagnostic {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file, sheet: sheet), "\(path), line \(e.location?.line ?? 0): \(e.message)")])
        } catch let d as Diagnostics {
            throw d
        } catch {
            throw Diagnostics([Diagnostic(.error, at: at, "the part \(path) cannot be unpacked (\(error)): the workbook is damaged")])
        }
    }
}
