import CetakCore
import CLibXML2
import Foundation

/// Reads an XML file with libxml2 (no network, no external entities) into an `XMLElement` tree,
/// and validates documents against a RELAX NG schema. The only importer of CLibXML2.
public enum XMLDocumentReader {
    /// Parses a file; errors name the file and line (and column when libxml2 gives one).
    public static func read(path: String) throws(Diagnostics) -> XMLElement {
        let doc = try ParsedXML(path: path)
        guard let root = xmlDocGetRootElement(doc.pointer) else {
            throw Diagnostics([Diagnostic(at: SourceLocation(file: path), "the file has no root element")])
        }
        return convert(root)
    }

    /// Parses a file after validating it against a RELAX NG schema (nil: no validation); the
    /// schema's errors are thrown, all of them.
    public static func read(path: String, schema: String?) throws(Diagnostics) -> XMLElement {
        if let schema {
            let problems = validate(path: path, schema: schema)
            if problems.contains(where: { $0.severity == .error }) { throw Diagnostics(problems) }
        }
        return try read(path: path)
    }

    /// Validates a file against a RELAX NG schema file; returns every problem found.
    public static func validate(path: String, schema: String) -> [Diagnostic] {
        let doc: ParsedXML
        do { doc = try ParsedXML(path: path) } catch { return error.all }
        guard let parserCtxt = xmlRelaxNGNewParserCtxt(schema) else {
            return [Diagnostic(at: SourceLocation(file: schema), "cannot open the schema")]
        }
        defer { xmlRelaxNGFreeParserCtxt(parserCtxt) }
        let schemaSink = ErrorSink(file: schema)
        xmlRelaxNGSetParserStructuredErrors(parserCtxt, ErrorSink.callback, Unmanaged.passUnretained(schemaSink).toOpaque())
        guard let rng = xmlRelaxNGParse(parserCtxt) else {
            return schemaSink.diagnostics.isEmpty ? [Diagnostic(at: SourceLocation(file: schema), "the schema is invalid")] : schemaSink.diagnostics
        }
        defer { xmlRelaxNGFree(rng) }
        guard let validCtxt = xmlRelaxNGNewValidCtxt(rng) else {
            return [Diagnostic(at: SourceLocation(file: schema), "cannot create a validation context")]
        }
        defer { xmlRelaxNGFreeValidCtxt(validCtxt) }
        let sink = ErrorSink(file: path)
        xmlRelaxNGSetValidStructuredErrors(validCtxt, ErrorSink.callback, Unmanaged.passUnretained(sink).toOpaque())
        let rc = xmlRelaxNGValidateDoc(validCtxt, doc.pointer)
        if rc != 0, sink.diagnostics.isEmpty {
            return [Diagnostic(at: SourceLocation(file: path), "the template does not follow the schema")]
        }
        return inWords(sink.diagnostics, raws: sink.raws)
    }

    /// The validator's findings in words (`SchemaWords`): summaries and the "missing element" guesses
    /// of a line that has a precise finding are left out, and each message is said once per line.
    static func inWords(_ found: [Diagnostic], raws: [SchemaWords.Raw]) -> [Diagnostic] {
        let pairs = Array(zip(found, raws))
        let guess = { (m: String) in m.hasPrefix("Expecting an element ") }
        let hasPrecise = pairs.contains { !SchemaWords.isSummary($0.1.message) }
        let preciseLines = Set(pairs.filter { !SchemaWords.isSummary($0.1.message) && !guess($0.1.message) }.map { $0.0.location?.line })
        var seen = Set<String>()
        var out: [Diagnostic] = []
        for (d, raw) in pairs {
            if hasPrecise && SchemaWords.isSummary(raw.message) { continue }
            if guess(raw.message) && preciseLines.contains(d.location?.line) { continue }
            guard let words = SchemaWords.explain(raw) else { continue }
            if !seen.insert("\(d.location?.line ?? 0)|\(words)").inserted { continue }
            out.append(Diagnostic(d.severity, at: d.location, words))
        }
        return out.isEmpty ? found : out
    }

    private static func convert(_ node: xmlNodePtr) -> XMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attrs: [(String, String)] = []
        var a = node.pointee.properties
        while let attr = a {
            let an = attr.pointee.name.map { String(cString: $0) } ?? ""
            attrs.append((an, XMLEntities.text(attr.pointee.children, doc: node.pointee.doc)))
            a = attr.pointee.next
        }
        return XMLElement(name: name, attributes: attrs, children: children(node.pointee.children), line: Int(xmlGetLineNo(node)))
    }

    /// Elements and text of a node list; an entity reference stands for its entity's content (bounded by `XMLEntities`).
    private static func children(_ first: xmlNodePtr?, depth: Int = 0) -> [XMLElement.Child] {
        var children: [XMLElement.Child] = []
        var c = first
        while let child = c {
            switch child.pointee.type {
            case XML_ELEMENT_NODE: children.append(.element(convert(child)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = child.pointee.content { children.append(.text(String(cString: content))) }
            case XML_ENTITY_REF_NODE:
                if depth < 20, let entity = xmlGetDocEntity(child.pointee.doc, child.pointee.name) {
                    if let inner = entity.pointee.children {
                        children += Self.children(inner, depth: depth + 1)
                    } else if let content = entity.pointee.content {
                        children.append(.text(String(cString: content)))
                    }
                }
            default: break
            }
            c = child.pointee.next
        }
        return children
    }
}

/// Owns a libxml2 document; frees it on deinit.
final class ParsedXML {
    let pointer: xmlDocPtr

    /// The largest template or part read: far above any form (the biggest shipped is some tens of KB).
    static let maxBytes = 8 << 20

    init(path: String) throws(Diagnostics) {
        // Read by cetak (a regular file only: a named pipe would block libxml2's open), parsed from memory.
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path, limit: Self.maxBytes) } catch {
            throw Diagnostics(error.readFailure())
        }
        guard let ctxt = xmlNewParserCtxt() else {
            throw Diagnostics([Diagnostic(at: SourceLocation(file: path), "cannot create an XML parser")])
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let sink = ErrorSink(file: path)
        // libxml2 2.9 reports parser errors to the thread's structured handler.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(sink).toOpaque(), ErrorSink.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { xmlCtxtReadMemory(ctxt, $0, Int32(buf.count), path, nil, options) }
            } ?? nil
        }
        guard let doc = parsed else {
            let diags = sink.diagnostics.isEmpty ? [Diagnostic(at: SourceLocation(file: path), "is not well-formed XML")] : sink.diagnostics
            throw Diagnostics(diags)
        }
        if !sink.diagnostics.isEmpty, sink.diagnostics.contains(where: { $0.severity == .error }) {
            xmlFreeDoc(doc)
            throw Diagnostics(sink.diagnostics)
        }
        var entities = XMLEntities(doc: doc, file: path)
        do { try entities.check() } catch { xmlFreeDoc(doc); throw error }
        pointer = doc
    }

    deinit { xmlFreeDoc(pointer) }
}

/// Collects libxml2's structured errors as diagnostics (and, for schema findings, the element each
/// was raised on, so that `SchemaWords` can name it).
final class ErrorSink {
    let file: String
    var diagnostics: [Diagnostic] = []
    var raws: [SchemaWords.Raw] = []

    init(file: String) { self.file = file }

    static let callback: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let sink = Unmanaged<ErrorSink>.fromOpaque(userData).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "XML error"
        var line = Int(error.pointee.line)
        let col = Int(error.pointee.int2)
        var element: String?, parent: String?
        if let raw = error.pointee.node {
            let node = raw.assumingMemoryBound(to: xmlNode.self)
            if node.pointee.type == XML_ELEMENT_NODE {
                element = node.pointee.name.map { String(cString: $0) }
                if line == 0 { line = Int(xmlGetLineNo(node)) }
                if let up = node.pointee.parent, up.pointee.type == XML_ELEMENT_NODE { parent = up.pointee.name.map { String(cString: $0) } }
            }
        }
        let severity: Diagnostic.Severity = error.pointee.level == XML_ERR_WARNING ? .warning : .error
        sink.diagnostics.append(Diagnostic(severity, at: SourceLocation(file: sink.file, line: line, column: col > 0 ? col : nil), message))
        sink.raws.append(SchemaWords.Raw(message: message, element: element, parent: parent))
    }
}

