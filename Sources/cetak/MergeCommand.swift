import ArgumentParser
import CetakCore
import Cetak
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
        let epoch = try sourceDateEpoch()
        do {
            try Merger.merge(files, to: out, title: title, epoch: epoch)
        } catch {
            throw stop(error.all)
        }
    }
}
