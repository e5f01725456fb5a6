import CetakCore
import Foundation
import Testing
@testable import CetakPDF

/// Set in a child process: write the sample document to this path and do nothing else.
private let childOutputVariable = "CETAK_PDF_REPRO_CHILD_OUT"

/// The document every reproducibility test writes: two pages, bookmarks, two fonts, an image.
private func writeSample(to path: String, imageDirectory: String) throws {
    let png = imageDirectory + "/stamp.png"
    if !FileManager.default.fileExists(atPath: png) {
        let stamp = Frame(width: 20, height: 20, items: [.rect(RectItem(rect: Rect(x: 2, y: 2, width: 16, height: 16), stroke: 2, fill: Color(0, 0.3, 0.8)))])
        try PNGRenderer().write(stamp, dpi: 72, to: png)
    }
    var first = try Fixture.page(1)
    first.items.append(.image(ImageItem(rect: Rect(x: 700, y: 40, width: 40, height: 40), path: png)))
    first.items.append(.image(ImageItem(rect: Rect(x: 700, y: 90, width: 20, height: 20), path: png)))
    var second = try Fixture.page(2, words: "Halaman 2 — Rekapitulasi")
    second.items.append(.image(ImageItem(rect: Rect(x: 700, y: 40, width: 40, height: 40), path: png)))
    try Fixture.write([(first, "Satu"), (second, "Dua")], to: path)
}

@Suite("Reproducible bytes")
struct ReproducibilityTests {
    @Test func sameDocumentTwiceInOneProcessIsByteIdentical() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        try writeSample(to: dir + "/a.pdf", imageDirectory: dir)
        try writeSample(to: dir + "/b.pdf", imageDirectory: dir)
        let a = try Fixture.bytes(dir + "/a.pdf"), b = try Fixture.bytes(dir + "/b.pdf")
        #expect(a.count > 1000)
        #expect(a == b)
        // Nothing taken from the clock or the machine: fixed dates, and a document ID made of the content.
        let raw = String(decoding: a, as: UTF8.self)
        #expect(raw.contains("/CreationDate (D:20190901073000Z)"))
        #expect(raw.contains("/ID [ <"))
    }

    /// The trailer ID is the MD5 of the bytes before the trailer: another document gets another one.
    @Test func documentIDIsTheHashOfTheContent() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        try Fixture.write([(try Fixture.page(1), nil)], to: dir + "/one.pdf")
        try Fixture.write([(try Fixture.page(1, words: "Halaman lain"), nil)], to: dir + "/other.pdf")
        func id(_ path: String) throws -> (id: String, md5: String) {
            let bytes = [UInt8](try Fixture.bytes(path))
            func last(_ s: String) -> Int? {
                let p = Array(s.utf8)
                return stride(from: bytes.count - p.count, through: 0, by: -1).first { Array(bytes[$0..<$0 + p.count]) == p }
            }
            let idStart = try #require(last("/ID [ <")) + 7
            let id = String(decoding: bytes[idStart..<idStart + 32], as: UTF8.self)
            let trailer = try #require(last("\ntrailer\n")) + 1
            let digest = MD5Digest()
            digest.update(Array(bytes[..<trailer]))
            return (id, PDFSyntax.hex(digest.finish()))
        }
        let (a, b) = (try id(dir + "/one.pdf"), try id(dir + "/other.pdf"))
        #expect(a.id == a.md5)
        #expect(b.id == b.md5)
        #expect(a.id != b.id)
        // Nettle's MD5 is the MD5 (RFC 1321 test vector).
        let abc = MD5Digest()
        abc.update(Array("abc".utf8))
        #expect(PDFSyntax.hex(abc.finish()) == "900150983CD24FB0D6963F7D28E17F72")
    }

    @Test func concurrentWritersSharingTheFontCacheAgree() async throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        try writeSample(to: dir + "/reference.pdf", imageDirectory: dir)
        let reference = try Fixture.bytes(dir + "/reference.pdf")
        let paths = try await withThrowingTaskGroup(of: String.self) { group in
            for i in 0..<6 {
                group.addTask {
                    let path = dir + "/parallel-\(i).pdf"
                    try writeSample(to: path, imageDirectory: dir)
                    return path
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        for path in paths { #expect(try Fixture.bytes(path) == reference, "\(path) differs") }
    }

    /// Runs this test's own binary twice, each time writing the sample in a fresh process (with
    /// different time zones and address-space layouts), and compares the bytes.
    @Test func sameDocumentInTwoProcessesIsByteIdentical() throws {
        if let out = ProcessInfo.processInfo.environment[childOutputVariable] {
            try writeSample(to: out, imageDirectory: (out as NSString).deletingLastPathComponent)
            return
        }
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        let binary = CommandLine.arguments[0]
        var outputs: [Data] = []
        for (i, zone) in ["UTC", "Asia/Jakarta"].enumerated() {
            let out = dir + "/child-\(i).pdf"
            var environment = ProcessInfo.processInfo.environment
            environment[childOutputVariable] = out
            environment["TZ"] = zone
            let result = try run(binary, ["--testing-library", "swift-testing", "--filter", "sameDocumentInTwoProcessesIsByteIdentical"],
                                 environment: environment)
            #expect(result.status == 0)
            outputs.append(try Fixture.bytes(out))
        }
        try writeSample(to: dir + "/parent.pdf", imageDirectory: dir)
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == (try Fixture.bytes(dir + "/parent.pdf")))
    }
}
