import ArgumentParser
import CetakCore
import CetakPDF
import Foundation

/// `cetak merge --out FILE.pdf FILE.pdf...`: join rendered PDFs in key order, one bookmark each.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join rendered PDFs into one, in key order (the file names), with one bookmark per file.")

    @Option(name: .long, help: "The joined PDF.") var out: String
    @Option(name: .long, help: "Title of the joined PDF.") var title: String = "cetak"
    @Argument(help: "The PDFs to join (as cetak render wrote them).") var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give the PDFs to join") }
    }

    func run() throws {
        let keyed = files.map { (path: $0, title: (($0 as NSString).lastPathComponent as NSString).deletingPathExtension) }
            .sorted { $0.title.compare($1.title, options: [.numeric]) == .orderedAscending }
        let date = try sourceDateEpoch() ?? 946_684_800
        // The joined file is never one of the files it joins (whatever the spelling of the paths), nor a
        // device, a pipe or a folder; every input is a regular file that can be read.
        let inputs = RunFiles()
        var problems: [String] = []
        for f in files {
            do throws(InputFileError) { try InputFile.check(f); inputs.read(f) } catch { problems.append(error.description) }
        }
        do throws(OutputFileError) { try OutputFile.checkTarget(out, files: inputs) } catch { problems.append(error.description) }
        guard problems.isEmpty else {
            for p in problems { printError("error: \(p)") }
            throw ExitCode(2)
        }
        do {
            try PDFJoiner.join(keyed, to: out, title: title, creationDate: date)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
    }
}
