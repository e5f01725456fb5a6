import CetakCore
import CLibXML2

/// Entity references of a template, expanded by cetak with a budget counted in references and bytes
/// (not in time), so that a template cannot make the loader run for minutes or fill memory: libxml2's own
/// expansion of attribute values concatenates piece by piece (quadratic in the references), and entities
/// referring to entities multiply. External entities are never read (`XML_PARSE_NONET`, no `NOENT`): a
/// template reaches other files only through `<include>`.
struct XMLEntities {
    /// At most this many entity references are expanded in one template, nested ones included.
    static let maxReferences = 2_000
    /// At most this many bytes of text come from entities in one template.
    static let maxBytes = 256 << 10

    let doc: xmlDocPtr
    let file: String
    private(set) var references = 0
    private(set) var bytes = 0
    private var sizes: [String: Int] = [:]

    init(doc: xmlDocPtr, file: String) { self.doc = doc; self.file = file }

    /// Walks the whole tree (attributes included) and counts what expanding every reference would cost;
    /// throws when it is over the budget — before the schema validator or the loader expands anything.
    mutating func check() throws(Diagnostics) {
        guard let root = xmlDocGetRootElement(doc) else { return }
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ENTITY_REF_NODE {
                try count(node, line: Int(xmlGetLineNo(node)), depth: 0)
                continue
            }
            if node.pointee.type == XML_ELEMENT_NODE {
                var a = node.pointee.properties
                while let attr = a {
                    var c = attr.pointee.children
                    while let child = c {
                        if child.pointee.type == XML_ENTITY_REF_NODE { try count(child, line: Int(xmlGetLineNo(node)), depth: 0) }
                        c = child.pointee.next
                    }
                    a = attr.pointee.next
                }
            }
            var c = node.pointee.children
            while let child = c { stack.append(child); c = child.pointee.next }
        }
    }

    /// Counts one reference and, recursively (at most 20 levels), the references inside its entity.
    private mutating func count(_ ref: xmlNodePtr, line: Int, depth: Int) throws(Diagnostics) {
        let name = ref.pointee.name.map { String(cString: $0) } ?? ""
        references += 1
        guard references <= Self.maxReferences else {
            throw fail(line, "more than \(Self.maxReferences) entity references (&name;) to expand; write the text out or use a <let>")
        }
        guard depth < 20 else { throw fail(line, "entities nested more than 20 deep (&\(name);)") }
        guard let entity = xmlGetDocEntity(doc, ref.pointee.name) else { throw fail(line, "the entity &\(name); is not declared") }
        switch entity.pointee.etype {
        case XML_INTERNAL_GENERAL_ENTITY, XML_INTERNAL_PREDEFINED_ENTITY: break
        default: throw fail(line, "the entity &\(name); is external; a template reads no other file than through <include>")
        }
        if let known = sizes[name] {
            bytes += known
        } else {
            let before = bytes
            var c = entity.pointee.children
            if c == nil { bytes += Int(entity.pointee.length) }
            while let child = c {
                switch child.pointee.type {
                case XML_ENTITY_REF_NODE: try count(child, line: line, depth: depth + 1)
                default: bytes += Int(child.pointee.content.map { xmlStrlen($0) } ?? 0)
                }
                c = child.pointee.next
            }
            sizes[name] = bytes - before
        }
        guard bytes <= Self.maxBytes else {
            throw fail(line, "entities expand to more than \(Self.maxBytes >> 10) KB of text; write the text out or use a <let>")
        }
    }

    private func fail(_ line: Int, _ message: String) -> Diagnostics {
        Diagnostics([Diagnostic(at: SourceLocation(file: file, line: line), message)])
    }

    /// The text of a list of nodes (an attribute's children, or an entity's), entity references expanded,
    /// in one pass — linear in the result, which `check()` has bounded.
    static func text(_ first: xmlNodePtr?, doc: xmlDocPtr?, depth: Int = 0) -> String {
        var out = ""
        var c = first
        while let node = c {
            switch node.pointee.type {
            case XML_ENTITY_REF_NODE:
                if depth < 20, let entity = xmlGetDocEntity(doc, node.pointee.name) {
                    if let children = entity.pointee.children {
                        out += text(children, doc: doc, depth: depth + 1)
                    } else if let content = entity.pointee.content {
                        out += String(cString: content)
                    }
                }
            default:
                if let content = node.pointee.content { out += String(cString: content) }
            }
            c = node.pointee.next
        }
        return out
    }
}
