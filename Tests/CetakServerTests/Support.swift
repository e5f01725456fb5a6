@_exported import CetakTestSupport
import Cetak
import CetakServer
import Foundation
import MultipartKit
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Paths of the repository, found from this file.
enum Repo {
    static var root: String { repositoryRoot }
    static var templates: String { root + "/Templates" }
    static var samples: SampleData { SampleData(besideTemplates: templates) }
    static var fixtures: String { root + "/Tests/CetakServerTests/Fixtures" }
    static var kemitraan: String { root + "/Tests/CetakTests/Fixtures/kemitraan" }
    static var cetak: String { root + "/.build/debug/cetak" }
}

/// A `cetak serve` running in the test process on a free port, stopped by `stop()`.
final class LiveServer: Sendable {
    let port: Int
    let token: String?
    /// The folder the server makes its request folders in (empty again once each answer is done).
    let temporary: String
    private let task: Task<Void, any Error>

    private init(port: Int, token: String?, temporary: String, task: Task<Void, any Error>) {
        self.port = port; self.token = token; self.temporary = temporary; self.task = task
    }

    /// Starts a server on 127.0.0.1 (or what `configure` sets) and waits until it listens.
    static func start(_ configure: (inout ServeOptions) -> Void = { _ in }) async throws -> LiveServer {
        var o = ServeOptions(templates: Repo.templates)
        o.port = 0
        o.temporaryFolder = makeTemporaryFolder()
        o.logWarnings = false  // stopping a server by cancelling its task logs errors of the closed channels
        configure(&o)
        let server = CetakServer(options: o)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task { try await server.run { continuation.yield($0) } }
        var it = ports.makeAsyncIterator()
        guard let port = await it.next() else { throw URLError(.cannotConnectToHost) }
        return LiveServer(port: port, token: server.token, temporary: o.temporaryFolder, task: task)
    }

    /// Stops the server.
    func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// Request folders still on disk.
    func leftovers() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] }
}

/// One HTTP answer.
struct Answer {
    var status: Int
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
}

/// A part of a multipart/form-data body.
enum Part {
    case field(String, String)
    case file(String, name: String, bytes: [UInt8])

    /// A file of the disk under its own name (or `as`).
    static func file(_ field: String, path: String, as name: String? = nil) -> Part {
        .file(field, name: name ?? (path as NSString).lastPathComponent, bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
    }
}

enum HTTP {
    static let session: URLSession = {
        let c = URLSessionConfiguration.ephemeral
        c.timeoutIntervalForRequest = 300
        c.timeoutIntervalForResource = 600
        return URLSession(configuration: c)
    }()

    /// Sends a request and waits for the whole answer.
    static func send(_ url: URL, method: String = "GET", headers: [String: String] = [:], body: Data? = nil) async throws -> Answer {
        var r = URLRequest(url: url)
        r.httpMethod = method
        for (k, v) in headers { r.setValue(v, forHTTPHeaderField: k) }
        r.httpBody = body
        let (data, response) = try await session.data(for: r)
        guard let h = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var fields: [String: String] = [:]
        for (k, v) in h.allHeaderFields { if let k = k as? String, let v = v as? String { fields[k] = v } }
        return Answer(status: h.statusCode, headers: fields, body: data)
    }

    /// A multipart/form-data body (MultipartKit's serializer) and its content type.
    static func form(_ parts: [Part]) throws -> (body: Data, type: String) {
        let boundary = "cetak-test-\(UUID().uuidString)"
        let mp = parts.map { p -> MultipartPart in
            switch p {
            case .field(let name, let value):
                return MultipartPart(headers: ["Content-Disposition": "form-data; name=\"\(name)\""], body: value)
            case .file(let field, let name, let bytes):
                return MultipartPart(headers: ["Content-Disposition": "form-data; name=\"\(field)\"; filename=\"\(name)\"",
                                               "Content-Type": "application/octet-stream"], body: bytes)
            }
        }
        var buffer = ByteBuffer()
        try MultipartSerializer().serialize(parts: mp, boundary: boundary, into: &buffer)
        return (Data(buffer.readableBytesView), "multipart/form-data; boundary=\(boundary)")
    }

    /// POSTs parts to a server.
    static func post(_ server: LiveServer, _ path: String, _ parts: [Part], headers: [String: String] = [:]) async throws -> Answer {
        let (body, type) = try form(parts)
        var h = headers
        h["Content-Type"] = type
        if let t = server.token, h["Authorization"] == nil { h["Authorization"] = "Bearer \(t)" }
        return try await send(server.url(path), method: "POST", headers: h, body: body)
    }

    /// GETs a path of a server (with its token).
    static func get(_ server: LiveServer, _ path: String, headers: [String: String] = [:]) async throws -> Answer {
        var h = headers
        if let t = server.token, h["Authorization"] == nil { h["Authorization"] = "Bearer \(t)" }
        return try await send(server.url(path), headers: h)
    }
}

/// The text of a PDF, by poppler's pdftotext.
func pdfText(_ path: String) throws -> String {
    try runTool("/usr/bin/pdftotext", ["-layout", path, "-"]).out
}
