import CetakCore

/// Why the PDF or PNG backend could not do its job: each diagnostic is at the file concerned, and its
/// message says what went wrong without the path.
extension Diagnostic {
    /// A font file could not be opened or is not a usable font.
    static func font(path: String, reason: String) -> Diagnostic {
        Diagnostic(.error, .system, at: SourceLocation(file: path), "cannot use font: \(reason)")
    }

    /// An image file is missing or is not a readable PNG or JPEG (its document is rejected).
    static func image(path: String, reason: String) -> Diagnostic {
        Diagnostic(.error, .record, at: SourceLocation(file: path), "cannot use image: \(reason)")
    }

    /// The output file (or its temporary sibling) could not be created, written or renamed.
    static func output(path: String, reason: String) -> Diagnostic { .unwritable(path, reason) }

    /// An input file (a PDF to join) could not be read or is not one cetak can join.
    static func input(path: String, reason: String) -> Diagnostic {
        Diagnostic(.error, .input, at: SourceLocation(file: path), reason)
    }

    /// Cairo reported an error while drawing or finishing the file.
    static func cairo(path: String, operation: String, status: String) -> Diagnostic {
        Diagnostic(.error, .system, at: SourceLocation(file: path), "\(operation) failed: \(status)")
    }

    /// `finish()` was called on a document without pages.
    static func noPages(path: String) -> Diagnostic {
        Diagnostic(.error, .system, at: SourceLocation(file: path), "document has no pages")
    }

    /// The writer was used after `finish()` or after an earlier error.
    static func closed(path: String) -> Diagnostic {
        Diagnostic(.error, .system, at: SourceLocation(file: path), "writer already finished or failed")
    }

    /// The file could not be completed as PDF/A (its structure was not what the writer expects).
    static func archive(path: String, reason: String) -> Diagnostic {
        Diagnostic(.error, .system, at: SourceLocation(file: path), "cannot complete as PDF/A: \(reason)")
    }
}
