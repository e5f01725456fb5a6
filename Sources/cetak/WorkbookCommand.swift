import ArgumentParser
import Cetak
import CetakCore
import CetakData
import CetakTemplate
import CetakWorkbook
import Foundation

/// `cetak workbook`: the Excel workbook a secretariat fills in (docs/workbook.md).
struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: "Write an Excel workbook to fill in: a sheet per dataset and a konteks sheet, for a programme or one form.",
        discussion: "With --data and --context the sheets are filled with that data (dates as date cells, NIPs as text).")
    @Argument(help: "A programme (kemitraan, diklat, sekolah-model) or a form id.") var name: String
    @Option(name: .long, help: "The .xlsx file to write.") var out: String
    @Option(name: .long, help: "A CSV or JSON file to fill its dataset's sheet with; NAME=FILE for a file of another name. Repeat for each dataset.")
    var data: [String] = []
    @Option(name: .long, help: "A context JSON file to fill the konteks sheet with.") var context: String?
    @Flag(name: .long, help: "No summary line.") var quiet = false
    @OptionGroup var t: TemplateOptions

    func validate() throws {
        if !out.lowercased().hasSuffix(".xlsx") { throw ValidationError("--out must name an .xlsx file") }
    }

    func run() throws {
        let created = try sourceDateEpoch() ?? SourceDateEpoch.fallback
        // The workbook never replaces a file it is filled from (a workbook given as --data, the context).
        let inputs = RunFiles()
        for d in data { inputs.read(DataArgument(d).path) }
        if let context { inputs.read(context) }
        do throws(Diagnostic) { try OutputFile.checkTarget(out, files: inputs) } catch {
            throw stop([error.prefixed("--out")])
        }
        do throws(Diagnostics) {
            let scope = try t.options(form: "").catalog.workbookScope(name)
            var plan: WorkbookPlan
            if data.isEmpty && context == nil {
                plan = WorkbookMaker.blank(scope)
            } else {
                let made = try WorkbookMaker.filled(scope, data: data.map(DataArgument.init), context: context, workbookPath: out)
                printDiagnostics(made.warnings)
                plan = made.plan
            }
            try WorkbookWriter.write(plan, to: out, created: created)
            if !quiet {
                let parts = plan.sheets.map { s in
                    "\(s.name): \(s.rows.count) \(s.name == "konteks" ? "key" : "row")\(s.rows.count == 1 ? "" : "s")"
                }
                printError("\(out): \(plan.sheets.count) sheets (\(parts.joined(separator: ", ")))")
            }
        } catch {
            throw stop(error.all)
        }
    }
}
