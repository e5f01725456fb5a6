import CetakCore

/// The document information written into a PDF's Info dictionary.
public struct PDFMetadata: Sendable, Hashable {
    /// Document title (e.g. the form's official title and the record key).
    public var title: String
    /// Author (e.g. the issuing office); empty for none.
    public var author: String
    /// Creating application: `cetak` and its version (`CetakVersion`).
    public var creator: String
    /// Creation (and modification) date, seconds since 1970-01-01 UTC; fixed by the caller so
    /// that output is reproducible (never the clock).
    public var creationDate: Int64

    /// Creates metadata.
    public init(title: String, author: String = "", creator: String = CetakVersion.producer, creationDate: Int64) {
        self.title = title; self.author = author; self.creator = creator; self.creationDate = creationDate
    }
}
