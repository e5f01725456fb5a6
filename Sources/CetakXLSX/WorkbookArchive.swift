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

    /// The largest part read (uncompressed): a bigger one is refused rather than unpacked.
    static let maxPartSize: UInt64 = 1 << 30

    /// Opens the workbook at a path.
    convenience init(path: String, file: String) throws(Diagnostics) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Diagnostics([WorkbookArchive.notAWorkbook(file)])
        }
        self.init(archive: archive, file: file)
    }

    /// Opens a workbook held in memory (an upload).
    convenience init(data: Data, file: String) throws(Diagnostics) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Diagnostics([WorkbookArchive.notAWorkbook(file)])
        }
        self.init(archive: archive, file: file)
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

    /// True when the package has a part at this path (`xl/workbook.xml`).
    func has(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// Streams a part through a handler; a missing part, damaged data or bad XML throws, naming the
    /// file and the part (and the sheet, when one is given).
    func parse(_ path: String, with handler: XMLStreamHandler, sheet: String? = nil) throws(Diagnostics) {
        let at = SourceLocation(file: file, sheet: sheet)
        guard let entry = entries[path.lowercased()] else {
            throw Diagnostics([Diagnostic(.error, at: at, "the workbook lacks its part \(path): save it again with Excel or LibreOffice")])
        }
        guard entry.uncompressedSize <= WorkbookArchive.maxPartSize else {
            throw Diagnostics([Diagnostic(.error, at: at, "the part \(path) is larger than 1 GiB unpacked: too large to read")])
        }
        do {
            let parser = try XMLPushParser(handler: handler)
            // The checksum is zlib's, over the unpacked bytes as they pass (ZIPFoundation's own is slower on Linux).
            var checksum: UInt = 0
            _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true) { data in
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
        } catch let e as XMLStreamError {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file, sheet: sheet), "\(path), line \(e.line): \(e.message)")])
        } catch let d as Diagnostics {
            throw d
        } catch {
            throw Diagnostics([Diagnostic(.error, at: at, "the part \(path) cannot be unpacked (\(error)): the workbook is damaged")])
        }
    }
}
