/// Why the PDF or PNG backend could not do its job; every case names the file concerned.
public enum PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A font file could not be opened or is not a usable font.
    case font(path: String, reason: String)
    /// An image file is missing or is not a readable PNG or JPEG.
    case image(path: String, reason: String)
    /// The output file (or its temporary sibling) could not be created, written or renamed.
    case output(path: String, reason: String)
    /// Cairo reported an error while drawing or finishing the file.
    case cairo(path: String, operation: String, status: String)
    /// `finish()` was called on a document without pages.
    case noPages(path: String)
    /// The writer was used after `finish()` or after an earlier error.
    case closed(path: String)

    /// A one-line message that starts with the file it is about.
    public var description: String {
        switch self {
        case .font(let path, let reason): return "\(path): cannot use font: \(reason)"
        case .image(let path, let reason): return "\(path): cannot use image: \(reason)"
        case .output(let path, let reason): return "\(path): cannot write: \(reason)"
        case .cairo(let path, let operation, let status): return "\(path): \(operation) failed: \(status)"
        case .noPages(let path): return "\(path): document has no pages"
        case .closed(let path): return "\(path): writer already finished or failed"
        }
    }
}
