import CLibXML2
import CetakCore
import Foundation

/// Receives the events of a streamed XML part: subclass and override what you need.
///
/// A class (not a protocol) so the C callbacks reach it by one virtual call per event.
class XMLStreamHandler {
    /// Set by a handler to stop the parse (a damaged cell reference, ...): the message, at the handler's place.
    var failure: String?

    /// An element starts.
    func start(_ element: XMLStart) {}
    /// An element ends.
    func end(_ name: XMLName) {}
    /// Character data (entities resolved) inside the current element, in pieces.
    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// The local name of an element, valid only during the callback that hands it over.
struct XMLName {
    let pointer: UnsafePointer<xmlChar>

    /// True when the local name is `name` (ASCII).
    func `is`(_ name: StaticString) -> Bool { XMLName.equal(pointer, name) }

    /// Compares a NUL-terminated C name with a static string.
    static func equal(_ p: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let n = name.utf8CodeUnitCount
        let s = name.utf8Start
        for i in 0..<n where p[i] != s[i] { return false }
        return p[n] == 0
    }
}

/// An element's start: local name and attributes, valid only during the callback.
struct XMLStart {
    /// The local name.
    let name: XMLName
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with this local name (any namespace), or nil.
    ///
    /// libxml2 hands an attribute's `&` (written `&amp;` or `&#38;`) over as `&#38;` when it does not
    /// substitute entities (it does not: no entity of a document is ever expanded here), and every
    /// other character as itself; so `&#38;` is turned back into `&`, and only that.
    func attribute(_ local: StaticString) -> String? {
        withAttribute(local) { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            return bytes.contains(0x26) ? text.replacingOccurrences(of: "&#38;", with: "&") : text
        }
    }

    /// The attribute's value as a non-negative integer, or nil.
    func integer(_ local: StaticString) -> Int? {
        withAttribute(local) { bytes -> Int? in
            guard !bytes.isEmpty, bytes.count < 10 else { return nil }
            var v = 0
            for b in bytes {
                guard b >= 0x30, b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        } ?? nil
    }

    /// Calls body with the raw bytes of the attribute's value, or returns nil when there is none.
    func withAttribute<T>(_ local: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let attributes else { return nil }
        // libxml2 gives five pointers per attribute: local name, prefix, URI, value start, value end.
        for i in 0..<count {
            guard let name = attributes[i * 5], XMLName.equal(name, local),
                  let start = attributes[i * 5 + 3], let end = attributes[i * 5 + 4] else { continue }
            return body(UnsafeBufferPointer(start: start, count: end - start))
        }
        return nil
    }
}

extension Diagnostic {
    /// Why a part could not be parsed: libxml2's message (or the handler's) at `line` of the part; the
    /// workbook reader names the workbook and the part.
    static func xmlStream(_ message: String, line: Int) -> Diagnostic {
        Diagnostic(.error, .input, at: SourceLocation(file: "", line: line), message)
    }
}

/// libxml2's push parser (SAX2) over a part fed in chunks: the part is never held whole and no
/// tree is built, so a sheet of 50,000 rows costs only its rows. No network, no external entities,
/// no DTD. Owns the parser context and frees it in deinit.
final class XMLPushParser {
    private let context: xmlParserCtxtPtr
    private let handler: XMLStreamHandler

    /// A parser that hands the events of one document to the handler.
    init(handler: XMLStreamHandler) throws(Diagnostic) {
        self.handler = handler
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.startElementNs = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
            guard let ctx, let localname else { return }
            let h = Unmanaged<XMLStreamHandler>.fromOpaque(ctx).takeUnretainedValue()
            h.start(XMLStart(name: XMLName(pointer: localname), attributes: attributes, count: Int(nbAttributes)))
        }
        sax.endElementNs = { ctx, localname, _, _ in
            guard let ctx, let localname else { return }
            Unmanaged<XMLStreamHandler>.fromOpaque(ctx).takeUnretainedValue().end(XMLName(pointer: localname))
        }
        let characters: charactersSAXFunc = { ctx, chars, length in
            guard let ctx, let chars, length > 0 else { return }
            Unmanaged<XMLStreamHandler>.fromOpaque(ctx).takeUnretainedValue().text(UnsafeBufferPointer(start: chars, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        // Errors are read from the context after each chunk; nothing goes to standard error.
        sax.serror = { _, _ in }
        let user = Unmanaged.passUnretained(handler).toOpaque()
        guard let ctxt = xmlCreatePushParserCtxt(&sax, user, nil, 0, nil) else {
            throw Diagnostic.xmlStream("cannot create an XML parser", line: 0)
        }
        xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue))
        context = ctxt
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    /// Parses the next piece of the document.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(Diagnostic) {
        var offset = 0
        // xmlParseChunk takes an Int32 size: feed very large buffers in pieces.
        while offset < bytes.count {
            let n = min(bytes.count - offset, 1 << 20)
            let base = bytes.baseAddress.map { $0.advanced(by: offset).assumingMemoryBound(to: CChar.self) }
            let rc = xmlParseChunk(context, base, Int32(n), 0)
            try check(rc)
            offset += n
        }
    }

    /// Ends the document (an unclosed element is an error).
    func finish() throws(Diagnostic) {
        try check(xmlParseChunk(context, nil, 0, 1))
    }

    private func check(_ rc: Int32) throws(Diagnostic) {
        if let failure = handler.failure { throw Diagnostic.xmlStream(failure, line: Int(context.pointee.input?.pointee.line ?? 0)) }
        guard rc != 0 else { return }
        var message = "not well-formed XML"
        var line = 0
        if let e = xmlCtxtGetLastError(context) {
            if let m = e.pointee.message { message = String(cString: m).trimmingCharacters(in: [" ", "\n"]) }
            line = Int(e.pointee.line)
        }
        throw Diagnostic.xmlStream(message, line: line)
    }
}
