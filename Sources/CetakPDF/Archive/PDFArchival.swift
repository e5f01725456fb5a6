import CCairo
import CetakCore

/// The parts that make a PDF written by cetak a PDF/A-2b file (ISO 19005-2), shared by the writer
/// of single documents (`PDFTail`, after cairo) and the joiner (`PDFJoinWriter`):
/// - an Info dictionary and an XMP metadata stream saying the same (title, author, creator tool,
///   producer, creation and modification dates), the XMP with the PDF/A identification;
/// - an output intent `GTS_PDFA1` with the sRGB profile of LittleCMS, which makes cairo's
///   DeviceRGB colours, DeviceGray soft masks and transparency groups device-independent;
/// - `/CIDToGIDMap /Identity` on every CIDFontType2 font (cairo 1.16 leaves it implicit; §6.2.11.3.2
///   wants it written);
/// - a trailer `/ID` made from the MD5 of the file's own bytes (same content, same ID).
/// What cairo writes is otherwise allowed: embedded TrueType subsets (WinAnsi with a (3,1) cmap, or
/// Identity-H CID fonts), Flate streams, transparency groups, no annotations, no encryption; the
/// drawer writes images with `/Interpolate false` (see `FrameDrawer`).
enum PDFArchival {
    /// The document information, as Info and XMP both say it.
    struct Info {
        let title: String
        let author: String
        let creator: String
        let producer: String
        let date: Int64

        init(_ metadata: PDFMetadata) {
            title = PDFSyntax.archivable(metadata.title)
            author = PDFSyntax.archivable(metadata.author)
            creator = PDFSyntax.archivable(metadata.creator)
            producer = PDFArchival.producer
            date = metadata.creationDate
        }
    }

    /// Who made the file: cetak and its version (`CetakVersion`) through the cairo it runs with.
    static let producer = "\(CetakVersion.producer) (cairo \(String(cString: cairo_version_string())))"

    /// The Info dictionary.
    static func infoDictionary(_ info: Info) -> String {
        let date = PDFSyntax.text(PDFSyntax.date(info.date))
        var d = "<< /Title \(PDFSyntax.text(info.title))"
        if !info.author.isEmpty { d += " /Author \(PDFSyntax.text(info.author))" }
        d += " /Creator \(PDFSyntax.text(info.creator)) /Producer \(PDFSyntax.text(info.producer))"
        d += " /CreationDate \(date) /ModDate \(date) >>"
        return d
    }

    /// The metadata stream object's body (unfiltered, as PDF/A readers expect to find it).
    static func metadataStream(_ info: Info) -> [UInt8] {
        let xmp = XMPPacket.make(info)
        return Array("<< /Type /Metadata /Subtype /XML /Length \(xmp.count) >>\nstream\n".utf8) + xmp + Array("\nendstream".utf8)
    }

    /// The ICC profile stream object's body.
    static func profileStream() throws(Diagnostic) -> [UInt8] {
        let icc = try SRGBProfile.bytes.get()
        return Array("<< /N 3 /Length \(icc.count) >>\nstream\n".utf8) + icc + Array("\nendstream".utf8)
    }

    /// What the catalog gains: the metadata and the output intent (a direct dictionary).
    static func catalogEntries(metadata: Int, profile: Int) -> String {
        let name = PDFSyntax.text(SRGBProfile.identifier)
        return " /Metadata \(metadata) 0 R /OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1"
            + " /OutputConditionIdentifier \(name) /Info \(name) /RegistryName (http://www.color.org)"
            + " /DestOutputProfile \(profile) 0 R >> ]"
    }

    /// A catalog dictionary with `entries` added before its closing `>>`; nil when it is not one.
    static func catalog(_ head: [UInt8], adding entries: String) -> [UInt8]? {
        guard PDFScan.index(of: "/Type /Catalog", in: head, from: 0, to: head.count) != nil,
              PDFScan.index(of: "/Metadata", in: head, from: 0, to: head.count) == nil,
              let close = PDFScan.lastIndex(of: ">>", in: head) else { return nil }
        return Array(head[..<close]) + Array((entries + " ").utf8) + Array(head[close...])
    }

    /// A font dictionary of a CIDFontType2 font without a CIDToGIDMap gets `/CIDToGIDMap /Identity`
    /// (what a missing entry means); anything else is returned as it is.
    static func withCIDToGIDMap(_ head: [UInt8]) -> [UInt8] {
        guard PDFScan.index(of: "/CIDFontType2", in: head, from: 0, to: head.count) != nil,
              PDFScan.index(of: "/CIDToGIDMap", in: head, from: 0, to: head.count) == nil,
              let close = PDFScan.lastIndex(of: ">>", in: head) else { return head }
        return Array(head[..<close]) + Array("/CIDToGIDMap /Identity\n".utf8) + Array(head[close...])
    }

    /// The trailer from `xref` on, with the document ID from `digest` (both halves the same: a new file).
    static func trailer(size: Int, root: Int, info: Int, id: [UInt8], xref: Int) -> [UInt8] {
        let h = PDFSyntax.hex(id)
        return Array("trailer\n<< /Size \(size) /Root \(root) 0 R /Info \(info) 0 R /ID [ <\(h)> <\(h)> ] >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    }

    /// A cross-reference table of `offsets` (index = object number; nil = free).
    static func xref(_ offsets: [Int?]) -> [UInt8] {
        xrefHead(count: offsets.count) + xrefEntries(offsets[...])
    }

    /// The first lines of a cross-reference table of `count` objects.
    static func xrefHead(count: Int) -> [UInt8] { Array("xref\n0 \(count)\n".utf8) }

    /// The lines of a cross-reference table for objects `offsets.indices` (written in slices, a merged
    /// file of 50,000 pages has its table written without holding all of it).
    static func xrefEntries<C: Collection<Int?>>(_ offsets: C) -> [UInt8] where C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(20 * offsets.count)
        for (n, offset) in zip(offsets.indices, offsets) {
            guard let offset, n > 0 else { out += Array("0000000000 65535 f \n".utf8); continue }
            let digits = Array(String(offset).utf8)
            out += [UInt8](repeating: UInt8(ascii: "0"), count: max(0, 10 - digits.count)) + digits
            out += Array(" 00000 n \n".utf8)
        }
        return out
    }
}
