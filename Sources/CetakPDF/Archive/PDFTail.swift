import CetakCore

/// Completes what cairo wrote as a PDF/A-2b file by rewriting its tail (see `PDFArchival`).
///
/// Cairo 1.16 writes the pages while they are drawn and, when the surface is finished, the fonts,
/// the page tree, the Info dictionary, the catalog, a classic cross-reference table and the
/// trailer. Only that tail is rewritten, in memory, while the pages stay as they went to the file:
/// the tail's objects are copied in order, the catalog gains the metadata and output intent, the
/// Info dictionary is replaced (dates with their `D:` prefix, which cairo 1.16 drops; cetak's
/// producer), CIDFontType2 fonts get their `CIDToGIDMap`, two objects are added (XMP and ICC
/// profile), and a new cross-reference table and trailer with the document ID end the file. One
/// pass over some tens of kilobytes per document, against an incremental update that would leave
/// a second xref section and cairo's Info (with its wrong dates) in every file.
enum PDFTail {
    /// The tail to write after the `base` bytes already written (and hashed into `digest`).
    static func archival(_ tail: [UInt8], base: Int, info: PDFArchival.Info, digest: MD5Digest, path: String) throws(Diagnostic) -> [UInt8] {
        let bad = { (why: String) in Diagnostic.archive(path: path, reason: why) }
        guard let sx = PDFScan.lastIndex(of: "startxref", in: tail),
              let xrefFile = PDFScan.integer(tail, PDFScan.skipSpace(tail, sx + 9)),
              case let xrefAt = xrefFile.value - base, xrefAt >= 0, PDFScan.starts(tail, at: xrefAt, with: "xref")
        else { throw bad("cairo's cross-reference table is not where it should be") }
        let table = try CrossReference(tail, from: xrefAt + 4, to: sx, path: path)
        guard let root = PDFScan.reference(after: "/Root", in: tail[table.trailer..<sx]),
              let infoNumber = PDFScan.reference(after: "/Info", in: tail[table.trailer..<sx])
        else { throw bad("cairo's trailer has no /Root or /Info") }

        // The objects of the tail, in file order; each runs to the next one (or to the xref).
        let inTail = table.offsets.enumerated().compactMap { n, o in o.flatMap { $0 >= base ? (n, $0 - base) : nil } }
            .sorted { $0.1 < $1.1 }
        guard inTail.contains(where: { $0.0 == root }), inTail.contains(where: { $0.0 == infoNumber })
        else { throw bad("the catalog or Info dictionary was written before the pages were finished") }

        let metadataNumber = table.offsets.count, profileNumber = metadataNumber + 1
        var offsets: [Int?] = table.offsets + [nil, nil]
        var out: [UInt8] = []
        out.reserveCapacity(tail.count + 4096)
        var catalogDone = false
        out += tail[0..<(inTail.first?.1 ?? xrefAt)]
        for (k, (number, start)) in inTail.enumerated() {
            let end = k + 1 < inTail.count ? inTail[k + 1].1 : xrefAt
            let object = Array(tail[start..<end])
            offsets[number] = base + out.count
            guard let objKey = PDFScan.index(of: "obj", in: object, from: 0, to: min(object.count, 32)),
                  let endKey = PDFScan.lastIndex(of: "endobj", in: object) else { throw bad("object \(number) is damaged") }
            let head = Array(object[(objKey + 3)..<endKey])
            var body: [UInt8]
            if number == infoNumber {
                body = Array("\n".utf8) + Array(PDFArchival.infoDictionary(info).utf8) + Array("\n".utf8)
            } else if number == root {
                guard let catalog = PDFArchival.catalog(head, adding: PDFArchival.catalogEntries(metadata: metadataNumber, profile: profileNumber))
                else { throw bad("cairo's catalog is not a plain dictionary") }
                body = catalog
                catalogDone = true
            } else if PDFScan.index(of: "stream", in: head, from: 0, to: head.count) == nil {
                body = PDFArchival.withCIDToGIDMap(head)
            } else {
                out += object
                continue
            }
            out += object[..<(objKey + 3)]
            out += body
            out += object[endKey...]
        }
        guard catalogDone else { throw bad("no catalog") }
        offsets[metadataNumber] = base + out.count
        out += Array("\(metadataNumber) 0 obj\n".utf8) + PDFArchival.metadataStream(info) + Array("\nendobj\n".utf8)
        offsets[profileNumber] = base + out.count
        out += Array("\(profileNumber) 0 obj\n".utf8) + (try PDFArchival.profileStream()) + Array("\nendobj\n".utf8)
        let xref = base + out.count
        out += PDFArchival.xref(offsets)
        digest.update(out)
        out += PDFArchival.trailer(size: offsets.count, root: root, info: infoNumber, id: digest.finish(), xref: xref)
        return out
    }
}

/// A classic cross-reference table: the byte offset of each object (nil when free) and where the
/// trailer starts.
struct CrossReference {
    /// Index = object number.
    var offsets: [Int?] = []
    /// Where `trailer` starts.
    var trailer = 0

    /// Reads the subsections between `from` and `to` (the `startxref` keyword).
    init(_ pdf: [UInt8], from: Int, to: Int, path: String) throws(Diagnostic) {
        let bad = Diagnostic.archive(path: path, reason: "damaged cross-reference table")
        var i = PDFScan.skipSpace(pdf, from)
        while i < to, let start = PDFScan.integer(pdf, i), let count = PDFScan.integer(pdf, PDFScan.skipSpace(pdf, start.end)) {
            i = PDFScan.skipSpace(pdf, count.end)
            if offsets.count < start.value + count.value { offsets += [Int?](repeating: nil, count: start.value + count.value - offsets.count) }
            for n in 0..<count.value {
                guard i + 18 <= pdf.count, let offset = PDFScan.integer(pdf, i), offset.end == i + 10 else { throw bad }
                offsets[start.value + n] = pdf[i + 17] == UInt8(ascii: "n") ? offset.value : nil
                i = PDFScan.skipSpace(pdf, i + 18)
            }
        }
        guard PDFScan.starts(pdf, at: i, with: "trailer") else { throw bad }
        trailer = i
    }
}
