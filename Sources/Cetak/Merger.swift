import CetakCore
import CetakPDF
import Foundation

/// `cetak merge`: joins rendered PDFs into one, in key order, one bookmark per file.
public enum Merger {
    /// The files in the order they are joined: by key (the file name without `.pdf`), numbers compared
    /// as numbers (`M2` before `M10`), each with its bookmark title.
    public static func ordered(_ files: [String]) -> [(path: String, title: String)] {
        files.map { (path: $0, title: (($0 as NSString).lastPathComponent as NSString).deletingPathExtension) }
            .sorted { $0.title.compare($1.title, options: [.numeric]) == .orderedAscending }
    }

    /// Joins `files` into `out` (atomically), dated by `epoch` (`SOURCE_DATE_EPOCH`) or the fallback date.
    /// The joined file is never one of the files it joins (whatever the spelling of the paths), nor a device,
    /// a pipe or a folder; every input is a regular file that can be read — else nothing is written.
    public static func merge(_ files: [String], to out: String, title: String, epoch: Int64?) throws(Diagnostics) {
        let inputs = RunFiles()
        var problems: [Diagnostic] = []
        for f in files {
            do throws(Diagnostic) { try InputFile.check(f); inputs.read(f) } catch { problems.append(error.readFailure()) }
        }
        do throws(Diagnostic) { try OutputFile.checkTarget(out, files: inputs) } catch { problems.append(error.prefixed("cannot write")) }
        if !problems.isEmpty { throw Diagnostics(problems) }
        do throws(Diagnostic) {
            try PDFJoiner.join(ordered(files), to: out, title: title, creationDate: epoch ?? SourceDateEpoch.fallback)
        } catch {
            throw Diagnostics(error)
        }
    }
}
