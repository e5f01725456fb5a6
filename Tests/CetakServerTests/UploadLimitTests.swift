import Foundation
import Testing

/// What the server refuses, and that it goes on answering afterwards.
@Suite struct UploadLimitTests {
    @Test func aBinaryFileAsDataIsA4xxNamingTheFile() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        var noise = SystemRandomNumberGenerator()
        let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &noise) }
        for name in ["kegiatan.xls", "kegiatan.pdf"] {
            let a = try await HTTP.post(server, "/api/render", [
                .field("form", "laporan-ojl1"), .file("data", path: Repo.kemitraan + "/peserta.csv"),
                .file("data", name: name, bytes: bytes), .file("context", path: Repo.kemitraan + "/konteks.json"),
            ])
            #expect((400..<500).contains(a.status))
            #expect(a.header("Content-Type")?.hasPrefix("application/json") == true)
            let error = a.json["error"] as? String ?? ""
            #expect(error.contains(name), "\(error)")
            #expect(!error.contains(server.temporary), "the server's folders show: \(error)")
            let problems = a.json["problems"] as? [[String: Any]] ?? []
            #expect(problems.contains { $0["file"] as? String == name })
        }
        // Binary bytes under a data name.
        let a = try await HTTP.post(server, "/api/inspect", [
            .field("form", "laporan-ojl1"), .file("data", name: "peserta.csv", bytes: bytes),
            .file("data", path: Repo.kemitraan + "/kegiatan.csv"), .file("context", path: Repo.kemitraan + "/konteks.json"),
        ])
        #expect(a.status == 422)
        #expect((a.json["error"] as? String)?.contains("peserta.csv") == true)
        #expect(server.leftovers().isEmpty)
    }

    @Test func eightyMegabytesIs413AndTheServerGoesOn() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let big = [UInt8](repeating: 0x41, count: 80 * 1024 * 1024)
        let a = try await HTTP.post(server, "/api/render", [.field("form", "sa01"), .file("data", name: "calon.csv", bytes: big)])
        #expect(a.status == 413)
        #expect((a.json["error"] as? String)?.contains("50 MB") == true)
        let forms = try await HTTP.get(server, "/api/forms")
        #expect(forms.status == 200)
        let again = try await HTTP.post(server, "/api/inspect", try RenderAPITests.sampleParts("sa01"))
        #expect(again.status == 200)
        #expect(server.leftovers().isEmpty)
    }

    @Test func aSmallerLimitCountsTheBodyToo() async throws {
        let server = try await LiveServer.start { $0.uploadLimit = 4096 }
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/inspect", [.field("form", "sa01"), .file("data", name: "calon.csv", bytes: [UInt8](repeating: 0x41, count: 5000))])
        #expect(a.status == 413)
        #expect(try await HTTP.get(server, "/api/forms").status == 200)
    }

    @Test func requestsThatAreNotUploads() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let plain = try await HTTP.send(server.url("/api/render"), method: "POST", headers: ["Content-Type": "application/json"], body: Data("{}".utf8))
        #expect(plain.status == 400)
        #expect((plain.json["error"] as? String)?.contains("multipart/form-data") == true)
        let noForm = try await HTTP.post(server, "/api/render", [.file("data", path: Repo.kemitraan + "/peserta.csv")])
        #expect(noForm.status == 400)
        let unknown = try await HTTP.post(server, "/api/render", [.field("form", "tidak-ada")])
        #expect(unknown.status == 404)
        let sneaky = try await HTTP.post(server, "/api/inspect", [.field("form", "sa01"), .file("data", name: "../../etc/calon.csv", bytes: [0x41])])
        #expect(sneaky.status == 400)
        let twice = try await HTTP.post(server, "/api/inspect", [.field("form", "sa01"), .file("data", name: "calon.csv", bytes: [0x41]), .file("data", name: "calon.csv", bytes: [0x42])])
        #expect(twice.status == 400 && (twice.json["error"] as? String)?.contains("terkirim dua kali") == true)
        #expect(server.leftovers().isEmpty)
    }
}
