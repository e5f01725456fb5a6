import CetakCore
@testable import CetakServer
import Foundation
import Testing

/// A document a `<reject>` rule refuses, as the page sees it: listed as rejected with its place and the
/// CLI's line (not as skipped), and its preview refused with the same reason.
@Suite struct RejectedDocumentAPITests {
    /// f01-1 from the sekolah-model samples, one candidate proposed by an office that instansi.csv lacks.
    static func parts() throws -> [Part] {
        let dir = Repo.root + "/Data/sekolah-model"
        var rows = try String(contentsOfFile: dir + "/fasilitator.csv", encoding: .utf8).components(separatedBy: "\n")
        rows[1] = rows[1].replacingOccurrences(of: ",Dinas Pendidikan Kabupaten Manokwari,ya,", with: ",Dinas Tidak Terdaftar,ya,")
        var parts: [Part] = [.field("form", "f01-1"), .file("data", name: "fasilitator.csv", bytes: Array(rows.joined(separator: "\n").utf8))]
        for f in ["instansi.csv", "logo-instansi.png", "logo-kementerian.png"] { parts.append(.file("data", path: dir + "/" + f)) }
        parts.append(.file("context", path: dir + "/konteks.json"))
        return parts
    }

    @Test func theListingSaysRejectedAndThePreviewSaysWhy() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let parts = try Self.parts()
        let listing = try await HTTP.post(server, "/api/inspect", parts)
        #expect(listing.status == 200, "\(listing.text.prefix(300))")
        let documents = listing.json["documents"] as? [[String: Any]] ?? []
        let refused = try #require(documents.first { $0["rejected"] as? Bool == true })
        #expect(refused["skipped"] == nil || refused["skipped"] is NSNull)
        let key = try #require(refused["key"] as? String)
        let rejected = listing.json["rejected"] as? [[String: Any]] ?? []
        let problem = try #require(rejected.first { ($0["message"] as? String)?.contains("Dinas Tidak Terdaftar tidak ada di instansi.csv") == true })
        #expect(problem["file"] as? String == "fasilitator.csv" && problem["line"] as? Int == 2 && problem["column"] as? String == "pengusul")
        #expect(problem["kind"] as? String == "record")
        #expect((problem["text"] as? String)?.hasPrefix("fasilitator.csv:2:pengusul: error: pengusul Dinas Tidak Terdaftar") == true)
        #expect(listing.json["ready"] as? Int == documents.count - 1)

        let preview = try await HTTP.post(server, "/api/preview", parts + [.field("key", key)])
        #expect(preview.status == 422)
        let error = preview.json["error"] as? String ?? ""
        #expect(error.contains("\(key): pengusul Dinas Tidak Terdaftar tidak ada di instansi.csv"), "\(error)")
        #expect(!error.contains("left out"))
        let problems = preview.json["problems"] as? [[String: Any]] ?? []
        #expect(problems.first?["file"] as? String == "fasilitator.csv" && problems.first?["kind"] as? String == "record")
        #expect(server.leftovers().isEmpty)
    }

    @Test func theStatusComesFromTheKinds() {
        func status(_ kinds: [Diagnostic.Kind]) -> Int { ServeError.status(for: kinds.map { Diagnostic($0, "x") }).code }
        for k in [Diagnostic.Kind.usage, .template, .input, .record, .dependency] { #expect(status([k]) == 422, "\(k)") }
        #expect(status([.output]) == 500 && status([.system]) == 500)
        #expect(status([.record, .system]) == 500)
        // A warning decides nothing.
        #expect(ServeError.status(for: [Diagnostic(.warning, .system, at: nil, "x"), Diagnostic(.input, "y")]).code == 422)
    }
}
