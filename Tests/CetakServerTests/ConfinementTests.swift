import Foundation
import Testing

/// An uploaded context reads images only from what was uploaded with it.
@Suite struct ConfinementTests {
    /// The diklat sample context with the letterhead's logo at `logo`.
    static func context(logo: String) throws -> [UInt8] {
        let path = Repo.root + "/Data/diklat/konteks.json"
        var obj = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] ?? [:]
        var instansi = obj["instansi"] as? [String: Any] ?? [:]
        instansi["logo"] = logo
        obj["instansi"] = instansi
        return [UInt8](try JSONSerialization.data(withJSONObject: obj))
    }

    @Test func aLogoPathOutsideTheUploadIsRefused() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let real = Repo.root + "/Data/diklat/logo-instansi.png"
        // From the request's folder (temporary/cetak-XXXXXX) up to / and down to the real file.
        let depth = (server.temporary as NSString).pathComponents.count
        let escaping = String(repeating: "../", count: depth) + real.dropFirst()
        for logo in [real, escaping] {
            let a = try await HTTP.post(server, "/api/render", [
                .field("form", "sa05"), .file("data", path: Repo.root + "/Data/diklat/calon.csv"),
                .file("context", name: "konteks.json", bytes: try Self.context(logo: logo)),
            ])
            #expect(a.status == 422, "\(logo): \(a.status)")
            #expect((a.json["error"] as? String)?.contains("only images sent with the data can be used") == true, "\(a.text.prefix(300))")
        }
        // The same logo sent with the data is used.
        let ok = try await HTTP.post(server, "/api/render", [
            .field("form", "sa05"), .file("data", path: Repo.root + "/Data/diklat/calon.csv"),
            .file("context", name: "konteks.json", bytes: try Self.context(logo: "gambar/logo.png")),
            .file("data", path: real, as: "gambar/logo.png"),
        ])
        #expect(ok.status == 200, "\(ok.text.prefix(300))")
    }

    /// A logo typed on the page (`set instansi.logo=…`) has no file to be relative to: it is one of the
    /// files sent, or refused — never a file of the server.
    @Test func aTypedLogoPathIsOneOfTheFilesSent() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let real = Repo.root + "/Data/diklat/logo-instansi.png"
        let parts: [Part] = [.field("form", "sa05"), .file("data", path: Repo.root + "/Data/diklat/calon.csv"),
                             .file("context", name: "konteks.json", bytes: try Self.context(logo: "gambar/logo.png")),
                             .file("data", path: real, as: "gambar/logo.png")]
        let sent = try await HTTP.post(server, "/api/render", parts + [.field("set", "instansi.logo=gambar/logo.png")])
        #expect(sent.status == 200, "\(sent.text.prefix(300))")
        for logo in [real, "../" + String(repeating: "../", count: 12) + real.dropFirst()] {
            let a = try await HTTP.post(server, "/api/render", parts + [.field("set", "instansi.logo=" + logo)])
            #expect(a.status == 422, "\(logo): \(a.status)")
            #expect((a.json["error"] as? String)?.contains("only images sent with the data can be used") == true, "\(a.text.prefix(300))")
            // The answer repeats what was typed, and says nothing of where that leads on the server.
            #expect(!a.text.contains("(it is "), "the answer says where the path leads: \(a.text.prefix(300))")
        }
    }
}
