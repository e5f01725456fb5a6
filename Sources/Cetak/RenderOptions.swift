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
    /// With `merge`: write only the merged PDF, no file per document (`--no-files`).
    public var noFiles = false
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
    /// Context keys set over the context file (a dotted path such as `kepala_dinas.nama` → its text),
    /// as a page's fields or `set NAME=value` give them; read and checked like the file's own values.
    public var contextValues: [String: String] = [:]
    /// When set, image paths of the context and data resolve only inside this folder and the template's
    /// (a server's upload folder: no reading other files of the machine through a logo path).
    public var confineTo: String?
    /// After the run, remove the PDFs in the form's folder that it did not write (`--clean`); nothing with `noFiles`.
    public var clean = false
    /// Fixed creation date (seconds since epoch), normally `CreationDate.fromEnvironment()`.
    public var sourceDateEpoch: Int64?
    /// Called as documents finish (the terminal's progress line, a page's progress bar); from any worker
    /// thread, one call at a time, in order.
    public var progress: (@Sendable (RenderProgress) -> Void)?

    /// Creates options for a form.
    public init(form: String, templates: String, localTemplates: [String] = []) {
        self.form = form; self.templates = templates; self.localTemplates = localTemplates
    }

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
