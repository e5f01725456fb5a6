import Foundation
import CetakCore

/// A document of the run after binding: rendered, skipped on purpose or rejected, with its warnings.
public struct BoundDocument: Sendable {
    /// The (safe) key.
    public var key: String
    /// The document to lay out; nil when skipped or rejected.
    public var document: Document?
    /// Why the form's rule left it out.
    public var skipReason: String?
    /// Warnings for the report, each with the cause it belongs to.
    public var notes: [DocumentWarning]
    /// Why it cannot be made (see `DocumentItem.rejection`).
    public var rejection: Rejection?

    /// The warnings' messages.
    public var warnings: [String] { notes.map(\.message) }

    /// What becomes of a bound document: the one reading of `document`, `skipReason` and `rejection` that
    /// the renderer, a dry run and a preview share.
    public enum Outcome: Sendable {
        /// Laid out and written.
        case made(Document)
        /// Left out on purpose by the form's rule, with the reason.
        case skipped(String)
        /// Cannot be made: a `<reject>` rule holds (the rejection to report).
        case rejected(Diagnostic)
        /// Not made because a record it needs was rejected when the data was read (that rejection is
        /// already reported and is not listed again).
        case alreadyReported(Diagnostic)
    }

    /// What becomes of it.
    public var outcome: Outcome {
        if let why = rejection { return why.alreadyReported ? .alreadyReported(why.diagnostic) : .rejected(why.diagnostic) }
        if let document { return .made(document) }
        return .skipped(skipReason ?? "dilewati")
    }
}

/// A warning about a document or a record: its message and, to print many alike as one line, its cause.
public struct DocumentWarning: Sendable, Hashable {
    /// The message.
    public var message: String
    /// A short name of the cause shared by warnings of one rule (`<warn group>`), if the template gives one.
    public var group: String?
    /// The rule that made it (template file:line), so that warnings of one rule can be told apart.
    public var rule: String?
    /// Creates a warning.
    public init(_ message: String, group: String? = nil, rule: String? = nil) {
        self.message = message; self.group = group; self.rule = rule
    }
}

/// Why a document is not made although the form's rules do not leave it out.
public struct Rejection: Sendable {
    /// The problem, with the data cell it is about (file, line, column, value).
    public var diagnostic: Diagnostic
    /// True when a record the document needs was rejected when the data was read: that rejection is
    /// already in the report, and the document is not listed a second time.
    public var alreadyReported: Bool
    /// Creates a rejection.
    public init(_ diagnostic: Diagnostic, alreadyReported: Bool = false) {
        self.diagnostic = diagnostic; self.alreadyReported = alreadyReported
    }
}

/// One document-to-be: its key and the scope its content is evaluated in. Kept small (a run of
/// 50,000 documents holds one each): what all documents share is held once, a rejection in a box.
public struct DocumentItem: Sendable {
    /// The safe key (file name stem).
    public var key: String
    /// Position in the run (0-based), counting every document of the full run.
    public var index: Int {
        get { Int(position) }
        set { position = Int32(newValue) }
    }
    /// Why the form's rule leaves this document out (decided over the whole run, before slicing).
    public var skipReason: String? {
        get { rare?.value.skipReason }
        set { setRare(newValue, rejection) }
    }
    /// Why it cannot be made: a `<reject>` rule holds, or a record it needs was rejected (decided before slicing).
    public var rejection: Rejection? {
        get { rare?.value.rejection }
        set { setRare(skipReason, newValue) }
    }
    /// True when the `<let>` variables are evaluated when the document is bound (see `Binder.items`).
    public var letsPending: Bool { storage.isCompact }

    /// The scope with the item, its group rows, `$seq` and `$index` and, unless `letsPending`, the
    /// `<let>` variables. Made when asked for.
    public var scope: Scope {
        switch storage {
        case .scope(let s): return s
        case .compact(let entry, let run, let seq):
            return entry.scope(in: run.scope, names: run.names).with(["$seq": .number(Decimal(Int(seq))), "$index": .number(Decimal(index + 1))])
        }
    }

    private var position: Int32
    /// Why it is skipped or rejected, boxed: few documents are.
    private var rare: Boxed<Rare>?
    private struct Rare: Sendable {
        let skipReason: String?
        let rejection: Rejection?
    }
    private mutating func setRare(_ skipReason: String?, _ rejection: Rejection?) {
        rare = skipReason == nil && rejection == nil ? nil : Boxed(Rare(skipReason: skipReason, rejection: rejection))
    }
    private let storage: Storage
    private enum Storage: Sendable {
        indirect case scope(Scope)
        case compact(Entry, run: Run, seq: Int32)
        var isCompact: Bool { if case .compact = self { return true } else { return false } }
    }

    /// What a document is made of: the item of `<documents source>` (nil without one) and, when grouped, its rows.
    struct Entry: Sendable {
        let item: Value?
        /// The group's rows (boxed: only grouped documents have them).
        var rows: Value? { rowsBox?.value }
        private let rowsBox: Boxed<Value>?
        init(item: Value?, rows: Value?) { self.item = item; rowsBox = rows.map(Boxed.init) }
        /// The run's scope with this document's item (as the row and by name) and rows.
        func scope(in run: Scope, names: Names) -> Scope {
            guard let item else { return run }
            var vars: [String: Value] = [names.item: item]
            if let rows { vars[names.rows] = rows }
            return run.with(row: item).with(vars)
        }
    }

    /// The names the template gives the item and the group rows.
    struct Names: Sendable {
        let item: String
        let rows: String
    }

    /// What every document of a run shares: the run's scope and the names of item and rows (held once).
    final class Run: Sendable {
        let scope: Scope
        let names: Names
        init(scope: Scope, names: Names) { self.scope = scope; self.names = names }
    }

    /// Creates an item whose scope is complete (lets evaluated, `$seq` and `$index` set).
    public init(key: String, scope: Scope, index: Int, skipReason: String? = nil, rejection: Rejection? = nil) {
        precondition(index >= 0 && index <= Int(Int32.max), "a document index out of range")
        self.key = key; position = Int32(index); storage = .scope(scope)
        setRare(skipReason, rejection)
    }

    /// Creates an item whose scope is made when bound, lets included (its lets decide nothing before).
    init(key: String, entry: Entry, run: Run, seq: Int, index: Int, skipReason: String?) {
        precondition(index >= 0 && index <= Int(Int32.max) && abs(seq) <= Int(Int32.max), "a document index out of range")
        self.key = key; position = Int32(index)
        storage = .compact(entry, run: run, seq: Int32(seq))
        setRare(skipReason, nil)
    }
}

/// Options of one binding run.
public struct BindOptions: Sendable {
    /// Render empty forms for handwriting.
    public var blank: Bool
    /// Override the template's paper.
    public var paper: Paper?
    /// Folders where relative image paths are looked up, in order (the context's folder, the data files',
    /// the template's); an image path that a data cell or the context gives is looked up in that file's folder only.
    public var imageFolders: [String]
    /// The folders of the context files (the JSON file's, then each workbook's with a konteks sheet): an
    /// image path of a data cell not found beside its data file is looked up there, as docs/data.md says.
    public var contextFolders: [String]
    /// The run's inputs, to which every image read is added (no output of the run may replace one).
    public var files: RunFiles?
    /// Every image must also lie inside one of the image folders (a server's upload folder and the
    /// template's): no path of the machine reached through an uploaded context, data or typed field.
    public var confineImages: Bool
    /// Creates options.
    public init(blank: Bool = false, paper: Paper? = nil, imageFolders: [String] = [], contextFolders: [String] = [],
                files: RunFiles? = nil, confineImages: Bool = false) {
        self.blank = blank; self.paper = paper; self.imageFolders = imageFolders; self.contextFolders = contextFolders
        self.files = files
        self.confineImages = confineImages
    }
}
