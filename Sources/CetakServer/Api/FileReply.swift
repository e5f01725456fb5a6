import Foundation
import HTTPTypes
import Hummingbird

/// A file of a request's folder sent as the answer, in chunks; `keep` (the upload owning the folder) is
/// held until the last chunk is sent, so the folder is removed only after.
enum FileReply {
    static let chunk = 256 * 1024

    /// The file as a download named `name`.
    static func download(_ path: String, type: String, name: String, keep: some Sendable, headers extra: HTTPFields = [:]) throws -> Response {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else {
            throw ServeError(status: .notFound, message: "berkas hasil tidak ada lagi: buat ulang")
        }
        var headers = Reply.baseHeaders(type)
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers.append(contentsOf: extra)
        let body = ResponseBody(contentLength: size) { writer in
            withExtendedLifetime(keep) {}
            guard let h = FileHandle(forReadingAtPath: path) else { throw ServeError(status: .notFound, message: "\(name) tidak ada lagi: buat ulang") }
            defer { try? h.close() }
            while let data = try h.read(upToCount: chunk), !data.isEmpty {
                try await writer.write(ByteBuffer(bytes: data))
            }
            try await writer.finish(nil)
            withExtendedLifetime(keep) {}
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
