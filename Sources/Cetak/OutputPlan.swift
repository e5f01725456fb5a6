import CetakBind
import CetakCore
import CetakData
import CetakTemplate
import Foundation

/// Where a run writes, checked before anything is drawn (exit 2, nothing rendered, when it cannot be):
/// the form's folder under `--out`, each document's file there, the merged file and the report. None may
/// be an input of the run or another output of it; the merged file and the report must be regular files
/// or nothing; every document's file stays inside the form's folder.
struct OutputPlan {
    /// `DIR/<form-id>`.
    let folder: String
    /// The inputs and outputs of the run, by identity (for `OutputFile`).
    let files: RunFiles

    /// The inputs a run reads whatever its data says: the template and its parts, the data files, the context.
    static func inputs(_ o: RenderOptions, template: Template?) -> RunFiles {
        let files = RunFiles()
        if o.form.hasSuffix(".xml") || o.form.contains("/") { files.read(o.form) }
        if let template { files.read(template.file); for p in template.parts { files.read(p) } }
        for d in o.dataFiles { files.read(DataArgument(d).path) }
        if let c = o.contextFile { files.read(c) }
        return files
    }

    /// Checks the outputs of a run whose documents have the given keys, and makes the form's folder.
    static func make(_ o: RenderOptions, formID: String, keys: [String], files: RunFiles, makeFolder: Bool) throws(Diagnostics) -> OutputPlan {
        var problems: [Diagnostic] = []
        let folder = (o.outDir as NSString).appendingPathComponent(formID)
        let names = keys.map { $0 + ".pdf" }
        // Every document file is one plain name inside the folder (keys are made safe; this says so).
        if let bad = keys.first(where: { !DocumentKey.isSafe($0) }) {
            problems.append(Diagnostic(.error, .system, at: nil, "the document key '\(bad)' is not a safe file name (an error in cetak: please report it)"))
        }
        if let kind = FileKind.at(o.outDir, following: true), kind != .directory {
            problems.append(Diagnostic(.error, .output, at: SourceLocation(file: o.outDir), "--out must be a folder, and this is \(kind.phrase)"))
        }
        let outputs = [("--merge", o.merge), ("--report", o.report)].compactMap { flag, path in path.map { (flag, $0) } }
        for (flag, path) in outputs {
            do throws(Diagnostic) { try OutputFile.checkTarget(path, files: files) } catch {
                problems.append(Diagnostic(.error, .output, at: SourceLocation(file: path), "\(flag): \(error.message)"))
            }
        }
        if let m = o.merge, let r = o.report, canonical(m) == canonical(r) {
            problems.append(Diagnostic(.error, .output, at: SourceLocation(file: r), "--merge and --report name the same file"))
        }
        let here = canonical(folder)
        for (flag, path) in outputs where PathText.folder(of: canonical(path)) == here {
            let name = (path as NSString).lastPathComponent
            if let i = names.firstIndex(of: name) {
                problems.append(Diagnostic(.error, .output, at: SourceLocation(file: path), "\(flag) names the file of the document '\(keys[i])' of this run; give the merged file or the report another name or folder"))
            }
        }
        // A document's file that is already there must not be one of the run's inputs.
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            if let id = FileIdentity(path: path), let input = files.input(id) {
                problems.append(Diagnostic(.error, .output, at: SourceLocation(file: path), "this document's file is an input of this run (\(input)): cetak never writes over what it reads"))
                break
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        if makeFolder {
            do throws(Diagnostic) { try Folder.make(folder) } catch {
                throw Diagnostics([Diagnostic(.error, .output, at: SourceLocation(file: folder), "cannot create the output folder: \(error.message)")])
            }
        }
        return OutputPlan(folder: folder, files: files)
    }

    /// The file of a document.
    func path(of key: String) -> String { (folder as NSString).appendingPathComponent(key + ".pdf") }

    /// An absolute path with the symbolic links of its existing part resolved (the part that does not
    /// exist yet is appended as written), to tell whether two spellings name the same place.
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var head = (absolute as NSString).standardizingPath
        var tail: [String] = []
        while !head.isEmpty, head != "/", FileKind.at(head, following: true) == nil {
            tail.insert((head as NSString).lastPathComponent, at: 0)
            head = PathText.folder(of: head)
        }
        var resolved = head
        if let r = realpath(head, nil) { resolved = String(cString: r); free(r) }
        for t in tail { resolved = (resolved as NSString).appendingPathComponent(t) }
        return resolved
    }
}
