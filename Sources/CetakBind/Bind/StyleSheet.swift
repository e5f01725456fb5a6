import CetakCore
import CetakTemplate

/// Resolves named styles (with their parents) to full text styles.
public struct StyleSheet: Sendable {
    /// A resolved style: the text style plus paragraph properties.
    public struct Resolved: Sendable {
        /// The text style.
        public var text: TextStyle
        /// Alignment.
        public var align: TextAlign
        /// Space above paragraphs.
        public var spaceBefore: FlexSpace
        /// Space below paragraphs.
        public var spaceAfter: FlexSpace
    }

    private var resolved: [String: Resolved] = [:]
    /// The style of text that names none: `body` when declared.
    public let base: Resolved

    /// Resolves every declared style once.
    public init(_ decls: [StyleDecl]) {
        let byName = Dictionary(decls.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let defaults = Resolved(text: TextStyle(), align: .left, spaceBefore: FlexSpace(0), spaceAfter: FlexSpace(0))
        func resolve(_ name: String, depth: Int) -> Resolved {
            guard let d = byName[name], depth < 20 else { return defaults }
            var r = d.parent.map { resolve($0, depth: depth + 1) } ?? (name == "body" ? defaults : resolve("body", depth: depth + 1))
            if let v = d.family { r.text.family = v }
            if let v = d.fallbacks { r.text.fallbacks = v }
            if let v = d.size { r.text.size = v }
            if let v = d.bold { r.text.bold = v }
            if let v = d.italic { r.text.italic = v }
            if let v = d.underline { r.text.underline = v }
            if let v = d.lineHeight { r.text.lineHeight = v }
            if let v = d.align { r.align = v }
            if let v = d.spaceBefore { r.spaceBefore = v }
            if let v = d.spaceAfter { r.spaceAfter = v }
            return r
        }
        var all: [String: Resolved] = [:]
        for d in decls { all[d.name] = resolve(d.name, depth: 0) }
        base = all["body"] ?? defaults
        var title = base
        title.text.bold = true
        title.text.size = base.text.size + 2
        title.align = .center
        title.spaceAfter = FlexSpace(8)
        if all["title"] == nil { all["title"] = title }
        resolved = all
    }

    /// The named style, or `fallback`, or the base.
    public func style(_ name: String?, fallback: Resolved? = nil) -> Resolved {
        if let name, let r = resolved[name] { return r }
        return fallback ?? base
    }
}
