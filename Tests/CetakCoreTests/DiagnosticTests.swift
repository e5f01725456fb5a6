import Testing
@testable import CetakCore

/// The one diagnostic: its kind decides the exit code, its place prints as compilers print it, and the
/// helpers that give it a place, a value, a prefix or another kind keep everything else.
@Suite struct DiagnosticTests {
    let cell = SourceLocation(file: "diklat.xlsx", line: 17, column: 4, field: "nip", sheet: "peserta")

    @Test func theKindDecidesTheExitCode() {
        #expect(Diagnostic.Kind.record.exitCode == 1 && Diagnostic.Kind.dependency.exitCode == 1)
        for k in [Diagnostic.Kind.usage, .template, .input, .output, .system] { #expect(k.exitCode == 2, "\(k)") }
        let bad = Diagnostic(.error, .record, at: cell, "\"12\" is not a valid NIP")
        let note = Diagnostic(.warning, .output, at: nil, "a warning decides nothing")
        #expect(Diagnostic.exitCode(stopped: false, []) == 0)
        #expect(Diagnostic.exitCode(stopped: false, [note]) == 0)
        #expect(Diagnostic.exitCode(stopped: false, [bad, note]) == 1)
        #expect(Diagnostic.exitCode(stopped: false, [bad, Diagnostic(.output, "cannot write the report")]) == 2)
        // A run that stopped rendered nothing: 2, whatever its diagnostics are.
        #expect(Diagnostic.exitCode(stopped: true, [bad]) == 2)
        #expect(Diagnostic.exitCode(stopped: true, []) == 2)
    }

    @Test func itPrintsAsCompilersPrint() {
        let d = Diagnostic(.error, .record, at: cell, "not a valid NIP", value: "1975")
        #expect(d.description == "diklat.xlsx:peserta!D17:nip: error: not a valid NIP")
        #expect(d.text == "diklat.xlsx:peserta!D17:nip: not a valid NIP")
        #expect(d.line == "diklat.xlsx:peserta!D17:nip: error: not a valid NIP (value: \"1975\")")
        // A value the message quotes already is not repeated.
        #expect(Diagnostic(.error, .record, at: nil, "\"1975\" is not a NIP", value: "1975").line == "error: \"1975\" is not a NIP")
        #expect(Diagnostic(.warning, .input, at: SourceLocation(file: "a.csv", line: 3), "empty").description == "a.csv:3: warning: empty")
        #expect(Diagnostic(.usage, "unknown form 'x'").description == "error: unknown form 'x'")
    }

    @Test func atGivesAPlaceOnlyToADiagnosticWithoutOne() {
        let template = SourceLocation(file: "sa05.xml", line: 40)
        let bare = Diagnostic(.record, "needs a number")
        #expect(bare.at(template).location == template)
        #expect(bare.at(template).at(cell).location == template)
        #expect(bare.at(nil).location == nil)
        #expect(Diagnostic(.error, .record, at: cell, "x").at(template).location == cell)
    }

    @Test func valuePrefixAndKindChangeOnlyThemselves() {
        let d = Diagnostic(.error, .record, at: cell, "needs a number")
        #expect(d.with(value: "8a").value == "8a")
        #expect(d.with(value: "8a").with(value: "9").value == "8a")
        let p = d.prefixed("M01")
        #expect(p.message == "M01: needs a number" && p.location == cell && p.kind == .record)
        let t = d.of(.template)
        #expect(t.kind == .template && t.message == d.message && t.location == d.location)
        #expect(Diagnostics([d, d.of(.input)]).of(.template).all.allSatisfy { $0.kind == .template })
    }

    @Test func aDependencyKeepsTheRejectionItFollowsFrom() {
        let rejected = Diagnostic(.error, .record, at: cell, "not a valid NIP", value: "1975")
        var d = Diagnostic(.dependency, "peserta 1975: not a valid NIP")
        #expect(d.cause == nil)
        d.cause = rejected
        #expect(d.cause == rejected)
        #expect(d.cause?.cause == nil)
        d.cause = nil
        #expect(d.cause == nil)
    }

    @Test func fieldsAreTheOneJSONFormOfADiagnostic() {
        let f = Diagnostic(.error, .record, at: cell, "not a valid NIP", value: "1975").fields
        #expect(f == DiagnosticFields(file: "diklat.xlsx", sheet: "peserta", cell: "D17", line: 17, column: "nip", value: "1975",
                                      message: "not a valid NIP", kind: "record",
                                      text: "diklat.xlsx:peserta!D17:nip: error: not a valid NIP (value: \"1975\")"))
        // Without a column name: the column's letters in a sheet, its number in a text file.
        #expect(Diagnostic(.error, .record, at: SourceLocation(file: "b.xlsx", line: 2, column: 28, sheet: "s"), "x").fields.column == "AB")
        #expect(Diagnostic(.error, .input, at: SourceLocation(file: "a.json", line: 2, column: 7), "x").fields.column == "7")
        let none = Diagnostic(.usage, "unknown form").fields
        #expect(none.file == "" && none.line == 0 && none.column == "" && none.value == "" && none.kind == "usage")
    }

    @Test func filesAreInputAndOutputProblemsAtTheirPath() throws {
        #expect { _ = try InputFile.read("/nonexistent-cetak/a.csv") } throws: { e in
            guard let d = e as? Diagnostic else { return false }
            return d.kind == .input && d.file == "/nonexistent-cetak/a.csv" && d.message == "no such file"
                && d.readFailure(named: "a.csv").description == "a.csv: error: cannot read the file: no such file"
        }
        #expect { try OutputFile.checkTarget("/tmp") } throws: { e in
            guard let d = e as? Diagnostic else { return false }
            return d.kind == .output && d.file == "/tmp" && d.message.hasPrefix("it is a folder")
        }
        #expect { try SourceDateEpoch.parse("kemarin").get() } throws: { e in
            guard let d = e as? Diagnostic else { return false }
            return d.kind == .usage && d.location == nil && d.message.hasPrefix("SOURCE_DATE_EPOCH=kemarin is not a date")
        }
    }
}
