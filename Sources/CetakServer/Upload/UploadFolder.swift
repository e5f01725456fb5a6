import CetakCore
import Foundation

/// A request's own folder (mode 0700, under the server's temporary folder) holding what it uploaded and
/// what it rendered; removed with everything in it when the last reference goes (the answer was sent).
final class UploadFolder: Sendable {
    /// The folder.
    let path: String
    /// The templates folder, named `Templates/…` in messages (not the server's own path).
    let templates: String

    /// Makes a new folder under `parent`; `templates` is the server's templates folder.
    init(parent: String, templates: String) throws(ServeError) {
        self.templates = (templates as NSString).standardizingPath
        guard let made = PrivateFolder.make(prefix: (parent as NSString).appendingPathComponent("cetak-")) else {
            throw ServeError(status: .internalServerError, message: "tidak bisa membuat folder sementara di \(parent)")
        }
        path = made
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the folder.
    func file(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// A text without this folder's path, as the clerk knows the files (`calon.csv`, not `/tmp/…/calon.csv`).
    func strip(_ text: String) -> String {
        text.replacingOccurrences(of: path + "/", with: "").replacingOccurrences(of: path, with: ".")
            .replacingOccurrences(of: templates + "/", with: "Templates/")
    }

    /// A diagnostic as the page shows it: file, sheet and cell of a workbook, row, column, value, message
    /// and the line the CLI prints, paths made the clerk's.
    func problem(_ d: Diagnostic) -> Problem { stripped(d).fields }

    /// A diagnostic with this folder's path taken out of its file and message.
    func stripped(_ d: Diagnostic) -> Diagnostic {
        var out = d
        out.message = strip(d.message)
        if let loc = d.location {
            out.location = SourceLocation(file: strip(loc.file), line: loc.line, column: loc.column, field: loc.field, sheet: loc.sheet)
        }
        return out
    }

    /// Where an uploaded file goes: its name as sent, made safe — folders kept (`foto/1975.png`, as the
    /// data names them) but never `..`, an absolute path, a hidden name or a control character.
    static func safeRelativePath(_ sent: String) throws(ServeError) -> String {
        let parts = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).map(String.init).filter { !$0.isEmpty && $0 != "." }
        guard let last = parts.last else { throw ServeError.bad("ada berkas yang dikirim tanpa nama") }
        // Windows browsers of old sent the whole path (C:\Users\…\calon.csv): keep only the name then.
        let kept = parts.first?.hasSuffix(":") == true ? [last] : parts
        for p in kept {
            if p == ".." || p.hasPrefix(".") || p.utf8.count > 120 || p.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                throw ServeError.bad("nama berkas '\(sent)' tidak bisa dipakai: ganti namanya (huruf, angka, - dan _)")
            }
        }
        guard kept.count <= 4 else { throw ServeError.bad("nama berkas '\(sent)' memuat terlalu banyak folder") }
        return kept.joined(separator: "/")
    }
}

/// A problem as the page lists it: the one JSON form of a diagnostic (the run report's too).
typealias Problem = DiagnosticFields
