import Cetak
import CetakTemplate
import Foundation
import Testing

/// The repository stands alone: its docs name every form, dataset, column, context key and command,
/// their links lead somewhere, the README's examples run as written from the repository root, and
/// nothing points outside the repository.
@Suite struct DocsTests {
    func read(_ rel: String) throws -> String { try String(contentsOfFile: Repo.root + "/" + rel, encoding: .utf8) }

    /// The README's shell blocks, with continued lines joined.
    func shellCommands() throws -> [String] {
        var commands: [String] = [], inBlock = false, pending = ""
        for line in try read("README.md").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inBlock = line == "```sh"; continue }
            guard inBlock else { continue }
            var l = String(line)
            if let hash = l.range(of: " #") { l = String(l[..<hash.lowerBound]) }
            l = l.trimmingCharacters(in: .whitespaces)
            if l.hasSuffix("\\") { pending += l.dropLast() + " "; continue }
            commands.append(pending + l)
            pending = ""
        }
        return commands.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// Every `cetak render` example of the README, run as written in a folder that has the repository's
    /// `Data/` and `Templates/` (so that what it writes under `Output/` goes nowhere near the repository).
    @Test func everyRenderExampleOfTheReadmeRuns() throws {
        let renders = try shellCommands().filter { $0.hasPrefix("cetak render ") }
        #expect(renders.count >= 4)
        let work = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        for name in ["Data", "Templates"] {
            try FileManager.default.createSymbolicLink(atPath: work + "/" + name, withDestinationPath: Repo.root + "/" + name)
        }
        for command in renders {
            let words = command.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
            let r = try runTool(Repo.cetak, Array(words.dropFirst()) + ["--quiet"], cwd: work)
            #expect(r.code == 0, "\(command)\n\(r.err)")
        }
        #expect(FileManager.default.fileExists(atPath: work + "/Output/bulanan-semua.pdf"))
    }

    /// The summary line docs/cli.md shows is the one `cetak render` prints for that run; `--quiet` prints nothing.
    @Test func theCliDocsSummaryLineIsWhatTheProgramPrints() throws {
        let doc = try read("docs/cli.md")
        let line = try #require(doc.firstMatch(of: /`(laporan-bulanan: [^`]*)`/)?.output.1)
        let work = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: work) }
        for name in ["Data", "Templates"] {
            try FileManager.default.createSymbolicLink(atPath: work + "/" + name, withDestinationPath: Repo.root + "/" + name)
        }
        let args = ["render", "laporan-bulanan", "--data", "Data/kemitraan/peserta.csv", "--data", "Data/kemitraan/kegiatan.csv",
                    "--context", "Data/kemitraan/konteks.json"]
        let r = try runTool(Repo.cetak, args, cwd: work)
        #expect(r.code == 0, "\(r.err)")
        #expect(r.err.split(separator: "\n").last.map(String.init) == String(line), "\(r.err)")
        let quiet = try runTool(Repo.cetak, args + ["--quiet"], cwd: work)
        #expect(quiet.code == 0 && quiet.err.isEmpty, "\(quiet.err)")
    }

    @Test func theReadmeTemplateChecksClean() throws {
        let readme = try read("README.md")
        let start = try #require(readme.range(of: "```xml\n<form"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try String(readme[readme.index(start.lowerBound, offsetBy: 7)..<end.lowerBound]).write(toFile: dir + "/contoh.xml", atomically: true, encoding: .utf8)
        let (t, found) = TemplateCheck.run(RenderOptions(form: dir + "/contoh.xml", templates: Repo.templates))
        #expect(t != nil && found.isEmpty, "\(found.map(\.description))")
    }

    @Test func theDataDocNamesEveryDatasetColumnAndContextKey() throws {
        let doc = try read("docs/data.md")
        // Context keys as the table writes them: a full path, then `.x` for siblings; <form-id> stands for any id.
        var listed: [String] = []
        for line in doc.split(separator: "\n") where line.hasPrefix("| `") {
            let cell = line.split(separator: "|")[0]
            var prefix = ""
            for part in cell.components(separatedBy: "`").enumerated().filter({ $0.offset % 2 == 1 }).map(\.element) {
                if part.hasPrefix("."), !prefix.isEmpty { listed.append(prefix + part) } else {
                    listed.append(part)
                    prefix = part.split(separator: ".").dropLast().joined(separator: ".")
                }
            }
        }
        let patterns = try listed.map { try Regex("^" + NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: "<form-id>", with: "[^.]+") + "$") }
        for e in FormCatalog(folder: Repo.templates).entries {
            let t = try TemplateLoader.load(path: e.path)
            for d in t.datasets {
                #expect(doc.contains("### `\(d.name)`"), "docs/data.md has no section for the dataset \(d.name) (\(e.id))")
                for c in d.columns { #expect(doc.contains("`\(c.name)`"), "docs/data.md does not name column \(d.name).\(c.name) (\(e.id))") }
            }
            for k in t.contextKeys {
                #expect(patterns.contains { k.path.wholeMatch(of: $0) != nil }, "docs/data.md does not list the context key \(k.path) (\(e.id))")
            }
        }
    }

    @Test func theFormsDocAndTheReadmeNameEveryForm() throws {
        let forms = try read("docs/forms.md"), readme = try read("README.md")
        let ids = FormCatalog(folder: Repo.templates).entries.map(\.id)
        #expect(ids.count == 27)
        for id in ids {
            #expect(forms.contains("| `\(id)` |"), "docs/forms.md has no row for \(id)")
            let inReadme = readme.contains("`\(id)`") || (id.hasPrefix("f01-") && readme.contains("`f01-1` … `f01-7`"))
                || (id.hasPrefix("f02-") && readme.contains("`f02-1` … `f02-3`"))
            #expect(inReadme, "README.md does not name \(id)")
        }
    }

    @Test func theCliDocNamesEveryCommand() throws {
        let doc = try read("docs/cli.md")
        let help = try runTool(Repo.cetak, ["--help"]).out
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        // "  list    List every form…": a command is a line's first word at two spaces in, in lower case.
        let commands = section.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { $0.allSatisfy(\.isLowercase) }
        #expect(commands.count >= 5)
        for c in commands { #expect(doc.contains("## `cetak \(c)"), "docs/cli.md has no section for cetak \(c)") }
    }

    /// Relative links lead to files, and anchors to headings. `input-files.md` and `workbook.md` come
    /// with the Excel input (issue 11).
    @Test func linksResolve() throws {
        let pending: Set<String> = ["input-files.md", "workbook.md"]
        let docs = try FileManager.default.contentsOfDirectory(atPath: Repo.root + "/docs").filter { $0.hasSuffix(".md") }.map { "docs/" + $0 }
        let link = /\]\(([^)\s]+)\)/
        for file in ["README.md"] + docs {
            let text = try read(file)
            let folder = (file as NSString).deletingLastPathComponent
            for m in text.matches(of: link) {
                let target = String(m.1)
                if target.hasPrefix("http") || target.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let path = parts[0].isEmpty ? file : (folder.isEmpty ? parts[0] : folder + "/" + parts[0])
                if pending.contains((path as NSString).lastPathComponent), !FileManager.default.fileExists(atPath: Repo.root + "/" + path) { continue }
                #expect(FileManager.default.fileExists(atPath: Repo.root + "/" + path), "\(file): link to \(target) leads nowhere")
                if parts.count == 2, path.hasSuffix(".md"), let body = try? read(path) {
                    #expect(Self.anchors(body).contains(parts[1]), "\(file): no heading for #\(parts[1]) in \(path)")
                }
            }
        }
    }

    /// GitHub's anchors of a Markdown file's headings.
    static func anchors(_ markdown: String) -> Set<String> {
        var out = Set<String>()
        for line in markdown.split(separator: "\n") where line.hasPrefix("#") {
            let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
            out.insert(String(title.compactMap { c -> Character? in
                if c == " " { return "-" }
                return c.isLetter || c.isNumber || c == "-" || c == "_" ? c : nil
            }))
        }
        return out
    }

    @Test func theAptListOfTheReadmeIsTheMakefiles() throws {
        let makefile = try read("Makefile")
        let start = try #require(makefile.range(of: "APT_PACKAGES := "))
        var list: [String] = []
        for line in makefile[start.upperBound...].split(separator: "\n") {
            list += line.split(separator: " ").map(String.init).filter { $0 != "\\" }
            if !line.hasSuffix("\\") { break }
        }
        let readme = try read("README.md").replacingOccurrences(of: "\n", with: " ")
        let quoted = try #require(readme.range(of: "`libcairo2-dev"))
        let close = try #require(readme.range(of: "`", range: quoted.upperBound..<readme.endIndex))
        let listed = readme[readme.index(after: quoted.lowerBound)..<close.lowerBound].split(separator: " ").map(String.init)
        #expect(listed == list)
        #expect(list.contains("qpdf") && list.contains("poppler-utils"))
    }

    /// The build, the tests and the docs need nothing beside the repository.
    @Test func nothingPointsOutsideTheRepository() throws {
        var files = ["Makefile", ".ci/run", "README.md", "Package.swift"]
        for folder in ["Sources", "Tests", "docs", "Templates", "bench", "Benchmarks", "Fuzz"] {
            let all = FileManager.default.enumerator(atPath: Repo.root + "/" + folder)?.allObjects as? [String] ?? []
            files += all.filter { f in [".swift", ".md", ".xml", ".py", ".sh"].contains { f.hasSuffix($0) } }
                .filter { !$0.hasPrefix("CetakTests/Fixtures") && !$0.hasSuffix("DocsTests.swift") && !$0.hasPrefix(".build/") && !$0.contains("/.build/") }
                .map { folder + "/" + $0 }
        }
        #expect(files.contains("Benchmarks/README.md") && files.contains("Fuzz/run.sh"))
        // The contracts outside the repository (CLI.md, DATA.md, ...) are cited by our own docs (docs/cli.md, ...).
        let specName = /\b(CLI|DATA|RULES|FORMS)\.md/
        for f in files {
            let text = try read(f)
            for outside in ["../shared", "shared/spec", "shared/tools", "/work/"] {
                #expect(!text.contains(outside), "\(f) refers to \(outside)")
            }
            if let m = text.firstMatch(of: specName) { #expect(Bool(false), "\(f) cites \(m.output.0), which is not in the repository: cite docs/\(m.output.1.lowercased()).md") }
        }
    }
}
