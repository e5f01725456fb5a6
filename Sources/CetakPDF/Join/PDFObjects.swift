import CetakCore

/// The objects of a PDF with a classic cross-reference table (as cairo writes them): each
/// object's bytes between `N G obj` and `endobj`, its dictionary part, and the references in it.
struct PDFObjects {
    /// One indirect object.
    struct Object {
        /// The part before any stream, where references live.
        var head: ArraySlice<UInt8>
        /// `stream … endstream` with its data, or empty.
        var stream: ArraySlice<UInt8>
    }

    let bytes: [UInt8]
    let path: String
    /// Object number → byte offset of `N G obj`.
    let offsets: [Int: Int]
    /// The catalog's object number.
    let root: Int

    /// Reads the cross-reference table and trailer.
    init(bytes: [UInt8], path: String) throws(Diagnostic) {
        self.bytes = bytes
        self.path = path
        let bad = { (why: String) in Diagnostic.input(path: path, reason: "cannot join this PDF: \(why)") }
        guard let sx = PDFScan.lastIndex(of: "startxref", in: bytes),
              let xref = PDFScan.integer(bytes, PDFScan.skipSpace(bytes, sx + 9)),
              PDFScan.starts(bytes, at: xref.value, with: "xref") else { throw bad("no classic cross-reference table") }
        var offsets: [Int: Int] = [:]
        var i = PDFScan.skipSpace(bytes, xref.value + 4)
        while let start = PDFScan.integer(bytes, i), let count = PDFScan.integer(bytes, PDFScan.skipSpace(bytes, start.end)) {
            i = PDFScan.skipSpace(bytes, count.end)
            for n in 0..<count.value {
                guard i + 18 <= bytes.count, let off = Int(String(decoding: bytes[i..<i + 10], as: UTF8.self)) else { throw bad("damaged cross-reference table") }
                if bytes[i + 17] == UInt8(ascii: "n") { offsets[start.value + n] = off }
                i = PDFScan.skipSpace(bytes, i + 18)
            }
        }
        guard PDFScan.starts(bytes, at: i, with: "trailer"),
              let rootKey = PDFScan.index(of: "/Root", in: bytes, from: i, to: sx),
              let root = PDFScan.integer(bytes, PDFScan.skipSpace(bytes, rootKey + 5)) else { throw bad("no trailer /Root") }
        self.offsets = offsets
        self.root = root.value
    }

    /// The object `n`.
    func object(_ n: Int) throws(Diagnostic) -> Object {
        let bad = Diagnostic.input(path: path, reason: "cannot join this PDF: object \(n) is damaged")
        guard let off = offsets[n], let objKey = PDFScan.index(of: "obj", in: bytes, from: off, to: min(bytes.count, off + 40)) else { throw bad }
        let bodyStart = objKey + 3
        guard let end = PDFScan.bodyEnd(bytes, from: bodyStart, to: bytes.count) else { throw bad }
        guard end.isStream else { return Object(head: bytes[bodyStart..<end.at], stream: []) }
        // A stream: its length is direct or an indirect integer object.
        let s = end.at
        let head = bytes[bodyStart..<s]
        guard let lengthKey = PDFScan.index(of: "/Length", in: bytes, from: bodyStart, to: s),
              let first = PDFScan.integer(bytes, PDFScan.skipSpace(bytes, lengthKey + 7)) else { throw bad }
        var length = first.value
        let after = PDFScan.skipSpace(bytes, first.end)
        if let gen = PDFScan.integer(bytes, after), bytes[PDFScan.skipSpace(bytes, gen.end)] == UInt8(ascii: "R") {
            length = try integerObject(first.value)
        }
        var dataStart = s + 6
        if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
        if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
        guard dataStart + length <= bytes.count,
              let endStream = PDFScan.index(of: "endstream", in: bytes, from: dataStart + length, to: min(bytes.count, dataStart + length + 16))
        else { throw bad }
        return Object(head: head, stream: bytes[s..<(endStream + 9)])
    }

    /// The value of an object that is a plain integer (a stream's indirect `/Length`). Read without
    /// `object(_:)`, so a length that refers to its own stream (`4 0 obj << /Length 4 0 R >> stream`) is
    /// an error, not an endless recursion.
    func integerObject(_ n: Int) throws(Diagnostic) -> Int {
        let bad = Diagnostic.input(path: path, reason: "cannot join this PDF: the length of a stream (object \(n)) is not a number")
        guard let off = offsets[n], let objKey = PDFScan.index(of: "obj", in: bytes, from: off, to: min(bytes.count, off + 40)),
              let v = PDFScan.integer(bytes, PDFScan.skipSpace(bytes, objKey + 3)),
              PDFScan.starts(bytes, at: PDFScan.skipSpace(bytes, v.end), with: "endobj") else { throw bad }
        return v.value
    }

    /// The page objects in order, walking the page tree from the catalog.
    func pages() throws(Diagnostic) -> [Int] {
        let catalog = try object(root)
        guard let pagesRef = PDFScan.reference(after: "/Pages", in: catalog.head) else {
            throw Diagnostic.input(path: path, reason: "cannot join this PDF: the catalog has no /Pages")
        }
        var out: [Int] = []
        var stack = [pagesRef]
        var seen = Set<Int>()
        while let n = stack.popLast() {
            guard seen.insert(n).inserted else { continue }
            let o = try object(n)
            if PDFScan.index(of: "/Kids", in: Array(o.head), from: 0, to: o.head.count) != nil,
               PDFScan.index(of: "/Type /Pages", in: Array(o.head), from: 0, to: o.head.count) != nil {
                stack += PDFScan.references(inArrayAfter: "/Kids", in: o.head).reversed()
            } else {
                out.append(n)
            }
        }
        return out
    }
}
