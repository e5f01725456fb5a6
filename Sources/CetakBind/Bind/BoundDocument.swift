import CetakCore

/// A document of the run after binding: rendered, or skipped on purpose, with its warnings.
public struct BoundDocument: Sendable {
    /// The (safe) key.
    public var key: String
    /// The document to lay out; nil when skipped.
    public var document: Document?
    /// Why the form's rule left it out.
    public var skipReason: String?
    /// Warnings for the report.
    public var warnings: [String]
}

/// One document-to-be: its key and the scope its content is evaluated in.
public struct DocumentItem: Sendable {
    /// The safe key (file name stem).
    public var key: String
    /// The scope with the item, its group rows and the `<let>` variables.
    public var scope: Scope
    /// Position in the run (0-based), counting every document of the full run.
    public var index: Int
    /// Why the form's rule leaves this document out (decided over the whole run, before slicing).
    public var skipReason: String?
}

/// Options of one binding run.
public struct BindOptions: Sendable {
    /// Render empty forms for handwriting.
    public var blank: Bool
    /// Override the template's paper.
    public var paper: Paper?
    /// Folders where relative image paths are looked up, in order (the context's folder, the template's).
    public var imageFolders: [String]
    /// Image paths must stay inside the image folders (no absolute paths, no `..` out, no symbolic link out).
    public var confineImages: Bool
    /// Creates options.
    public init(blank: Bool = false, paper: Paper? = nil, imageFolders: [String] = [], confineImages: Bool = false) {
        self.blank = blank; self.paper = paper; self.imageFolders = imageFolders; self.confineImages = confineImages
    }
}
