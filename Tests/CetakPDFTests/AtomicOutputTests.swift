import CetakCore
import Foundation
import Testing
@testable import CetakPDF

@Suite("Atomic output")
struct AtomicOutputTests {
    private let old = Data("old PDF from an earlier run".utf8)

    private func directoryWithOldFile() throws -> (dir: String, path: String) {
        let dir = try Fixture.directory()
        let path = dir + "/dokumen.pdf"
        try old.write(to: URL(fileURLWithPath: path))
        return (dir, path)
    }

    @Test func writesToAHiddenTemporaryFileUntilFinished() throws {
        let (dir, path) = try directoryWithOldFile(); defer { Fixture.remove(dir) }
        let writer = try PDFWriter(path: path, metadata: Fixture.metadata())
        try writer.add(page: try Fixture.page(1))
        let during = try Fixture.files(in: dir)
        #expect(during.count == 2)
        #expect(during.contains { $0.hasPrefix(".dokumen.pdf.tmp-") && $0.count == ".dokumen.pdf.tmp-".count + 16 })
        #expect(try Fixture.bytes(path) == old)
        try writer.finish()
        #expect(try Fixture.files(in: dir) == ["dokumen.pdf"])
        #expect(try Fixture.bytes(path).starts(with: Data("%PDF-".utf8)))
    }

    @Test func failedPageRemovesTemporaryFileAndKeepsOldFile() throws {
        let (dir, path) = try directoryWithOldFile(); defer { Fixture.remove(dir) }
        let writer = try PDFWriter(path: path, metadata: Fixture.metadata())
        try writer.add(page: try Fixture.page(1))
        var bad = try Fixture.page(2)
        bad.items.append(.image(ImageItem(rect: Rect(x: 0, y: 0, width: 10, height: 10), path: dir + "/missing.png")))
        #expect { try writer.add(page: bad) } throws: { error in
            guard let d = error as? Diagnostic, d.kind == .record, d.message.hasPrefix("cannot use image") else { return false }
            let p = d.file
            return p == dir + "/missing.png"
        }
        #expect(try Fixture.files(in: dir) == ["dokumen.pdf"])
        #expect(try Fixture.bytes(path) == old)
        #expect(throws: Diagnostic.closed(path: path)) { try writer.finish() }
        #expect(try Fixture.bytes(path) == old)
    }

    @Test func droppedWriterLeavesNothingBehind() throws {
        let (dir, path) = try directoryWithOldFile(); defer { Fixture.remove(dir) }
        do {
            let writer = try PDFWriter(path: path, metadata: Fixture.metadata())
            try writer.add(page: try Fixture.page(1))
        }
        #expect(try Fixture.files(in: dir) == ["dokumen.pdf"])
        #expect(try Fixture.bytes(path) == old)
    }

    @Test func finishingWithoutPagesFailsCleanly() throws {
        let (dir, path) = try directoryWithOldFile(); defer { Fixture.remove(dir) }
        let writer = try PDFWriter(path: path, metadata: Fixture.metadata())
        #expect(throws: Diagnostic.noPages(path: path)) { try writer.finish() }
        #expect(try Fixture.files(in: dir) == ["dokumen.pdf"])
        #expect(try Fixture.bytes(path) == old)
    }

    @Test func unwritableDirectoryIsReportedWithThePath() throws {
        let path = "/nonexistent-cetak-dir/x.pdf"
        #expect { _ = try PDFWriter(path: path, metadata: Fixture.metadata()) } throws: { error in
            guard let d = error as? Diagnostic, d.kind == .output else { return false }
            let p = d.file
            return p == path && "\(error)".hasPrefix(path)
        }
    }
}
