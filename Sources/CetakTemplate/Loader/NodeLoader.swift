import CetakCore
import Foundation

/// Content elements: paragraphs, fields, tables, signatures, images, lists, conditionals.
extension TemplateLoader {
    mutating func nodes(_ elements: [XMLElement]) -> [Node] {
        var out: [Node] = []
        var i = 0
        while i < elements.count {
            let e = elements[i]
            if e.name == "if" {
                var otherwise: [Node] = []
                if i + 1 < elements.count, elements[i + 1].name == "else" { otherwise = nodes(elements[i + 1].elements); i += 1 }
                var r = reader(e); r.allow(["test"])
                out.append(.conditional(ConditionalNode(test: r.requiredExpr("test"), then: nodes(e.elements), otherwise: otherwise, location: loc(e))))
                absorb(r)
            } else if e.name == "else" {
                diags.error(loc(e), "<else> must follow an <if>")
            } else if let n = node(e) {
                out.append(n)
            }
            i += 1
        }
        return out
    }

    mutating func node(_ e: XMLElement) -> Node? {
        switch e.name {
        case "p", "title": return .paragraph(paragraph(e, defaultStyle: e.name == "title" ? "title" : nil))
        case "fields": return .fields(fields(e))
        case "table": return .table(table(e))
        case "signatures": return .signatures(signatures(e))
        case "image": return .image(image(e))
        case "list": return .list(list(e))
        case "spacer":
            var r = reader(e); r.allow(["height"])
            let h = r.space("height") ?? FlexSpace(Units.mm(5))
            absorb(r)
            return .spacer(h)
        case "rule":
            var r = reader(e); r.allow(["width", "double", "space-before", "space-after"])
            let w = r.length("width") ?? 0.75
            let dbl = r.bool("double") ?? false
            let rule = Rule(width: dbl ? max(w, 2) : w, second: dbl ? 0.6 : nil, gap: 1.5,
                            spaceBefore: r.length("space-before") ?? 2, spaceAfter: r.length("space-after") ?? 6)
            absorb(r)
            return .rule(rule)
        case "page-break":
            var r = reader(e); r.allow([]); absorb(r)
            return .pageBreak
        case "let":
            var r = reader(e); r.allow(["name", "value"])
            let d = LetDecl(name: r.required("name"), value: r.requiredExpr("value"), location: loc(e))
            absorb(r)
            return .binding(d)
        case "each":
            var r = reader(e); r.allow(["in", "as"])
            let n = EachNode(source: r.requiredExpr("in"), itemName: r.string("as") ?? "item", body: nodes(e.elements), location: loc(e))
            absorb(r)
            return .each(n)
        case "include":
            return include(e)
        case "qr":
            var r = reader(e); r.allow(["value", "size", "align"])
            let value = r.interpolation("value") ?? Interpolation([])
            if e.attr("value") == nil { r.error("<qr> needs the attribute 'value' (the text to encode)") }
            let n = QRNode(value: value, size: r.length("size") ?? Units.mm(25), align: r.align() ?? .left, location: loc(e))
            absorb(r)
            return .qr(n)
        default:
            diags.error(loc(e), "unknown element <\(e.name)> (expected p, title, fields, table, signatures, image, list, spacer, rule, page-break, qr, if, each, let, include)")
            return nil
        }
    }

    /// `<include src="parts/kop.xml"/>`: the children of the part's root, as if written here.
    mutating func include(_ e: XMLElement) -> Node? {
        var r = reader(e); r.allow(["src"])
        let src = r.required("src")
        absorb(r)
        let base = PathText.folder(of: file)
        let path = ((src.hasPrefix("/") ? src : (base as NSString).appendingPathComponent(src)) as NSString).standardizingPath
        if including.contains(path) {
            diags.error(loc(e), "'\(src)' includes itself (through \(including.sorted().joined(separator: ", ")))")
            return nil
        }
        guard parts.count < Self.maxIncludes else {
            // Said once: the parts still to be read are not read at all.
            if parts.count == Self.maxIncludes { parts.append(path) } else { return nil }
            diags.error(loc(e), "cannot include '\(src)': this template already reads \(Self.maxIncludes) parts (counting each include of a part that is included several times); include fewer parts, or parts that include fewer parts")
            return nil
        }
        parts.append(path)
        do {
            let root = try XMLDocumentReader.read(path: path)
            guard root.name == "part" else {
                diags.error(loc(e), "'\(src)' starts with <\(root.name)>; an included file starts with <part>")
                return nil
            }
            var sub = TemplateLoader(file: path)
            sub.including = including.union([(file as NSString).standardizingPath, path])
            sub.styleNames = styleNames
            sub.parts = parts
            let ns = sub.nodes(root.elements)
            parts = sub.parts
            for d in sub.diags.all { diags.add(d) }
            return .conditional(ConditionalNode(test: .literal(.bool(true)), then: ns, otherwise: [], location: loc(e)))
        } catch {
            for d in error.all { diags.add(d) }
            diags.error(loc(e), "cannot include '\(src)'")
            return nil
        }
    }

    mutating func paragraph(_ e: XMLElement, defaultStyle: String? = nil) -> ParagraphNode {
        var r = reader(e)
        r.allow(["style", "align", "space-before", "space-after", "indent", "first-indent", "leader", "keep-with-next",
                 "keep-with-previous", "omit-empty", "shrink", "when"])
        let style = r.string("style") ?? defaultStyle
        var leader: Leader?
        if let l = r.string("leader") {
            leader = Leader(rawValue: l)
            if leader == nil { r.error("leader must be dots or line") }
        }
        var p = ParagraphNode(style: style, align: r.align(), inlines: inlines(e), spaceBefore: r.space("space-before"),
                              spaceAfter: r.space("space-after"), indent: r.length("indent") ?? 0,
                              firstLineIndent: r.length("first-indent") ?? 0, leader: leader,
                              keepWithNext: r.bool("keep-with-next") ?? false, shrink: r.number("shrink"),
                              when: r.expr("when"), location: loc(e))
        p.keepWithPrevious = r.bool("keep-with-previous") ?? false
        p.omitEmpty = r.bool("omit-empty") ?? false
        absorb(r)
        if e.name == "title" { checkStyle(e.attr("style"), at: e) } else { checkStyle(style, at: e) }
        return p
    }

    /// Inline content: text with `{...}`, `<b>`, `<i>`, `<u>`, `<span style>`, `<br/>`. White space in
    /// template text is collapsed as in HTML; values from data are never touched.
    mutating func inlines(_ e: XMLElement, bold: Bool = false, italic: Bool = false, underline: Bool = false, style: String? = nil) -> [InlineNode] {
        var out: [InlineNode] = []
        for child in e.children {
            switch child {
            case .text(let raw):
                let collapsed = raw.split(omittingEmptySubsequences: true, whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
                    .joined(separator: " ")
                var text = collapsed
                if let f = raw.first, f.isWhitespace, !collapsed.isEmpty { text = " " + text }
                if let l = raw.last, l.isWhitespace, !collapsed.isEmpty { text += " " }
                if collapsed.isEmpty, !raw.isEmpty { text = " " }
                do {
                    let interp = try Interpolation.parse(text)
                    for piece in interp.pieces {
                        switch piece {
                        case .text(let t): out.append(InlineNode(kind: .text(t), bold: bold, italic: italic, underline: underline, style: style))
                        case .expr(let x): out.append(InlineNode(kind: .expr(x), bold: bold, italic: italic, underline: underline, style: style))
                        }
                    }
                } catch {
                    diags.error(loc(e), "in the text \"\(text.trimmingCharacters(in: CharacterSet.whitespaces))\" at column \(error.expressionColumn): \(error.message)")
                }
            case .element(let c):
                switch c.name {
                case "b": out += inlines(c, bold: true, italic: italic, underline: underline, style: style)
                case "i": out += inlines(c, bold: bold, italic: true, underline: underline, style: style)
                case "u": out += inlines(c, bold: bold, italic: italic, underline: true, style: style)
                case "span":
                    checkStyle(c.attr("style"), at: c)
                    out += inlines(c, bold: bold, italic: italic, underline: underline, style: c.attr("style") ?? style)
                case "br": out.append(InlineNode(kind: .lineBreak, bold: bold, italic: italic, underline: underline, style: style))
                default: diags.error(loc(c), "<\(c.name)> cannot stand inside text (use b, i, u, span, br)")
                }
            }
        }
        // Trim the paragraph's outer white space.
        if let f = out.first, case .text(let t) = f.kind { out[0].kind = .text(String(t.drop(while: { $0 == " " }))) }
        if let l = out.last, case .text(let t) = l.kind {
            var s = t
            while s.last == " " { s.removeLast() }
            out[out.count - 1].kind = .text(s)
        }
        return out.filter { if case .text(let t) = $0.kind { return !t.isEmpty } else { return true } }
    }

    mutating func fields(_ e: XMLElement) -> FieldsNode {
        var r = reader(e)
        r.allow(["columns", "label-width", "style", "space-before", "space-after"])
        let columns = r.int("columns") ?? 1
        if columns < 1 || columns > 2 { r.error("columns must be 1 or 2") }
        let style = r.string("style")
        var list: [FieldNode] = []
        for f in e.elements {
            guard f.name == "field" else { diags.error(loc(f), "<fields> can only contain <field>"); continue }
            var fr = reader(f); fr.allow(["label"])
            let label = fr.required("label")
            absorb(fr)
            var labelInlines: [InlineNode] = []
            do {
                for piece in try Interpolation.parse(label).pieces {
                    switch piece {
                    case .text(let t): labelInlines.append(InlineNode(kind: .text(t), bold: false, italic: false, underline: false, style: nil))
                    case .expr(let x): labelInlines.append(InlineNode(kind: .expr(x), bold: false, italic: false, underline: false, style: nil))
                    }
                }
            } catch { diags.error(loc(f), "in label=\"\(label)\" at column \(error.expressionColumn): \(error.message)") }
            list.append(FieldNode(label: labelInlines, value: inlines(f), location: loc(f)))
        }
        let n = FieldsNode(columns: min(max(columns, 1), 2), labelWidth: r.length("label-width") ?? Units.mm(50), style: style,
                           fields: list, spaceBefore: r.space("space-before") ?? FlexSpace(0), spaceAfter: r.space("space-after") ?? FlexSpace(6), location: loc(e))
        absorb(r)
        checkStyle(style, at: e)
        return n
    }

    mutating func image(_ e: XMLElement) -> ImageNode {
        var r = reader(e)
        r.allow(["src", "width", "height", "align", "placeholder"])
        let n = ImageNode(src: r.expr("src"), width: r.length("width") ?? Units.mm(20), height: r.length("height") ?? Units.mm(20),
                          align: r.align() ?? .left, placeholder: r.string("placeholder") ?? "", location: loc(e))
        absorb(r)
        return n
    }

    mutating func list(_ e: XMLElement) -> ListNode {
        var r = reader(e)
        r.allow(["style", "marker", "indent", "space-after"])
        let m = ListMarker(rawValue: r.string("marker") ?? "decimal")
        if m == nil { r.error("marker must be decimal, alpha, bullet or dash") }
        var items: [[InlineNode]] = []
        for i in e.elements {
            guard i.name == "item" else { diags.error(loc(i), "<list> can only contain <item>"); continue }
            items.append(inlines(i))
        }
        let n = ListNode(style: r.string("style"), marker: m ?? .decimal, items: items, indent: r.length("indent") ?? Units.mm(7),
                         spaceAfter: r.space("space-after") ?? FlexSpace(6), location: loc(e))
        absorb(r)
        checkStyle(n.style, at: e)
        return n
    }

    mutating func signatures(_ e: XMLElement) -> SignaturesNode {
        var r = reader(e)
        r.allow(["style", "space-before"])
        var list: [SignatoryNode] = []
        for s in e.elements {
            guard s.name == "signatory" else { diags.error(loc(s), "<signatures> can only contain <signatory>"); continue }
            var sr = reader(s); sr.allow(["meterai", "image"])
            var node = SignatoryNode(placeDate: nil, lines: [], name: [], after: [], nip: nil, image: sr.expr("image"),
                                     meterai: sr.bool("meterai") ?? false, location: loc(s))
            absorb(sr)
            var seenName = false
            for c in s.elements {
                switch c.name {
                case "place-date": node.placeDate = inlines(c)
                case "line":
                    // Lines after <name> print under the name (pangkat, golongan).
                    if seenName { node.after.append(inlines(c)) } else { node.lines.append(inlines(c)) }
                case "name": node.name = inlines(c); seenName = true
                case "nip":
                    var cr = reader(c)
                    node.nip = cr.parseExpr(c.textContent.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "{}")), attribute: "nip")
                    absorb(cr)
                default: diags.error(loc(c), "<signatory> can only contain place-date, line, name, nip")
                }
            }
            list.append(node)
        }
        if list.isEmpty || list.count > 3 { r.error("<signatures> holds one to three <signatory>") }
        let n = SignaturesNode(signatories: list, style: r.string("style"), spaceBefore: r.space("space-before") ?? FlexSpace(Units.mm(6)), location: loc(e))
        absorb(r)
        checkStyle(n.style, at: e)
        return n
    }
}
