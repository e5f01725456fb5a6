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
        version: CetakVersion.producer,
        subcommands: [ListCommand.self, CheckCommand.self, RenderCommand.self, MergeCommand.self, DemoCommand.self,
                      WorkbookCommand.self, ServeCommand.self])

    /// Runs the command; bad usage exits 2 as docs/cli.md says (ArgumentParser would use 64).
    static func main() async {
        // First, before any other thread: SIGINT/SIGTERM/SIGHUP remove the run's temporary files. Not for
        // `cetak serve`, which stops gracefully on SIGINT/SIGTERM (ServiceLifecycle): answers in flight end and
        // take their request folders with them.
        if CommandLine.arguments.dropFirst().first != ServeCommand.configuration.commandName {
            TemporaryFiles.stopOnSignals()
        }
        if let message = unknownSubcommand(Array(CommandLine.arguments.dropFirst())) {
            printError(message)
            Foundation.exit(Diagnostic.Kind.usage.exitCode)
        }
        do {
            var command = try parseAsRoot()
            if var served = command as? AsyncParsableCommand { try await served.run() } else { try command.run() }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 || code.rawValue == 2 { exit(withError: error) }
            printError(fullMessage(for: error))
            Foundation.exit(Diagnostic.Kind.usage.exitCode)
        }
    }
}

/// The message for a first argument that is no command (`cetak rendr …`), with the closest commands.
func unknownSubcommand(_ args: [String]) -> String? {
    guard let first = args.first, !first.hasPrefix("-") else { return nil }
    let names = CetakCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
    if names.contains(first) { return nil }
    return "error: unknown command '\(first)'\(Spelling.didYouMean(first, among: names)); the commands are \(names.dropLast().joined(separator: ", ")) (cetak --help)"
}

/// Prints notes on standard error, one per line.
func printNotes(_ lines: [String]) {
    for l in lines { printError(l) }
}

/// Prints diagnostics as compilers do, one per line on standard error.
func printDiagnostics(_ list: [Diagnostic]) {
    for d in list { printError(d.line) }
}

/// Options shared by the commands that read templates.
struct TemplateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Folder of the form templates, the only one used.",
        discussion: "Without it: $CETAK_TEMPLATES, else ../share/cetak/Templates beside the program, else the source tree's Templates/; a ./Templates folder adds its forms (a local form wins over a built-in one of the same id)."))
    var templates: String?

    /// Where the forms are (docs/cli.md).
    var search: TemplateSearch { TemplateSearch.find(explicit: templates) }

    /// Render options for a form, with the folders of the search.
    func options(form: String) -> RenderOptions {
        let s = search
        var o = RenderOptions(form: form, templates: s.builtIn ?? "")
        o.localTemplates = s.local
        return o
    }

    /// The notes on a form (or every form, for nil) of a local folder that hides a built-in one.
    func overrideNotes(for form: String?) -> [String] {
        let c = options(form: "").catalog
        return c.overrides.filter { form == nil || $0.used.id == form }.map(\.note)
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List every form: id, official title, datasets it reads.")
    @OptionGroup var t: TemplateOptions

    func run() throws {
        let search = t.search
        let c = t.options(form: "").catalog
        guard !c.entries.isEmpty else {
            let looked = (search.local + search.lookedAt).joined(separator: ", ")
            throw stop([Diagnostic(.usage, "no form templates found (looked in \(looked)); give --templates DIR or set CETAK_TEMPLATES")])
        }
        for e in c.entries {
            let pad = String(repeating: " ", count: max(1, 28 - e.id.count))
            let local = search.local.contains(e.folder) ? "  (\(e.path))" : ""
            print(TerminalText.escaped("\(e.id)\(pad)\(e.title)  [\(e.datasets.joined(separator: ", "))]\(local)"))
        }
        printNotes(t.overrideNotes(for: nil))
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render a form for every record of the data.")
    @Argument(help: "A form id or a template file.") var form: String
    @Option(name: .long, help: "A data file (CSV, JSON or an .xlsx workbook), or NAME=FILE for a file named otherwise; repeat for each.") var data: [String] = []
    @Option(name: .long, help: "The context JSON file (a workbook's konteks sheet serves too; this file wins key by key).") var context: String?
    @Option(name: .long, help: "Output folder.") var out: String = "Output"
    @Option(name: .long, help: "Also write all documents into this one PDF, one bookmark each.") var merge: String?
    @Flag(name: .long, help: "With --merge: write only the merged PDF, no file per document.") var noFiles = false
    @Option(name: .long, help: "Write the run report (JSON) here.") var report: String?
    @Option(name: .long, help: "Parallel workers (default: the number of cores).") var jobs: Int?
    @Option(name: .long, help: "Paper: a4, f4 or letter.") var paper: String?
    @Flag(name: .long, help: "Render the form once, empty, for filling by hand.") var blank = false
    @Option(name: .long, help: "Only the documents with these keys (comma-separated).") var only: String?
    @Option(name: .long, help: "Render the K-th of N slices of the documents: K/N.") var shard: String?
    @Flag(name: .long, help: "No progress line, summary or warnings on standard error.") var quiet = false
    @Flag(name: .long, help: "After the run, remove the PDFs in OUT/<form-id>/ that this run did not write.") var clean = false
    @Option(name: .customLong("set"), help: "Set a template switch (NAME=ya|tidak, e.g. petunjuk=tidak) or a context key the form reads (NAME=text).") var switches: [String] = []
    @OptionGroup var t: TemplateOptions

    func validate() throws {
        for s in switches where !s.contains("=") || s.hasPrefix("=") { throw ValidationError("--set takes NAME=VALUE, not '\(s)'") }
        if let p = paper, Paper(rawValue: p.lowercased()) == nil { throw ValidationError("--paper must be a4, f4 or letter") }
        if let j = jobs, j < 1 { throw ValidationError("--jobs must be at least 1") }
        if let s = shard, parseShard(s) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N") }
        if noFiles && merge == nil { throw ValidationError("--no-files needs --merge FILE.pdf (otherwise nothing would be written)") }
        if noFiles && clean { throw ValidationError("--clean removes the files of an earlier run beside the ones this run writes; with --no-files it writes none") }
    }

    func run() throws {
        var o = t.options(form: form)
        if !quiet { printNotes(t.overrideNotes(for: form)) }
        o.dataFiles = data
        o.contextFile = context
        o.outDir = out
        o.merge = merge
        o.noFiles = noFiles
        o.report = report
        o.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        o.paper = paper.flatMap { Paper(rawValue: $0.lowercased()) }
        o.blank = blank
        o.progress = TerminalProgress.callback(quiet: quiet)
        o.clean = clean
        o.only = only.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        o.shard = shard.flatMap(parseShard)
        if !switches.isEmpty {
            // The server's rule (RenderOptions.assign): a switch of the form takes ya/tidak, a context key any text.
            do throws(Diagnostics) {
                let template = try Renderer.loadTemplate(o)
                for s in switches {
                    let eq = s.firstIndex(of: "=") ?? s.endIndex
                    try o.assign(String(s[..<eq]), eq < s.endIndex ? String(s[s.index(after: eq)...]) : "", for: template)
                }
            } catch {
                printDiagnostics(error.all)
                throw ExitCode(2)
            }
        }
        o.sourceDateEpoch = try sourceDateEpoch()
        let outcome = Renderer.run(o)
        printDiagnostics(outcome.messages)
        if !quiet { printSummary(outcome, merge: merge) }
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }
}

/// The summary line (counts, warnings, where the files went), then each warning once, grouped by cause.
func printSummary(_ outcome: RenderOutcome, merge: String?) {
    let r = outcome.report
    var line = "\(r.form): \(r.documents.count) documents, \(r.pages) pages, \(r.skipped.count) skipped, \(r.rejected.count) rejected, \(r.warnings.count) warnings"
    if let folder = r.folder, !r.documents.isEmpty { line += "; files in \(folder)/" }
    if let merge, !r.documents.isEmpty { line += "; merged into \(merge)" }
    if let removed = r.removed, !removed.isEmpty { line += "; \(removed.count) old files removed" }
    printError(line)
    for w in WarningSummary.lines(r.warnings) { printError("warning: \(w)") }
}

/// Parses `K/N`.
func parseShard(_ s: String) -> (k: Int, n: Int)? {
    let p = s.split(separator: "/")
    guard p.count == 2, let k = Int(p[0]), let n = Int(p[1]), n >= 1, k >= 1, k <= n else { return nil }
    return (k, n)
}

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Render every form from the bundled sample data in Data/.",
        discussion: "Each form twice: from the CSV/JSON files and konteks.json into OUT/<form-id>/, and from the programme's workbook (Data/<programme>/<programme>.xlsx, the same data) into OUT/workbook/<form-id>/.")
    @Option(name: .long, help: "Output folder.") var out: String = "Output"
    @Option(name: .long, help: "Folder of the sample data.") var dataFolder: String?
    @Option(name: .long, help: "Parallel workers.") var jobs: Int?
    @OptionGroup var t: TemplateOptions

    /// The folder of the renders from the sample workbooks, inside `--out`.
    static let workbookFolder = "workbook"

    func run() throws {
        let epoch = try sourceDateEpoch()
        var worst: Int32 = 0
        let catalog = t.options(form: "").catalog
        guard !catalog.entries.isEmpty else {
            throw stop([Diagnostic(.usage, "no form templates found; give --templates DIR or set CETAK_TEMPLATES")])
        }
        printNotes(t.overrideNotes(for: nil))
        let samples = SampleData(root: dataFolder)
        let fromBooks = (out as NSString).appendingPathComponent(Self.workbookFolder)
        for e in catalog.entries {
            var base = t.options(form: e.id)
            base.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            base.sourceDateEpoch = epoch
            worst = max(worst, render(e.id, samples.options(for: e, base: base), into: out))
            if let book = samples.workbookOptions(for: e, base: base) {
                worst = max(worst, render(e.id, book, into: fromBooks, label: Self.workbookFolder + "/"))
            }
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// Renders one form into `folder` with its report beside its PDFs; prints its summary line.
    func render(_ id: String, _ options: RenderOptions, into folder: String, label: String = "") -> Int32 {
        var o = options
        o.outDir = folder
        o.report = ((folder as NSString).appendingPathComponent(id) as NSString).appendingPathComponent("report.json")
        let outcome = Renderer.run(o)
        printDiagnostics(outcome.messages)
        let r = outcome.report
        print(TerminalText.escaped("\(label)\(id)") + ": \(r.documents.count) documents, \(r.pages) pages, \(r.skipped.count) skipped, \(r.rejected.count) rejected, \(r.warnings.count) warnings")
        return outcome.exitCode
    }
}
