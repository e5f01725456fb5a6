import Foundation
import Testing

/// `POST /api/preview`: a PNG of a page, drawn from the same frames as the PDF.
@Suite struct PreviewAPITests {
    /// Width and height of a PNG from its IHDR chunk.
    static func size(_ png: Data) -> (Int, Int)? {
        let b = [UInt8](png)
        guard b.count > 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func be(_ i: Int) -> Int { b[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    @Test func firstPageOfTheFirstDocumentThenAnyPageOfAnyDocument() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let parts = try RenderAPITests.sampleParts("sa02")
        let first = try await HTTP.post(server, "/api/preview", parts)
        #expect(first.status == 200, "\(first.text.prefix(300))")
        #expect(first.header("Content-Type") == "image/png")
        #expect(first.header("X-Cetak-Key") == "197503122000031001")
        #expect(first.header("X-Cetak-Page") == "1" && first.header("X-Cetak-Pages") == "2")
        // A4 portrait at the default 96 dpi: ⌈595.28·96/72⌉ × ⌈841.89·96/72⌉.
        #expect(Self.size(first.body).map { [$0.0, $0.1] } == [794, 1123])
        let second = try await HTTP.post(server, "/api/preview", parts + [.field("key", "197708212002122002"), .field("page", "2"), .field("dpi", "48")])
        #expect(second.status == 200)
        #expect(second.header("X-Cetak-Key") == "197708212002122002" && second.header("X-Cetak-Page") == "2")
        #expect(Self.size(second.body).map { [$0.0, $0.1] } == [397, 562])
        #expect(second.body != first.body)
        // Beyond the last page: the last page.
        let past = try await HTTP.post(server, "/api/preview", parts + [.field("page", "9")])
        #expect(past.header("X-Cetak-Page") == "2")
        let unknown = try await HTTP.post(server, "/api/preview", parts + [.field("key", "000")])
        #expect(unknown.status == 422)
        #expect((unknown.json["error"] as? String)?.contains("no document with the key '000'") == true)
    }

    @Test func theKeyMayComeInTheQuery() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let a = try await HTTP.post(server, "/api/preview?key=M02&page=1", try RenderAPITests.sampleParts("laporan-ojl1"))
        #expect(a.status == 200)
        #expect(a.header("X-Cetak-Key") == "M02")
    }
}
