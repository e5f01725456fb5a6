/// A parsed XML element, detached from libxml2: name, attributes, children and line.
public struct XMLElement: Sendable {
    /// A child: an element or a run of text.
    public enum Child: Sendable {
        /// A nested element.
        case element(XMLElement)
        /// Character data (entities resolved).
        case text(String)
    }
    /// Local name.
    public var name: String
    /// Attributes by name, and their order.
    public var attributes: [(name: String, value: String)]
    /// Children in document order.
    public var children: [Child]
    /// Line in the file.
    public var line: Int

    /// The value of an attribute.
    public func attr(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    /// The element children.
    public var elements: [XMLElement] { children.compactMap { if case .element(let e) = $0 { return e } else { return nil } } }
    /// All text inside, concatenated.
    public var textContent: String {
        children.map { c in
            switch c {
            case .text(let t): return t
            case .element(let e): return e.textContent
            }
        }.joined()
    }
}
