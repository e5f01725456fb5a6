import Foundation
import Testing

/// A preview does not wait behind a long batch.
@Suite(.serialized) struct QueueTests {
    /// `n` SA.01 candidates made from the sample rows (new NIP serials, so every key differs).
    static func candidates(_ n: Int) throws -> [UInt8] {
        let lines = try String(contentsOfFile: Repo.root + "/Data/diklat/calon.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        var out = [lines[0]]
        for i in 0..<n {
            let row = lines[1 + i % (lines.count - 1)]
            let nip = String(row.prefix(18))
            out.append(String(nip.prefix(15)) + String(format: "%03d", i % 1000) + row.dropFirst(18))
        }
        return [UInt8]((out.joined(separator: "\n") + "\n").utf8)
    }

    /// Letters in the long batch: about 10 s of work in a debug build on an idle machine, so that a preview
    /// (a fraction of a second) comes back while it runs even when the machine is shared.
    static let batch = 2000

    @Test func aPreviewIsAnsweredWhileABatchRuns() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let context = Part.file("context", path: Repo.fixtures + "/sa01/konteks.json")
        let batch = try await HTTP.post(server, "/api/jobs", [.field("form", "sa01"), .file("data", name: "calon.csv", bytes: try Self.candidates(Self.batch)), context])
        let id = try #require(batch.json["id"] as? String)
        // Wait until the batch runs, then ask for a page.
        for _ in 0..<400 {
            if try await HTTP.get(server, "/api/jobs/\(id)").json["state"] as? String == "berjalan" { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        let preview = try await HTTP.post(server, "/api/preview", [.field("form", "sa01"), .file("data", path: Repo.fixtures + "/sa01/calon.csv"), context])
        #expect(preview.status == 200)
        let during = try await HTTP.get(server, "/api/jobs/\(id)").json
        #expect(during["state"] as? String == "berjalan", "the batch ended before the preview came back: \(during)")
        #expect((during["done"] as? Int ?? 0) < Self.batch)
        // A second batch waits its turn.
        let second = try await HTTP.post(server, "/api/jobs", [.field("form", "sa01"), .file("data", path: Repo.fixtures + "/sa01/calon.csv"), context])
        let id2 = try #require(second.json["id"] as? String)
        #expect(try await HTTP.get(server, "/api/jobs/\(id2)").json["state"] as? String == "antre")
        for job in [id, id2] {
            var state = ""
            for _ in 0..<3000 {
                state = try await HTTP.get(server, "/api/jobs/\(job)").json["state"] as? String ?? ""
                if state == "selesai" || state == "gagal" { break }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(state == "selesai")
        }
    }
}
