@_exported import CetakTestSupport
import CetakCore
import Foundation
@testable import CetakPDF

/// Fonts and fixtures shared by the CetakPDF tests.
enum Fixture {
    static let serif = FontRef(path: "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
    static let sans = FontRef(path: "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf")
    /// A4 landscape, points.
    static let a4Landscape = (width: Paper.a4.size.height, height: Paper.a4.size.width)
    /// 2019-09-01T07:30:00Z.
    static let epoch: Int64 = 1_567_323_000

    static func metadata(_ title: String = "Laporan Bulanan") -> PDFMetadata {
        PDFMetadata(title: title, author: "Dinas Pendidikan", creationDate: epoch)
    }

    /// A landscape A4 page with a heading, a table-like grid and a dashed signature line.
    static func page(_ number: Int, words: String? = nil) throws -> Frame {
        let heading = try SimpleGlyphMapper.run(words ?? "Halaman \(number)", font: serif, size: 14, origin: Point(72, 80))
        let body = try SimpleGlyphMapper.run("Nama: Siti Aminah, NIP 197205141998031006", font: sans, size: 10, origin: Point(72, 120))
        var items: [FrameItem] = [.glyphs(heading), .glyphs(body)]
        for row in 0...3 {
            items.append(.line(LineItem(from: Point(72, 140 + Double(row) * 20), to: Point(500, 140 + Double(row) * 20))))
        }
        items.append(.rect(RectItem(rect: Rect(x: 72, y: 140, width: 428, height: 60), stroke: 1, fill: Color(0.9, 0.9, 0.9))))
        items.append(.line(LineItem(from: Point(550, 500), to: Point(750, 500), width: 0.75, dash: [2, 2])))
        return Frame(width: a4Landscape.width, height: a4Landscape.height, items: items)
    }

    /// A fresh, empty directory under /tmp.
    static func directory() throws -> String {
        makeTemporaryFolder("cetakpdf-tests-")
    }

    /// Removes a directory made by `directory()` (set CETAK_KEEP_TEST_FILES=1 to keep them for inspection).
    static func remove(_ path: String) {
        guard ProcessInfo.processInfo.environment["CETAK_KEEP_TEST_FILES"] == nil else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes pages with bookmarks to `path`.
    static func write(_ pages: [(Frame, String?)], to path: String, metadata: PDFMetadata = metadata()) throws {
        let writer = try PDFWriter(path: path, metadata: metadata)
        for (frame, bookmark) in pages { try writer.add(page: frame, bookmark: bookmark) }
        try writer.finish()
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    static func files(in directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }
}

/// Runs a program and returns its exit status and standard output.
@discardableResult
func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
