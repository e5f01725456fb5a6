import Cetak
import CetakCore
import Foundation

/// The answer of `POST /api/inspect`: the documents an upload makes, what is rejected and why, the
/// warnings, and the context as read (so the page can fill its fields with it).
struct Inspection: Encodable, Sendable {
    /// A document.
    struct Document: Encodable, Sendable {
        var key: String
        var title: String
        var skipped: String?
        var rejected: Bool
    }
    /// A warning, about a document (`key`) or the files (empty key).
    struct Warning: Encodable, Sendable {
        var key: String
        var message: String
    }
    /// A context key the form reads, with its value as read.
    struct ContextValue: Encodable, Sendable {
        var key: String
        var type: String
        var required: Bool
        /// The value as text (dates as YYYY-MM-DD); nil when absent or when it is a list or a group.
        var value: String?
        /// Items, when the value is a list (`penilai`): set in the context file, not on the page.
        var items: Int?
    }

    var form: String
    var title: String
    var documents: [Document]
    var rejected: [Problem]
    var warnings: [Warning]
    var context: [ContextValue]
    /// Documents that will be made.
    var ready: Int

    init(plan: RunPlan, dry: DryRun, folder: UploadFolder) {
        form = plan.template.id
        title = plan.template.title
        documents = dry.documents.map { Document(key: $0.key, title: $0.title, skipped: $0.skipped, rejected: $0.error != nil) }
        rejected = dry.rejected.map { folder.problem($0) }
        warnings = dry.warnings.map { Warning(key: "", message: folder.strip($0.description)) }
            + dry.documents.flatMap { d in d.warnings.map { Warning(key: d.key, message: folder.strip($0)) } }
        let ctx = plan.inputs.context
        context = plan.template.contextKeys.map { k in
            let v = ContextPath(k.path).value(in: ctx)
            var c = ContextValue(key: k.path, type: k.type.rawValue, required: k.required, value: nil, items: nil)
            switch v {
            case .list(let l)?: c.items = l.count
            case .record?, .null?, nil: break
            case let value?: c.value = folder.strip(value.text)
            }
            return c
        }
        ready = dry.documents.filter { $0.skipped == nil && $0.error == nil }.count
    }
}
