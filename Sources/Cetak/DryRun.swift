import CetakBind
import CetakCore

/// A run's documents bound but not laid out or written: what would be made, left out and rejected,
/// as a page lists it after an upload (layout problems, rare, show only when rendering).
public struct DryRun: Sendable {
    /// One document of the run.
    public struct Entry: Sendable {
        /// Its key (the file name).
        public var key: String
        /// Its title (the PDF's title), empty when skipped or rejected.
        public var title: String
        /// Why the form's rule leaves it out, when it does.
        public var skipped: String?
        /// Its warnings.
        public var warnings: [String]
        /// Why it cannot be made, when it cannot.
        public var error: Diagnostic?
    }

    /// The documents, in order.
    public var documents: [Entry]
    /// Records and documents that cannot be made (as the report's `rejected`).
    public var rejected: [Diagnostic]
    /// Warnings about the files.
    public var warnings: [Diagnostic]
}

extension RunPlan {
    /// Binds every document of the plan, without layout.
    public func dryRun() -> DryRun {
        var rejected = inputs.rejected
        let docs = items.map { item -> DryRun.Entry in
            if let reason = item.skipReason { return DryRun.Entry(key: item.key, title: "", skipped: reason, warnings: [], error: nil) }
            do {
                let bound = try binder.bind(item)
                switch bound.outcome {
                case .made(let doc):
                    return DryRun.Entry(key: item.key, title: doc.title, skipped: nil, warnings: bound.warnings, error: nil)
                case .skipped(let reason):
                    return DryRun.Entry(key: item.key, title: "", skipped: reason, warnings: bound.warnings, error: nil)
                case .rejected(let why):
                    rejected.append(why)
                    return DryRun.Entry(key: item.key, title: "", skipped: nil, warnings: [], error: why)
                case .alreadyReported(let why):
                    // Listed among the records rejected on reading already.
                    return DryRun.Entry(key: item.key, title: "", skipped: nil, warnings: [], error: why)
                }
            } catch {
                let d = Renderer.problem(error, key: item.key, folder: "")
                rejected.append(d)
                return DryRun.Entry(key: item.key, title: "", skipped: nil, warnings: [], error: d)
            }
        }
        return DryRun(documents: docs, rejected: rejected, warnings: inputs.warnings)
    }
}
