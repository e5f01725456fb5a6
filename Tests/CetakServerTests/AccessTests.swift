import CetakServer
import Foundation
import Testing

/// Who may use the server: the token off loopback, the Host check on loopback, the Origin of posts.
@Suite struct AccessTests {
    @Test func offLoopbackTheTokenIsNeeded() async throws {
        let server = try await LiveServer.start { $0.host = "0.0.0.0"; $0.token = "rahasia-kantor-42" }
        defer { Task { await server.stop() } }
        #expect(server.token == "rahasia-kantor-42")
        let none = try await HTTP.send(server.url("/api/forms"))
        #expect(none.status == 401)
        #expect((none.json["error"] as? String)?.contains("token") == true)
        #expect(try await HTTP.send(server.url("/api/forms"), headers: ["Authorization": "Bearer salah"]).status == 401)
        #expect(try await HTTP.send(server.url("/api/forms"), headers: ["Authorization": "Bearer rahasia-kantor-42"]).status == 200)
        #expect(try await HTTP.send(server.url("/api/forms?token=rahasia-kantor-42")).status == 200)
        // The page without the token says what to do; with it, its own files carry the token.
        let locked = try await HTTP.send(server.url("/"))
        #expect(locked.status == 401 && locked.text.contains("token"))
        let page = try await HTTP.send(server.url("/?token=rahasia-kantor-42"))
        #expect(page.status == 200 && page.text.contains("/app.js?token=rahasia-kantor-42"))
        #expect(try await HTTP.send(server.url("/app.js")).status == 401)
        let render = try await HTTP.post(server, "/api/render", try RenderAPITests.sampleParts("sa01"), headers: ["Authorization": "Bearer x"])
        #expect(render.status == 401)
        // Off loopback any Host is fine (the machine's address on the LAN).
        #expect(try await HTTP.send(server.url("/api/forms?token=rahasia-kantor-42"), headers: ["Host": "192.168.1.20:8080"]).status == 200)
    }

    @Test func offLoopbackWithoutATokenOneIsMade() {
        var o = ServeOptions(templates: Repo.templates)
        o.host = "0.0.0.0"
        let a = CetakServer(options: o), b = CetakServer(options: o)
        #expect(a.token?.count == 32 && a.token != b.token)
        #expect(a.address(port: 8080).hasSuffix(":8080/?token=\(a.token ?? "")"))
        o.host = "127.0.0.1"
        #expect(CetakServer(options: o).token == nil)
        #expect(CetakServer(options: o).address(port: 8080) == "http://127.0.0.1:8080/")
    }

    @Test func onLoopbackOnlyLoopbackNamesAreAnswered() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        #expect(try await HTTP.send(server.url("/api/forms"), headers: ["Host": "localhost:\(server.port)"]).status == 200)
        let rebound = try await HTTP.send(server.url("/api/forms"), headers: ["Host": "attacker.example:\(server.port)"])
        #expect(rebound.status == 403)
        #expect((rebound.json["error"] as? String)?.contains("attacker.example") == true)
    }

    @Test func anotherSitesPageCannotPost() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let parts = try RenderAPITests.sampleParts("sa01")
        let other = try await HTTP.post(server, "/api/inspect", parts, headers: ["Origin": "http://attacker.example"])
        #expect(other.status == 403)
        let same = try await HTTP.post(server, "/api/inspect", parts, headers: ["Origin": "http://127.0.0.1:\(server.port)"])
        #expect(same.status == 200)
    }
}
