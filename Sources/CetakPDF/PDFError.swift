/// Why the PDF or PNG backend could not do its job; every case names the file concerned.
public enum PDFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A font file could not be opened or is not a usable font.
    case font(path: String, reason: String)
    /// An image file is missing or is not a readable PNG or JPEG.
    case image(path: String, reason: String)
    /// The output file (or its temporary sibling) could not be created, written or renamed.
    case output(path: String, reason: String)
    /// An input file (a PDF to join) could not be read or is not one cetak can join.
    case input(path: String, reason: String)
    /// Cairo reported an error while drawing or finishing the file.
    case cairo(path: String, operation: String, status: String)
    /// `finish()` was called on a document without pages.
    case noPages(path: String)
    /// The writer was used after `finish()` or after an earlier error.
    case closed(path: String)

    /// The file concerned.
    public var path: String {
        switch self {
        case .font(let p, _), .image(let p, _), .output(let p, _), .input(let p, _), .cairo(let p, _, _), .noPages(let p), .closed(let p): return p
        }
    }

    /// What went wrong, without the path (for messages that name the file already).
    public var reason: String {
        switch self {
        case .font(_, let r): return "cannot use font: \(r)"
        case .image(_, let r): return "cannot use image: \(r)"
        case .output(_, let r), .input(_, let r): return r
        case .cairo(_, let op, let status): return "\(op) failed: \(status)"
        case .noPages: return "document has no pages"
        case .closed: return "writer already finished or failed"
        }
    }

    /// A one-line message that starts with the file it is about.
    public var description: String {
        switch self {
        case .font(let path, let reason): return "\(path): cannot use font: \(reason)"
        case .image(let path, let reason): return "\(path): cannot use image: \(reason)"
        case .output(let path, let reason): return "\(path): cannot write: \(reason)"
        case .input(let path, let reason): return "\(path): \(reason)"
        case .cairo(let path, let operation, let status): return "\(path): \(operation) failed: \(status)"
        case .noPages(let path): return "\(path): document has no pages"
        case .closed(let path): return "\(path): writer already finished or failed"
        }
    }
}
