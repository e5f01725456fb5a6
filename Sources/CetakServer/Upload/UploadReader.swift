import CetakCore
import Foundation
import HTTPTypes
import Hummingbird
import MultipartKit

/// Reads a multipart/form-data request as it arrives — MultipartKit's parser splits the parts — writing
/// each file straight into the request's folder, so memory holds a chunk, not the upload. Past the
/// limit (by `Content-Length`, or by counting when there is none) the request is refused with 413.
enum UploadReader {
    /// The largest text field (a context pasted as text, a `set` line).
    static let fieldLimit = 1 << 20

    /// Reads the request into a new folder under `parent` (messages name `templates` as `Templates/`).
    static func read(_ request: Request, limit: Int, parent: String, templates: String) async throws -> Upload {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw tooLarge(limit)
        }
        guard let type = request.headers[.contentType].flatMap(MediaType.init(from:)), type.type == .multipart,
              type.subType == "form-data", let p = type.parameter, p.name.lowercased() == "boundary", !p.value.isEmpty, p.value.utf8.count <= 200 else {
            throw ServeError.bad("kirim berkas sebagai multipart/form-data (isian form, data, context, set)")
        }
        let sink = PartSink(upload: Upload(folder: try UploadFolder(parent: parent, templates: templates)))
        let parser = MultipartParser(boundary: p.value)
        parser.onHeader = { name, value in sink.header(name, value) }
        parser.onBody = { buffer in sink.body(&buffer) }
        parser.onPartComplete = { sink.complete() }
        var total = 0
        for try await chunk in request.body {
            total += chunk.readableBytes
            if total > limit { throw tooLarge(limit) }
            do { try parser.execute(chunk) } catch { throw ServeError.bad("kiriman bukan multipart/form-data yang sah") }
            if let e = sink.failure { throw e }
        }
        if let e = sink.failure { throw e }
        for (name, value) in request.uri.queryParameters where name != "token" {
            sink.upload.fields.append((String(name), String(value)))
        }
        return sink.upload
    }

    static func tooLarge(_ limit: Int) -> ServeError {
        ServeError(status: .contentTooLarge, message: "kiriman lebih besar dari \(limit / (1024 * 1024)) MB: kirim berkas yang lebih sedikit atau lebih kecil")
    }
}

/// Collects the parts as the parser hands them over.
private final class PartSink {
    var upload: Upload
    var failure: ServeError?
    private var headers: [(String, String)] = []
    private var current: Part?
    private var pending: [UInt8] = []

    private enum Part {
        case field(name: String, bytes: [UInt8])
        case file(name: String, path: String, handle: FileHandle)
        case skip
    }

    init(upload: Upload) { self.upload = upload }

    func header(_ name: String, _ value: String) { headers.append((name, value)) }

    func body(_ buffer: inout ByteBuffer) {
        if current == nil { current = start() }
        switch current {
        case .field(let name, var bytes):
            bytes += buffer.readableBytesView
            if bytes.count > UploadReader.fieldLimit { fail(.bad("isian '\(name)' terlalu panjang")); current = .skip; return }
            current = .field(name: name, bytes: bytes)
        case .file:
            // The parser hands a file over in pieces cut at every CR (often a few hundred bytes):
            // gather them and write 256 KiB at a time.
            pending += buffer.readableBytesView
            if pending.count >= 1 << 18 { flush() }
        case .skip, .none: break
        }
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
    }

    func complete() {
        if current == nil { current = start() }
        switch current {
        case .field(let name, let bytes):
            let text = String(decoding: bytes, as: UTF8.self)
            if name == "context" { saveContextText(text) } else { upload.fields.append((name, text)) }
        case .file(let name, let path, let handle):
            flush()
            try? handle.close()
            let ext = (path as NSString).pathExtension.lowercased()
            if name == "context" { upload.contextFile = path }
            else if Upload.imageExtensions.contains(ext) { upload.images.append(path) }
            else { upload.dataFiles.append(path) }
        case .skip, .none: break
        }
        current = nil
        headers = []
    }

    private func fail(_ e: ServeError) { if failure == nil { failure = e } }

    /// Writes what was gathered of the current file.
    private func flush() {
        guard case .file(_, let path, let handle) = current, !pending.isEmpty else { return }
        do { try handle.write(contentsOf: pending) } catch {
            fail(ServeError(status: .internalServerError, message: "tidak bisa menyimpan \(upload.folder.strip(path)): \(error.localizedDescription)"))
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Decides what the part is from its headers.
    private func start() -> Part {
        guard let disposition = headers.first(where: { $0.0.lowercased() == "content-disposition" })?.1 else {
            fail(.bad("satu bagian kiriman tidak punya Content-Disposition")); return .skip
        }
        let cd = ContentDisposition(disposition)
        guard let name = cd.name else { fail(.bad("satu bagian kiriman tidak punya nama isian")); return .skip }
        guard let filename = cd.filename else { return .field(name: name, bytes: []) }
        guard name == "data" || name == "context" else {
            fail(.bad("berkas dikirim dalam isian 'data' (atau 'context'), bukan '\(name)'")); return .skip
        }
        if filename.isEmpty { return .skip }  // a file input left empty
        do {
            let relative = try UploadFolder.safeRelativePath(filename)
            let path = upload.folder.file(relative)
            if FileManager.default.fileExists(atPath: path) { fail(.bad("berkas '\(relative)' terkirim dua kali")); return .skip }
            try FileManager.default.createDirectory(atPath: PathText.folder(of: path), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                fail(ServeError(status: .internalServerError, message: "tidak bisa menyimpan '\(relative)'")); return .skip
            }
            return .file(name: name, path: path, handle: handle)
        } catch let e as ServeError {
            fail(e); return .skip
        } catch {
            fail(ServeError(status: .internalServerError, message: "tidak bisa menyimpan '\(filename)': \(error.localizedDescription)")); return .skip
        }
    }

    private func saveContextText(_ text: String) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        let path = upload.folder.file("konteks.json")
        if FileManager.default.fileExists(atPath: path) { fail(.bad("konteks terkirim dua kali")); return }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            fail(ServeError(status: .internalServerError, message: "tidak bisa menyimpan konteks")); return
        }
        upload.contextFile = path
    }
}
