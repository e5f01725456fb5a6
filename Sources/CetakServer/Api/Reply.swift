import CetakCore
import Foundation
import HTTPTypes
import Hummingbird

/// Responses of the API: JSON bodies with the headers every answer carries.
enum Reply {
    /// Headers of every answer: no caching (uploads differ each time), no sniffing, no referrer (the token may be in the URL).
    static func baseHeaders(_ contentType: String) -> HTTPFields {
        [.contentType: contentType, .cacheControl: "no-store", HTTPField.Name("X-Content-Type-Options")!: "nosniff",
         HTTPField.Name("Referrer-Policy")!: "no-referrer"]
    }

    /// A JSON answer.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":"the answer could not be written"}"#.utf8)
        var headers = baseHeaders("application/json; charset=utf-8")
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Bytes with a content type.
    static func bytes(_ bytes: [UInt8], type: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = baseHeaders(type)
        headers.append(contentsOf: extra)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// A request the server refuses or cannot serve: a status and `{"error": "...", "problems": [...]}`.
struct ServeError: HTTPResponseError {
    /// The status.
    var status: HTTPResponse.Status
    /// What is wrong, in one message (every problem on its own line).
    var message: String
    /// Each problem with its file, sheet, row and column.
    var problems: [Problem] = []

    /// `{"error", "problems"}`.
    struct Body: Encodable {
        var error: String
        var problems: [Problem]
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Reply.json(Body(error: message, problems: problems), status: status)
    }

    /// 400 with a message.
    static func bad(_ message: String) -> ServeError { ServeError(status: .badRequest, message: message) }
}

extension ServeError {
    /// Diagnostics that stop a request, every one with its place and the line the CLI prints (paths made
    /// the clerk's); the status comes from their kinds (`status(for:)`).
    init(_ d: Diagnostics, folder: UploadFolder) {
        let list = d.all.map(folder.stripped)
        status = Self.status(for: list)
        message = list.map(\.line).joined(separator: "\n")
        problems = list.map(\.fields)
    }

    /// The one place a diagnostic's kind becomes an HTTP status (as `Diagnostic.exitCode` is the CLI's exit
    /// code): 500 when the machine or a file the server writes failed, else 422 — the upload (its data,
    /// context, form or `set` values) must change.
    static func status(for list: [Diagnostic]) -> HTTPResponse.Status {
        let errors = list.filter { $0.severity == .error }
        return errors.contains { $0.kind == .system || $0.kind == .output } ? .internalServerError : .unprocessableContent
    }
}
