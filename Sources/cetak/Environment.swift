import ArgumentParser
import Cetak
import CetakCore
import Foundation

/// `SOURCE_DATE_EPOCH` from the environment, validated: a value cetak cannot use stops the command with
/// exit code 2 and a message (docs/cli.md: bad usage), before anything is read or written.
func sourceDateEpoch() throws -> Int64? {
    do throws(Diagnostic) { return try CreationDate.fromEnvironment() } catch {
        throw stop([error])
    }
}

/// Prints the diagnostics that stop a command and gives its exit code (`Diagnostic.exitCode`).
func stop(_ list: [Diagnostic]) -> ExitCode {
    printDiagnostics(list)
    return ExitCode(Diagnostic.exitCode(stopped: true, list))
}

/// Writes text to standard error with control characters escaped (`TerminalText`).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.escapedLines(text) + "\n").utf8))
}
