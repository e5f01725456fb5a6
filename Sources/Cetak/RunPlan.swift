import CetakBind
import CetakCore
import CetakData
import CetakLayout
import CetakPDF
import CetakTemplate
import Foundation

/// A run made ready: template, inputs, binder, the documents to make and the shared layouter.
/// Rendering a document from a plan needs nothing else, so documents can go to any worker.
public struct RunPlan: Sendable {
    /// The template.
    public let template: Template
    /// The data and context.
    public let inputs: RunInputs
    /// The binder.
    public let binder: Binder
    /// The documents of this run (after `--only` and `--shard`), in order.
    public let items: [DocumentItem]
    /// The layouter, shared by all workers.
    public let layouter: Layouter
    /// Keys of the documents the whole run makes (before `--only` and `--shard`; not skipped or rejected):
    /// made when asked for (`--clean`) unless a selection kept them.
    public var plannedKeys: [String] {
        selectedFrom ?? items.filter { $0.skipReason == nil && $0.rejection == nil }.map(\.key)
    }
    /// With `--only` or `--shard`, the keys of the documents the whole run makes.
    private let selectedFrom: [String]?
    /// `--only` keys that matched no document, each with the keys there are (for the report).
    public let onlyMisses: [String]

    /// Documents per batch: the files of a form with one document per record come from batches of
    /// this many consecutive documents of the full run (`Batches`), and `--shard` hands out whole batches.
    public static let documentsPerBatch = 16

    /// Reads the inputs and decides the documents.
    /// `files` (the run's inputs) gets the images the run reads, so that no output replaces one.
    public init(template: Template, options o: RenderOptions, files: RunFiles? = nil) throws(Diagnostics) {
        self.template = template
        if let unknown = o.switches.keys.sorted().first(where: { template.options[$0] == nil }) {
            let known = template.options.keys.sorted().joined(separator: ", ")
            throw Diagnostics([Diagnostic(.error, .usage, at: template.location, "form '\(template.id)' has no switch '\(unknown)' (it has: \(known.isEmpty ? "none" : known))")])
        }
        inputs = try RunInputs.load(template: template, dataFiles: o.dataFiles, contextFile: o.contextFile, blank: o.blank,
                                    contextValues: o.contextValues)
        var folders: [String] = []
        for f in inputs.contextFolders { folders.append(f.isEmpty ? "." : f) }
        // Then beside the data files (a logo named in instansi.csv), then the upload folder, then beside the template.
        for file in o.dataFiles {
            let f = PathText.folder(of: DataArgument(file).path)
            let folder = f.isEmpty ? "." : f
            if !folders.contains(folder) { folders.append(folder) }
        }
        if let root = o.confineTo, !folders.contains(root) { folders.append(root) }
        let templateFolder = PathText.folder(of: template.file)
        folders.append(templateFolder.isEmpty ? "." : templateFolder)
        binder = Binder(template: template, options: BindOptions(blank: o.blank, paper: o.paper, imageFolders: folders,
                                                                 contextFolders: inputs.contextFolders, files: files,
                                                                 confineImages: o.confineTo != nil))
        let root = Scope(context: inputs.context, data: inputs.data, options: template.options.merging(o.switches) { $1 }, lenient: o.blank)
            .with(["$blank": .bool(o.blank)])
        try Self.checkContextImages(binder, root, contextFile: o.contextFile)
        // --only and --shard choose by key and by position in the full run as the documents are decided;
        // the documents they leave out are not kept, only their keys (for --only's messages and --clean).
        // A shard is whole blocks of `documentsPerBatch` documents, the batches files are drawn in
        // (see `Batches`), so that each file is the same bytes as in a full run.
        let wanted = o.only.map { $0.sorted().map { $0.lowercased() } }
        let shard = o.shard
        var allKeys: [String] = [], made: [String] = []
        var selectedBy = Set<String>()
        let selecting: ((String, Int, Bool) -> Bool)? = wanted == nil && shard == nil ? nil : { key, index, isMade in
            if wanted != nil { allKeys.append(key) }
            if isMade { made.append(key) }
            var chosen = true
            if let wanted {
                let hits = OnlyKeys.hits(key, wanted)
                selectedBy.formUnion(hits)
                chosen = !hits.isEmpty
            }
            if let shard, (index / Self.documentsPerBatch) % shard.n != shard.k - 1 { chosen = false }
            return chosen
        }
        do { items = try binder.items(root: root, selecting: selecting) } catch {
            throw Diagnostics(error)
        }
        var misses: [String] = []
        if let only = o.only {
            misses = only.sorted().filter { !selectedBy.contains($0.lowercased()) }.map { OnlyKeys.miss($0, allKeys) }
            if selectedBy.isEmpty { throw Diagnostics(misses.map { Diagnostic(.usage, $0) }) }
        }
        onlyMisses = misses
        selectedFrom = selecting == nil ? nil : made
        do { layouter = Layouter(fonts: try FontBook()) } catch { throw Diagnostics(error) }
    }

    /// A logo or signature the context names that cannot be drawn stops the run before any record (exit 2),
    /// with one message naming the context file, the key and the path — not one per document.
    static func checkContextImages(_ binder: Binder, _ root: Scope, contextFile: String?) throws(Diagnostics) {
        var seen = Set<String>()
        var problems: [Diagnostic] = []
        for img in binder.contextImages(root: root) where seen.insert((img.key ?? "") + "\u{1F}" + img.path).inserted {
            let what = img.key.map { "context key '\($0)'" } ?? "an image the context names (\(img.templateLocation))"
            let at = img.contextLocation ?? contextFile.map { SourceLocation(file: $0) }
            do {
                // Found, and decoded once: a PNG cut short or a damaged JPEG is caught here too.
                let path = try binder.resolveImage(img.path, origin: img.key != nil ? (at?.file ?? contextFile) : nil)
                do { try ImageFile.check(path) } catch {
                    problems.append(Diagnostic(.error, .input, at: at, "\(what): \(error.text)", value: img.path))
                }
            } catch {
                problems.append(Diagnostic(.error, .input, at: at, "\(what): \(error.message)", value: img.path))
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
    }

    /// Binds and lays out one document: its pages, or nil with the reason when skipped.
    public func layout(_ item: DocumentItem) throws -> (bound: BoundDocument, frames: [Frame]) {
        let bound = try binder.bind(item)
        guard let doc = bound.document else { return (bound, []) }
        return (bound, try layouter.layout(doc))
    }

    /// Loads a form's template and plans a run in one go (for tests and tools).
    public static func make(_ o: RenderOptions) throws(Diagnostics) -> RunPlan {
        try RunPlan(template: Renderer.loadTemplate(o), options: o)
    }
}
