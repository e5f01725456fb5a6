import CetakBind
import CetakCore
import CetakLayout
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

    /// Reads the inputs and decides the documents.
    public init(template: Template, options o: RenderOptions) throws(Diagnostics) {
        self.template = template
        if let unknown = o.switches.keys.sorted().first(where: { template.options[$0] == nil }) {
            let known = template.options.keys.sorted().joined(separator: ", ")
            throw Diagnostics([Diagnostic(at: template.location, "form '\(template.id)' has no switch '\(unknown)' (it has: \(known.isEmpty ? "none" : known))")])
        }
        inputs = try RunInputs.load(template: template, dataFiles: o.dataFiles, contextFile: o.contextFile, blank: o.blank,
                                    contextValues: o.contextValues)
        var folders: [String] = []
        if let f = inputs.contextFolder { folders.append(f.isEmpty ? "." : f) }
        if let root = o.confineTo, !folders.contains(root) { folders.append(root) }
        let templateFolder = (template.file as NSString).deletingLastPathComponent
        folders.append(templateFolder.isEmpty ? "." : templateFolder)
        binder = Binder(template: template, options: BindOptions(blank: o.blank, paper: o.paper, imageFolders: folders,
                                                                 confineImages: o.confineTo != nil))
        let root = Scope(context: inputs.context, data: inputs.data, options: template.options.merging(o.switches) { $1 }, lenient: o.blank)
            .with(["$blank": .bool(o.blank)])
        var list: [DocumentItem]
        do { list = try binder.items(root: root) } catch { throw Diagnostics([Diagnostic(at: error.location, error.message)]) }
        if let only = o.only { list = list.filter { only.contains($0.key) } }
        if let (k, n) = o.shard { list = list.filter { $0.index % n == k - 1 } }
        items = list
        do { layouter = Layouter(fonts: try FontBook()) } catch { throw Diagnostics([Diagnostic(at: nil, error.description)]) }
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
