import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks a PDF against the clauses of PDF/A-2b (ISO 19005-2) that a file of cetak's kind can break,
/// reading it with qpdf (`--json=2`, an independent parser) rather than with cetak's own code:
/// header, trailer ID (the MD5 of the bytes before the trailer, by `md5sum`), no encryption,
/// nothing after `%%EOF`, the XMP metadata stream with the PDF/A identification and the same
/// values as the Info dictionary, the GTS_PDFA1 output intent with an RGB ICC profile, fonts
/// embedded (TrueType encodings, CIDToGIDMap, widths), images not interpolated, no forbidden
/// graphics-state keys, actions or annotations without the print flag, explicit page resources,
/// stream dictionaries without external data; and `qpdf --check`. veraPDF, where installed, is run
/// by `make test` on top of this.
enum PDFAChecker {
    /// Every problem found in the file at `path` (empty: it passes).
    static func problems(in path: String) throws -> [String] {
        var out: [String] = []
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        out += fileStructure(bytes, path: path)

        let check = try runTool("/usr/bin/qpdf", ["--check", path])
        if check.code != 0 { out.append("qpdf --check: \(check.out)\(check.err)") }
        let json = try runTool("/usr/bin/qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                                                 "--decode-level=generalized", path])
        guard json.code == 0, let root = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any],
              let parts = root["qpdf"] as? [Any], parts.count == 2, let objects = parts[1] as? [String: Any] else {
            return out + ["qpdf --json failed: \(json.err)"]
        }
        let doc = Objects(objects)
        out += doc.checkTrailerAndCatalog(bytes)
        out += doc.checkObjects()
        return out
    }

    /// Header (`%PDF-1.n`, a comment of four bytes above 127), nothing after the last `%%EOF` but one EOL.
    static func fileStructure(_ b: [UInt8], path: String) -> [String] {
        var out: [String] = []
        let header = Array("%PDF-1.".utf8)
        if b.count < 15 || Array(b[0..<7]) != header || !(0x30...0x37).contains(b[7]) || b[8] != 0x0A || b[9] != UInt8(ascii: "%")
            || !b[10..<14].allSatisfy({ $0 > 127 }) {
            out.append("header is not %PDF-1.n followed by a binary comment")
        }
        let tail = String(decoding: b.suffix(8), as: UTF8.self)
        if !(tail.hasSuffix("%%EOF\n") || tail.hasSuffix("%%EOF") || tail.hasSuffix("%%EOF\r\n")) { out.append("data after %%EOF") }
        return out
    }

    /// The objects of qpdf's JSON, with the look-ups the checks need.
    struct Objects {
        let all: [String: Any]
        init(_ all: [String: Any]) { self.all = all }

        var trailer: [String: Any] { (all["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:] }

        /// The value of `x`, following one reference (`"12 0 R"`).
        func resolve(_ x: Any?) -> Any? {
            if let s = x as? String, s.hasSuffix(" R"), let o = all["obj:" + s] as? [String: Any] { return o["value"] ?? o["stream"] }
            return x
        }

        func dict(_ x: Any?) -> [String: Any]? {
            let v = resolve(x)
            if let d = v as? [String: Any], let s = d["dict"] as? [String: Any], d["data"] != nil || d.keys.contains("dict") { return s }
            return v as? [String: Any]
        }

        /// A stream's dictionary and decoded data.
        func stream(_ x: Any?) -> (dict: [String: Any], data: Data)? {
            guard let s = x as? String, let o = all["obj:" + s] as? [String: Any], let st = o["stream"] as? [String: Any],
                  let d = st["dict"] as? [String: Any], let b64 = st["data"] as? String, let data = Data(base64Encoded: b64) else { return nil }
            return (d, data)
        }

        /// A text string as qpdf spells it (`u:` text, `b:` hex bytes).
        static func text(_ x: Any?) -> String? {
            guard let s = x as? String else { return nil }
            if s.hasPrefix("u:") { return String(s.dropFirst(2)) }
            if s.hasPrefix("b:") {
                let hex = Array(s.dropFirst(2))
                var bytes: [UInt8] = []
                var i = 0
                while i + 1 < hex.count { bytes.append(UInt8(String(hex[i...i + 1]), radix: 16) ?? 0); i += 2 }
                return String(decoding: bytes, as: UTF8.self)
            }
            return nil
        }

        func checkTrailerAndCatalog(_ bytes: [UInt8]) -> [String] {
            var out: [String] = []
            let t = trailer
            if t["/Encrypt"] != nil { out.append("trailer has /Encrypt") }
            if let id = t["/ID"] as? [String], id.count == 2, id.allSatisfy({ $0.hasPrefix("b:") && $0.count == 34 }) {
                if let md5 = md5BeforeTrailer(bytes), id[0] != "b:" + md5 { out.append("trailer /ID \(id[0]) is not the MD5 of the file before its trailer (\(md5))") }
            } else {
                out.append("trailer has no /ID of two 16-byte strings")
            }
            guard let catalog = dict(t["/Root"]) else { return out + ["no catalog"] }
            for key in ["/AA", "/OpenAction", "/Requirements", "/NeedsRendering", "/AcroForm"] where catalog[key] != nil {
                out.append("catalog has \(key)")
            }
            // XMP metadata
            var xmp = ""
            if let m = stream(catalog["/Metadata"]) {
                if m.dict["/Type"] as? String != "/Metadata" || m.dict["/Subtype"] as? String != "/XML" { out.append("metadata stream is not /Type /Metadata /Subtype /XML") }
                if m.dict["/Filter"] != nil { out.append("metadata stream is filtered") }
                xmp = String(decoding: m.data, as: UTF8.self)
            } else {
                out.append("catalog has no /Metadata stream")
            }
            let fields = XMPFields(xmp)
            if !fields.wellFormed { out.append("XMP packet is not well-formed XML") }
            if fields["pdfaid:part"] != "2" { out.append("XMP pdfaid:part is \(fields["pdfaid:part"] ?? "missing"), not 2") }
            if fields["pdfaid:conformance"] != "B" { out.append("XMP pdfaid:conformance is \(fields["pdfaid:conformance"] ?? "missing"), not B") }
            if xmp.contains("bytes=") || xmp.range(of: "encoding=") != nil { out.append("XMP packet header has bytes or encoding") }
            // Info ↔ XMP
            let info = dict(t["/Info"]) ?? [:]
            let pairs: [(String, String)] = [("/Title", "dc:title"), ("/Author", "dc:creator"), ("/Creator", "xmp:CreatorTool"), ("/Producer", "pdf:Producer")]
            for (key, property) in pairs {
                let a = Self.text(info[key]), b = fields[property]
                if a != b { out.append("Info \(key) \(a ?? "absent") ≠ XMP \(property) \(b ?? "absent")") }
            }
            for (key, property) in [("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")] {
                let a = Self.text(info[key]).map { String($0.dropFirst(2).filter(\.isNumber).prefix(14)) }
                let b = fields[property].map { String($0.filter(\.isNumber).prefix(14)) }
                if a == nil || a != b || !(Self.text(info[key])?.hasPrefix("D:") ?? false) {
                    out.append("Info \(key) \(Self.text(info[key]) ?? "absent") ≠ XMP \(property) \(fields[property] ?? "absent")")
                }
            }
            // Output intent
            let intents = (resolve(catalog["/OutputIntents"]) as? [Any] ?? []).compactMap { dict($0) }
            let pdfa = intents.filter { $0["/S"] as? String == "/GTS_PDFA1" }
            if pdfa.count != 1 { out.append("\(pdfa.count) GTS_PDFA1 output intents") }
            for intent in pdfa {
                if Self.text(intent["/OutputConditionIdentifier"]) == nil { out.append("output intent without OutputConditionIdentifier") }
                guard let icc = stream(intent["/DestOutputProfile"]) else { out.append("output intent without an ICC profile stream"); continue }
                let p = [UInt8](icc.data)
                if icc.dict["/N"] as? Int != 3 { out.append("ICC profile stream /N is not 3") }
                if p.count < 128 || String(decoding: p[36..<40], as: UTF8.self) != "acsp" { out.append("DestOutputProfile is not an ICC profile"); continue }
                let size = Int(p[0]) << 24 | Int(p[1]) << 16 | Int(p[2]) << 8 | Int(p[3])
                if size != p.count { out.append("ICC profile says \(size) bytes, has \(p.count)") }
                let cls = String(decoding: p[12..<16], as: UTF8.self), space = String(decoding: p[16..<20], as: UTF8.self)
                if cls != "mntr" && cls != "prtr" { out.append("ICC profile class \(cls)") }
                if space != "RGB " { out.append("ICC profile colour space \(space), pages use DeviceRGB") }
                if p[8] > 4 { out.append("ICC profile version \(p[8])") }
            }
            return out
        }

        func checkObjects() -> [String] {
            var out: [String] = []
            for (name, raw) in all where name.hasPrefix("obj:") {
                guard let o = raw as? [String: Any] else { continue }
                if let st = o["stream"] as? [String: Any], let d = st["dict"] as? [String: Any] {
                    for k in ["/F", "/FFilter", "/FDecodeParms"] where d[k] != nil { out.append("\(name): stream with \(k)") }
                    let filters = (d["/Filter"] as? [String]) ?? [(d["/Filter"] as? String)].compactMap { $0 }
                    if filters.contains(where: { $0 == "/LZWDecode" || $0 == "/Crypt" }) { out.append("\(name): forbidden filter") }
                    out += check(d, at: name)
                } else if let v = o["value"] as? [String: Any] {
                    out += check(v, at: name)
                }
            }
            return out
        }

        /// The checks on one dictionary (and, recursively, the dictionaries inside it).
        func check(_ d: [String: Any], at name: String) -> [String] {
            var out: [String] = []
            let type = d["/Type"] as? String, subtype = d["/Subtype"] as? String
            if type == "/Font" {
                switch subtype {
                case "/TrueType":
                    let fd = dict(d["/FontDescriptor"]) ?? [:]
                    if fd["/FontFile2"] == nil { out.append("\(name): TrueType font not embedded") }
                    let flags = fd["/Flags"] as? Int ?? 0
                    let encoding = d["/Encoding"] as? String
                    if flags & 4 != 0, d["/Encoding"] != nil { out.append("\(name): symbolic TrueType font with /Encoding") }
                    if flags & 32 != 0, encoding != "/WinAnsiEncoding", encoding != "/MacRomanEncoding" { out.append("\(name): non-symbolic TrueType font without WinAnsi/MacRoman encoding") }
                    if let first = d["/FirstChar"] as? Int, let last = d["/LastChar"] as? Int {
                        if (resolve(d["/Widths"]) as? [Any])?.count != last - first + 1 { out.append("\(name): /Widths does not cover FirstChar…LastChar") }
                    } else { out.append("\(name): simple font without FirstChar/LastChar") }
                case "/CIDFontType2":
                    if d["/CIDToGIDMap"] == nil { out.append("\(name): CIDFontType2 without CIDToGIDMap") }
                    if dict(d["/FontDescriptor"])?["/FontFile2"] == nil { out.append("\(name): CID font not embedded") }
                case "/Type0":
                    let enc = d["/Encoding"] as? String
                    if enc != "/Identity-H" && enc != "/Identity-V" { out.append("\(name): Type0 font with CMap \(enc ?? "?") (not embedded)") }
                case "/Type3": break
                default:
                    if dict(d["/FontDescriptor"]).map({ $0["/FontFile"] == nil && $0["/FontFile2"] == nil && $0["/FontFile3"] == nil }) ?? true {
                        out.append("\(name): font \(subtype ?? "?") not embedded")
                    }
                }
            }
            if type == "/FontDescriptor", d["/CIDSet"] != nil || d["/CharSet"] != nil { out.append("\(name): font descriptor with CIDSet/CharSet") }
            if subtype == "/Image" {
                if let i = d["/Interpolate"] as? Bool, i { out.append("\(name): image with /Interpolate true") }
                if let b = d["/BitsPerComponent"] as? Int, ![1, 2, 4, 8, 16].contains(b) { out.append("\(name): image with \(b) bits per component") }
                for k in ["/Alternates", "/OPI"] where d[k] != nil { out.append("\(name): image with \(k)") }
            }
            if type == "/Page" {
                if d["/Resources"] == nil { out.append("\(name): page without its own /Resources") }
                if d["/AA"] != nil { out.append("\(name): page with /AA") }
                for a in (resolve(d["/Annots"]) as? [Any] ?? []) {
                    let f = dict(a)?["/F"] as? Int ?? 0
                    if f & 4 == 0 || f & (1 | 2 | 32 | 256) != 0 { out.append("\(name): annotation without the print flag") }
                }
            }
            for k in ["/TR", "/HTP"] where d[k] != nil { out.append("\(name): graphics state with \(k)") }
            if let tr2 = d["/TR2"], tr2 as? String != "/Default" { out.append("\(name): graphics state with /TR2") }
            if let bm = d["/BM"] as? String, !["/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten", "/ColorDodge", "/ColorBurn",
                                            "/HardLight", "/SoftLight", "/Difference", "/Exclusion", "/Hue", "/Saturation", "/Color", "/Luminosity"].contains(bm) {
                out.append("\(name): blend mode \(bm)")
            }
            if let s = d["/S"] as? String, ["/JavaScript", "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"].contains(s) {
                out.append("\(name): action \(s)")
            }
            for (_, v) in d {
                if let inner = v as? [String: Any] { out += check(inner, at: name) }
                if let list = v as? [Any] { for case let inner as [String: Any] in list { out += check(inner, at: name) } }
            }
            return out
        }

        /// The MD5 (hex, lower case) of the bytes before the last `trailer` keyword, by `md5sum`.
        func md5BeforeTrailer(_ bytes: [UInt8]) -> String? {
            let key = Array("trailer".utf8)
            var i = bytes.count - key.count
            while i >= 0, Array(bytes[i..<i + key.count]) != key { i -= 1 }
            guard i > 0 else { return nil }
            let tmp = NSTemporaryDirectory() + "cetak-md5-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: tmp) }
            guard FileManager.default.createFile(atPath: tmp, contents: Data(bytes[..<i])),
                  let r = try? runTool("/usr/bin/md5sum", [tmp]), r.code == 0 else { return nil }
            return r.out.split(separator: " ").first.map(String.init)
        }
    }
}

/// The simple properties of an XMP packet (element text, or the first `rdf:li` inside), read with
/// Foundation's XML parser; `wellFormed` is false when it stops on an error.
struct XMPFields {
    private(set) var values: [String: String] = [:]
    private(set) var wellFormed = false

    init(_ xmp: String) {
        let start = xmp.range(of: "<x:xmpmeta"), end = xmp.range(of: "</x:xmpmeta>")
        guard let start, let end else { return }
        let body = String(xmp[start.lowerBound..<end.upperBound])
        let delegate = Collector()
        let parser = XMLParser(data: Data(body.utf8))
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        wellFormed = parser.parse()
        values = delegate.values
    }

    subscript(_ name: String) -> String? { values[name] }

    private final class Collector: NSObject, XMLParserDelegate {
        var values: [String: String] = [:]
        var stack: [String] = []
        var text = ""
        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            stack.append(name)
            text = ""
        }
        func parser(_ p: XMLParser, foundCharacters s: String) { text += s }
        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
            let property = name == "rdf:li" ? stack.last { !$0.hasPrefix("rdf:") } : name
            if let property, !name.hasPrefix("rdf:") || name == "rdf:li", values[property] == nil, !text.isEmpty {
                values[property] = text
            }
            text = ""
        }
    }
}
