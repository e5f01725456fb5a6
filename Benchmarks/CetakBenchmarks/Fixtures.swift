import Cetak
import CetakCore
import CetakPDF
import Foundation

/// Inputs of the benchmarks, made at set-up time from files of the repository: nothing large is committed.
enum Fixtures {
    /// The repository root: `CETAK_ROOT` when set, else found from this file (Benchmarks/CetakBenchmarks/…).
    static let root: String = {
        if let r = ProcessInfo.processInfo.environment["CETAK_ROOT"], !r.isEmpty { return r }
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `rows` records of the shape of `Data/diklat/calon.csv` (header included, UTF-8, LF): its records
    /// repeated in turn, the NIP's 3-digit serial (and every place the NIP appears: the photo path)
    /// counting up on each round, so every NIP is distinct.
    static func calonCSV(rows: Int) throws -> [UInt8] {
        let text = try String(contentsOfFile: root + "/Data/diklat/calon.csv", encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).replacingOccurrences(of: "\r", with: "") }
        guard let header = lines.first, lines.count > 1 else { throw FixtureError("Data/diklat/calon.csv has no records") }
        let records = Array(lines.dropFirst())
        var out = header + "\n"
        out.reserveCapacity(rows * (records.map(\.utf8.count).max() ?? 300))
        for i in 0..<rows {
            let line = records[i % records.count]
            let nip = String(line.prefix { $0 != "," })
            guard nip.count == 18, nip.allSatisfy(\.isNumber) else { throw FixtureError("calon.csv: '\(nip)' is not an 18-digit NIP") }
            let serial = (i / records.count) % 1000
            let fresh = nip.prefix(15) + String(format: "%03d", serial)
            out += line.replacingOccurrences(of: nip, with: String(fresh)) + "\n"
        }
        return Array(out.utf8)
    }

    /// Writes `n` certificates of the `make bench` workload (bench/gen.py cert: the same seed, the same bytes)
    /// into `dir`/sertifikat.csv and returns its path.
    static func certificateData(_ n: Int, into dir: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", root + "/bench/gen.py", "cert", String(n), dir]
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw FixtureError("bench/gen.py cert \(n) exited \(p.terminationStatus)") }
        return dir + "/sertifikat.csv"
    }

    /// A run plan of the benchmark certificate (bench/templates/sertifikat.xml) over `n` generated records.
    static func certificatePlan(_ n: Int, dir: String) throws -> RunPlan {
        var o = RenderOptions(form: root + "/bench/templates/sertifikat.xml", templates: root + "/Templates")
        o.dataFiles = [try certificateData(n, into: dir)]
        let plan = try RunPlan.make(o)
        guard plan.items.count == n else { throw FixtureError("expected \(n) certificates, the plan has \(plan.items.count)") }
        return plan
    }

    /// The PDF creation date of every file written here (2026-01-01, bench/run.py's SOURCE_DATE_EPOCH).
    static let creationDate: Int64 = 1_767_225_600

    /// The laid-out page of the first certificate of the `make bench` data, checked to write as a PDF.
    static func certificatePage(dir: String) throws -> Frame {
        let plan = try certificatePlan(1, dir: dir)
        let frames = try plan.layout(plan.items[0]).frames
        guard frames.count == 1, let page = frames.first else { throw FixtureError("the certificate has \(frames.count) pages") }
        let probe = dir + "/probe.pdf"
        try writePDF(page, to: probe)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: probe))
        guard bytes.starts(with: Array("%PDF-".utf8)), bytes.count > 5_000 else { throw FixtureError("probe.pdf is not a PDF (\(bytes.count) bytes)") }
        try FileManager.default.removeItem(atPath: probe)
        return page
    }

    /// Writes one page as a PDF at `path` (as Renderer does for each document).
    static func writePDF(_ page: Frame, to path: String) throws {
        let w = try PDFWriter(path: path, metadata: PDFMetadata(title: "Sertifikat", creationDate: creationDate))
        try w.add(page: page)
        try w.finish()
    }

    /// The words of bench/gen.py, for paragraphs.
    static let words = """
        pendampingan kepala sekolah mitra inti kegiatan pembelajaran guru siswa kurikulum program
        kemitraan rencana tindak lanjut evaluasi supervisi akademik manajerial kewirausahaan pengembangan
        sekolah laporan bulanan pelaksanaan hasil indikator capaian tujuan strategi penguatan mutu pendidikan
        dinas kabupaten kota provinsi pelatihan pengawas lembaga penjaminan kompetensi profesional sosial
        kepribadian pedagogik bimbingan teknis observasi kelas refleksi diskusi kelompok kerja musyawarah
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// A 60-word paragraph like the certificate's `uraian` (12 fixed words + 48 from the list); with a
    /// `tag`, every generated word gets it as a suffix, so the text is new to the shaping cache.
    static func uraian(tag: String = "") -> String {
        let opening = "Telah mengikuti dengan baik seluruh rangkaian Diklat Penguatan Kepala Sekolah Program Kemitraan"
        let rest = (0..<48).map { words[($0 * 7 + 3) % words.count] + tag }
        return opening + " " + rest.joined(separator: " ") + "."
    }

    /// A one-paragraph document: the certificate's page (A4 landscape, margins 22/30/18/30 mm) and its
    /// justified 12 pt Liberation Serif paragraph.
    static func paragraphDocument(_ text: String) -> Document {
        let mm = 72.0 / 25.4
        let style = TextStyle(family: "Liberation Serif", size: 12)
        let a4 = Paper.a4.size
        return Document(key: "paragraf", title: "Paragraf",
                        page: PageSetup(width: a4.height, height: a4.width, margin: (22 * mm, 30 * mm, 18 * mm, 30 * mm)),
                        body: [.paragraph(Paragraph(runs: [TextRun(text, style: style)], align: .justify))])
    }
}

/// A temporary folder made by a benchmark's set-up and removed by its teardown (benchmarks that do not
/// run make none). Used from the one thread that runs the benchmark.
final class TempDir: @unchecked Sendable {
    private(set) var path = ""

    /// Creates the folder (once) and returns its path.
    func make() throws -> String {
        if path.isEmpty {
            let p = NSTemporaryDirectory() + "cetak-bench-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
            path = p
        }
        return path
    }

    /// Removes the folder and everything in it.
    func remove() {
        if !path.isEmpty { try? FileManager.default.removeItem(atPath: path) }
        path = ""
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
