import ArgumentParser
import Cetak
import CetakCore
import CetakTemplate
import Foundation

/// The `cetak` command: print official forms from spreadsheets.
@main
struct CetakCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cetak",
        abstract: "Render official Indonesian education forms from CSV/JSON data to print-ready PDF.",
        subcommands: [ListCommand.self, CheckCommand.self, RenderCommand.self, MergeCommand.self, DemoCommand.self, ServeCommand.self])

    /// Runs the command; bad usage exits 2 as CLI.md says (ArgumentParser would use 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var served = command as? AsyncParsableCommand { try await served.run() } else { try command.run() }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 || code.rawValue == 2 { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Prints diagnostics as compilers do, one per line on standard error.
func printDiagnostics(_ list: [Diagnostic]) {
    for d in list {
        var line = d.description
        if let v = d.value, !d.message.contains(v) { line += " (value: \"\(v)\")" }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Options shared by the commands that read templates.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of the form templates (default: ./Templates, or $CETAK_TEMPLATES).")
    var templates: String?

    var folder: String { templates ?? FormCatalog.defaultFolder() }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every form: id, official title, datasets it reads.")
    @OptionGroup var t: TemplateOptions

    func run() throws {
        let c = FormCatalog(folder: t.folder)
        for e in c.entries {
            let pad = String(repeating: " ", count: max(1, 28 - e.id.count))
            print("\(e.id)\(pad)\(e.title)  [\(e.datasets.joined(separator: ", "))]")
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Validate a template; print every problem with file:line:column.")
    @Argument(help: "A form id or a template file.") var form: String
    @OptionGroup var t: TemplateOptions

    func run() throws {
        do {
            let tpl = try Renderer.loadTemplate(RenderOptions(form: form, templates: t.folder))
            print("\(tpl.file): ok (\(tpl.id))")
        } catch {
            printDiagnostics(error.all)
            throw ExitCode(2)
        }
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render a form for every record of the data.")
    @Argument(help: "A form id or a template file.") var form: String
    @Option(name: .long, help: "A data file (CSV or JSON); repeat for each dataset.") var data: [String] = []
    @Option(name: .long, help: "The context JSON file.") var context: String?
    @Option(name: .long, help: "Output folder.") var out: String = "Output"
    @Option(name: .long, help: "Also write all documents into this one PDF, one bookmark each.") var merge: String?
    @Option(name: .long, help: "Write the run report (JSON) here.") var report: String?
    @Option(name: .long, help: "Parallel workers (default: the number of cores).") var jobs: Int?
    @Option(name: .long, help: "Paper: a4, f4 or letter.") var paper: String?
    @Flag(name: .long, help: "Render the form once, empty, for filling by hand.") var blank = false
    @Option(name: .long, help: "Only the documents with these keys (comma-separated).") var only: String?
    @Option(name: .long, help: "Render the K-th of N slices of the documents: K/N.") var shard: String?
    @Flag(name: .long, help: "No progress output.") var quiet = false
    @Option(name: .customLong("set"), help: "Turn a template switch on or off: NAME=true|false (e.g. petunjuk=false).") var switches: [String] = []
    @OptionGroup var t: TemplateOptions

    func validate() throws {
        for s in switches where parseSwitch(s) == nil { throw ValidationError("--set takes NAME=true or NAME=false, not '\(s)'") }
        if let p = paper, Paper(rawValue: p.lowercased()) == nil { throw ValidationError("--paper must be a4, f4 or letter") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if let s = shard, parseShard(s) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N") }
    }

    func run() throws {
        var o = RenderOptions(form: form, templates: t.folder)
        o.dataFiles = data
        o.contextFile = context
        o.outDir = out
        o.merge = merge
        o.report = report
        o.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        o.paper = paper.flatMap { Paper(rawValue: $0.lowercased()) }
        o.blank = blank
        o.progress = TerminalProgress.callback(quiet: quiet)
        o.only = only.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        o.shard = shard.flatMap(parseShard)
        for s in switches { if let (k, v) = parseSwitch(s) { o.switches[k] = v } }
        o.sourceDateEpoch = CreationDate.fromEnvironment()
        let outcome = Renderer.run(o)
        printDiagnostics(outcome.messages)
        if !quiet {
            let r = outcome.report
            FileHandle.standardError.write(Data("\(r.form): \(r.documents.count) documents, \(r.pages) pages, \(r.skipped.count) skipped, \(r.rejected.count) rejected\n".utf8))
        }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}

/// Parses `NAME=true|false`.
func parseSwitch(_ s: String) -> (String, Bool)? {
    let p = s.split(separator: "=", maxSplits: 1).map(String.init)
    guard p.count == 2, !p[0].isEmpty else { return nil }
    switch p[1].lowercased() {
    case "true", "ya", "yes", "1", "on": return (p[0], true)
    case "false", "tidak", "no", "0", "off": return (p[0], false)
    default: return nil
    }
}

/// Parses `K/N`.
func parseShard(_ s: String) -> (k: Int, n: Int)? {
    let p = s.split(separator: "/")
    guard p.count == 2, let k = Int(p[0]), let n = Int(p[1]), n >= 1, k >= 1, k <= n else { return nil }
    return (k, n)
}

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Render every form from the bundled sample data in Data/.")
    @Option(name: .long, help: "Output folder.") var out: String = "Output"
    @Option(name: .long, help: "Folder of the sample data.") var dataFolder: String?
    @Option(name: .long, help: "Parallel workers.") var jobs: Int?
    @OptionGroup var t: TemplateOptions

    func run() throws {
        let folder = t.folder
        let samples = dataFolder.map(SampleData.init(root:)) ?? SampleData(besideTemplates: folder)
        var worst: Int32 = 0
        for e in FormCatalog(folder: folder).entries {
            var o = samples.options(for: e, templates: folder)
            o.outDir = out
            o.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            o.sourceDateEpoch = CreationDate.fromEnvironment()
            o.report = ((out as NSString).appendingPathComponent(e.id) as NSString).appendingPathComponent("report.json")
            let outcome = Renderer.run(o)
            printDiagnostics(outcome.messages)
            let r = outcome.report
            print("\(e.id): \(r.documents.count) documents, \(r.pages) pages, \(r.skipped.count) skipped, \(r.rejected.count) rejected, \(r.warnings.count) warnings")
            worst = max(worst, outcome.exitCode)
        }
        if worst != 0 { throw ExitCode(worst) }
    }
}
