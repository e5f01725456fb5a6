import CetakCore
import Foundation
import Glibc

/// A workbook written by a library that writes by file name (libxlsxwriter has no memory output in
/// Debian's 1.1.4), brought to its destination through cetak's one output door.
///
/// The library writes into a private folder made for it with mkdtemp(3) beside the destination (mode 0700,
/// an unguessable name: nobody else can plant a link in it); `commit()` then reads the workbook back and
/// writes it with `OutputFile` — a new temporary file renamed only over a regular file or nothing, never
/// over an input — and removes the folder. Readers, and a process killed at any moment, see the old file or
/// the whole new one; SIGINT/SIGTERM/SIGHUP remove the folder (`TemporaryFiles`).
final class StagedFile {
    /// Where the file ends up.
    let finalPath: String
    /// Where the library writes it meanwhile (`.<name>.tmp-XXXXXX/workbook.xlsx` in the same folder).
    let temporaryPath: String
    private let folder: String
    private var settled = false

    /// Makes the private folder beside `path`, after checking that a workbook may be put at `path`.
    init(path: String) throws(Diagnostic) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else { throw Diagnostic.xlsx("writing \(path)", reason: "no file name") }
        do { try OutputFile.checkTarget(path) } catch { throw Diagnostic.xlsx("writing \(path)", reason: error.message) }
        guard let made = PrivateFolder.make(prefix: "\(directory).\(name.prefix(60)).tmp-") else {
            throw Diagnostic.xlsx("writing \(path)", reason: String(cString: strerror(errno)))
        }
        folder = made
        temporaryPath = folder + "/workbook.xlsx"
        finalPath = path
        guard TemporaryFiles.track(folder), TemporaryFiles.track(temporaryPath) else {
            rmdir(folder)
            throw Diagnostic.xlsx("writing \(path)", reason: "the run is stopping")
        }
    }

    deinit { abandon() }

    /// Writes the library's workbook to the destination (through `OutputFile`) and removes the folder.
    func commit() throws(Diagnostic) {
        guard !settled else { return }
        defer { abandon() }
        let bytes: [UInt8]
        do { bytes = try InputFile.read(temporaryPath) } catch {
            throw .xlsx("writing \(finalPath)", reason: "the workbook written by libxlsxwriter cannot be read back: \(error.message)")
        }
        do throws(Diagnostic) {
            let out = try OutputFile(path: finalPath)
            guard out.write(bytes) else { out.abandon(); throw .unwritable(finalPath, out.writeError ?? "write failed") }
            try out.commit()
        } catch {
            throw .xlsx("writing \(finalPath)", reason: error.message)
        }
    }

    /// Removes the folder and what the library left in it (idempotent).
    func abandon() {
        guard !settled else { return }
        settled = true
        unlink(temporaryPath)
        rmdir(folder)
        TemporaryFiles.forget(temporaryPath)
        TemporaryFiles.forget(folder)
    }
}
