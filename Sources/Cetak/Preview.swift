import CetakBind
import CetakCore
import CetakPDF
import Foundation

/// A page of a run's documents as a picture for a screen, drawn from the same frames the PDF is
/// written from (no second renderer).
public enum Preview {
    /// One page as PNG, with where it is in the run.
    public struct Page: Sendable {
        /// The PNG file's bytes.
        public var png: [UInt8]
        /// The document's key.
        public var key: String
        /// The page shown, 1-based.
        public var page: Int
        /// The document's pages.
        public var pages: Int
    }

    /// Page `page` (1-based, kept within the document) of the document `key`, or of the first document
    /// the form's rule does not leave out, at `dpi`.
    public static func page(of plan: RunPlan, key: String?, page: Int, dpi: Double) throws(Diagnostics) -> Page {
        let item: DocumentItem
        if let key, !key.isEmpty {
            guard let found = plan.items.first(where: { $0.key == key }) else {
                throw Diagnostics([Diagnostic(.error, .usage, at: nil, "no document with the key '\(key)' in this run", value: key)])
            }
            item = found
        } else if let first = plan.items.first(where: { $0.skipReason == nil }) {
            item = first
        } else {
            throw Diagnostics([Diagnostic(.error, .record, at: nil, plan.items.isEmpty ? "the data makes no document" : "every document is left out by the form's rule")])
        }
        if let reason = item.skipReason { throw Diagnostics(leftOut(item.key, reason)) }
        do {
            let doc: Document
            switch try plan.binder.bind(item).outcome {
            case .made(let made): doc = made
            case .skipped(let reason): throw Diagnostics(leftOut(item.key, reason))
            case .rejected(let why), .alreadyReported(let why): throw Diagnostics(why.prefixed(item.key).with(value: item.key))
            }
            // Every page is laid out (to count them); only the one shown is kept (the last when fewer).
            let wanted = max(1, page)
            var count = 0
            var shown: Frame?
            let pages = try plan.layouter.layout(doc) { frame in
                count += 1
                if count <= wanted { shown = frame }
                return true
            }
            guard let frame = shown else {
                throw Diagnostics([Diagnostic(.error, .template, at: nil, "\(item.key): the document has no page")])
            }
            let number = min(wanted, pages)
            let png = try PNGRenderer().png(frame, dpi: min(max(dpi, 20), 300))
            return Page(png: png, key: item.key, page: number, pages: pages)
        } catch let e as Diagnostics {
            throw e
        } catch {
            throw Diagnostics([Renderer.problem(error, key: item.key, folder: "")])
        }
    }

    /// A document the form's rule leaves out: there is no page to show.
    static func leftOut(_ key: String, _ reason: String) -> Diagnostic {
        Diagnostic(.error, .record, at: nil, "\(key): left out by the form's rule (\(reason))", value: key)
    }
}
