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
        // Nothing taken from the clock or the machine: no trailer /ID in cairo 1.16, fixed dates.
        let raw = String(decoding: a, as: UTF8.self)
        #expect(raw.contains("/CreationDate (D:20190901073000Z)"))
        #expect(!raw.contains("/ID"))
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
