import CetakCore

/// What `cetak render` was asked to do.
public struct RenderOptions: Sendable {
    /// A form id of the catalog or a template path.
    public var form: String
    /// The folder of the built-in forms (see `TemplateSearch`).
    public var templates: String
    /// Folders whose forms are used before the built-in ones of the same id (the local `./Templates`).
    public var localTemplates: [String] = []
    /// Data files (`--data`).
    public var dataFiles: [String] = []
    /// Context file (`--context`).
    public var contextFile: String?
    /// Output folder (`--out`).
    public var outDir: String = "Output"
    /// One merged PDF of the run (`--merge`).
    public var merge: String?
    /// Report file (`--report`).
    public var report: String?
    /// Parallel workers (`--jobs`).
    public var jobs: Int = 1
    /// Paper override (`--paper`).
    public var paper: Paper?
    /// Empty form for handwriting (`--blank`).
    public var blank = false
    /// Only these keys (`--only`).
    public var only: Set<String>?
    /// The K-th of N slices (`--shard K/N`), 1-based.
    public var shard: (k: Int, n: Int)?
    /// Template switches set on the command line (`--set petunjuk=false`), over the template's defaults.
    public var switches: [String: Bool] = [:]
    /// After the run, remove the PDFs in the form's folder that it did not write (`--clean`).
    public var clean = false
    /// No progress line on standard error (`--quiet`).
    public var quiet = false
    /// Fixed creation date (seconds since epoch), normally from SOURCE_DATE_EPOCH.
    public var sourceDateEpoch: Int64?

    /// Creates options for a form.
    public init(form: String, templates: String) { self.form = form; self.templates = templates }

    /// The forms of the local folders and the built-in folder.
    public var catalog: FormCatalog { FormCatalog(folders: (localTemplates + [templates]).filter { !$0.isEmpty }) }
}

/// The result of a run: the report, the exit code, and the messages for standard error.
public struct RenderOutcome: Sendable {
    /// The report.
    public var report: RunReport
    /// 0, 1 or 2 (docs/cli.md).
    public var exitCode: Int32
    /// Problems to print, one per line.
    public var messages: [Diagnostic]
}
