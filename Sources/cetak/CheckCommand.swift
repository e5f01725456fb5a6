import ArgumentParser
import Cetak
import CetakCore
import Foundation

/// `cetak check <form-id | template.xml>`: every problem `render` would stop at, found without data.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a template: XML and schema, functions, names, context keys, datasets, columns, fonts; every problem with file:line.")
    @Argument(help: "A form id or a template file.") var form: String
    @OptionGroup var t: TemplateOptions

    func run() throws {
        printNotes(t.overrideNotes(for: form))
        let (template, findings) = TemplateCheck.run(t.options(form: form))
        printDiagnostics(findings)
        let errors = findings.filter { $0.severity == .error }.count
        if let template, errors == 0 {
            let warned = findings.isEmpty ? "" : ", \(findings.count) warning\(findings.count == 1 ? "" : "s")"
            print(TerminalText.escaped("\(template.file): ok (\(template.id)\(warned))"))
            return
        }
        printError("\(form): \(errors) problem\(errors == 1 ? "" : "s") found")
        throw ExitCode(Diagnostic.exitCode(stopped: true, findings))
    }
}
