import Cetak
import CetakCore
import Foundation
import ZIPFoundation

/// What a render leaves for download: the ZIP (`<form-id>/<key>.pdf`, the merged PDF, `report.json`)
/// and the merged PDF on its own.
struct RenderResult: Sendable {
    /// The ZIP file.
    var zip: String
    /// The merged PDF, when one was written.
    var merged: String?
    /// The report, its paths relative to the ZIP.
    var report: RunReport
    /// The CLI's exit code: 0, or 1 when records were rejected.
    var exitCode: Int32
}

/// Packs a run's output folder into a ZIP with ZIPFoundation.
enum ResultArchive {
    /// Writes `report.json` (paths relative to the ZIP, as the clerk's files are named) and the ZIP beside `out`.
    static func pack(_ run: RenderOutcome, out: String, merged: String?, folder: UploadFolder) throws -> RenderResult {
        var report = run.report
        let prefix = out + "/"
        for i in report.documents.indices where report.documents[i].file.hasPrefix(prefix) {
            report.documents[i].file.removeFirst(prefix.count)
        }
        report.rejected = report.rejected.map(folder.stripped)
        for i in report.warnings.indices { report.warnings[i].message = folder.strip(report.warnings[i].message) }
        let reportPath = (out as NSString).appendingPathComponent("report.json")
        try Data(report.json().utf8).write(to: URL(fileURLWithPath: reportPath))
        let zip = folder.file("\(report.form).zip")
        let archive = try Archive(url: URL(fileURLWithPath: zip), accessMode: .create)
        let base = URL(fileURLWithPath: out)
        var entries = ["report.json"]
        if let merged, FileManager.default.fileExists(atPath: merged) { entries.append((merged as NSString).lastPathComponent) }
        entries += report.documents.map(\.file)
        for e in entries {
            // PDFs are compressed inside already; the report is small.
            try archive.addEntry(with: e, relativeTo: base, compressionMethod: e.hasSuffix(".json") ? .deflate : .none)
        }
        let mergedPath = merged.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        return RenderResult(zip: zip, merged: mergedPath, report: report, exitCode: run.exitCode)
    }
}
