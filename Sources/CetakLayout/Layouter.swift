import CetakCore

/// Lays out bound documents into page frames: shaping, line breaking, tables and pagination.
/// Stateless apart from the shared font book, so one instance serves every thread.
public final class Layouter: Sendable {
    private let fonts: FontBook

    /// Creates a layouter over a (shared) font book.
    public init(fonts: FontBook) { self.fonts = fonts }

    /// The pages of `doc`, in order.
    public func layout(_ doc: Document) throws(Diagnostic) -> [Frame] {
        var frames: [Frame] = []
        _ = try layout(doc) { frames.append($0); return true }
        return frames
    }

    /// Lays `doc` out and hands over its pages one at a time, in order, so that only one page's items
    /// exist at a time (a long table keeps just its row heights); `each` returns false to stop.
    /// Characters no installed font has go to `missing`. Returns the number of pages.
    @discardableResult
    public func layout(_ doc: Document, missing: MissingGlyphs? = nil, each: (Frame) -> Bool) throws(Diagnostic) -> Int {
        let blocks = BlockLayout(paragraphs: ParagraphLayout(itemizer: TextItemizer(fonts: fonts, missing: missing)))
        let page = doc.page
        let m = page.margin
        let width = max(0, page.width - m.left - m.right)
        // Header and footer take at most a quarter of the page each: a huge value in them (a pasted
        // page of text) is cut, instead of leaving no room for the body and making pages without end.
        let limit = max(0, page.height - m.top - m.bottom) / 4
        let header = Self.capped(try blocks.atoms(PageNumbers.fill(page.header, page: "99", count: "99"), width: width), limit, keepEnd: false)
        let footer = Self.capped(try blocks.atoms(PageNumbers.fill(page.footer, page: "99", count: "99"), width: width), limit, keepEnd: true)
        // The body keeps a gap to the header and footer: a table's last row never touches the footer.
        let top = m.top + header.height + (header.isEmpty ? 0 : Self.gap)
        let bottom = page.height - m.bottom - footer.height - (footer.isEmpty ? 0 : Self.gap)

        // Margins (with the header and footer) that leave less than a line of room: every page would be
        // full before anything is placed on it.
        if bottom - top < Self.least || width < Self.least {
            let mm = { (pt: Double) in String(format: "%.0f", max(0, pt) / Units.mm(1)) }
            throw .noRoom("the page margins (with the header and footer) leave \(mm(width)) × \(mm(bottom - top)) mm for the content of a \(mm(page.width)) × \(mm(page.height)) mm page: make the margins smaller", at: page.location)
        }

        var elements: [FlowElement] = []
        elements.reserveCapacity(doc.body.count)
        for block in doc.body {
            switch block {
            case .paragraph(let p):
                elements.append(.paragraph(FlowParagraph(lines: try blocks.paragraphs.lines(p, width: width), before: p.spaceBefore,
                                                         after: p.spaceAfter, flex: p.flex, keepWithNext: p.keepWithNext,
                                                         keepWithPrevious: p.keepWithPrevious)))
            case .table(let t): elements.append(.table(try blocks.table(t, width: width)))
            case .image(let image): elements.append(.atom(try blocks.image(image, width: width)))
            case .modules(let grid): elements.append(.atom(blocks.modules(grid, width: width)))
            case .rule(let r): elements.append(.atom(blocks.rule(r, width: width)))
            case .spacer(let h, let shrink): elements.append(.spacer(max(0, h), shrink: max(0, shrink)))
            case .pageBreak: elements.append(.pageBreak)
            }
        }
        // Count the pages first ("Halaman i dari n"), trying the cheap ways to save a sheet when there
        // is more than one; then draw them. Each pass hands finished pages on at once, so only the last
        // page's placements are ever held.
        let (squeeze, count, single) = try SheetSaver(elements: elements, left: m.left, top: top, bottom: bottom).plan()

        let numberedHeader = PageNumbers.uses(page.header), numberedFooter = PageNumbers.uses(page.footer)
        var failure: Diagnostic?
        var stopped = false
        func draw(_ n: Int, _ draft: PageDraft) throws(Diagnostic) -> Frame {
            var items: [FrameItem] = []
            if let border = page.border { items.append(contentsOf: Self.border(border, page)) }
            let pageText = String(n + 1), countText = String(count)
            let head = numberedHeader
                ? Self.capped(try blocks.atoms(PageNumbers.fill(page.header, page: pageText, count: countText), width: width), limit, keepEnd: false)
                : header
            var y = m.top
            for atom in head { atom.draw(at: m.left, y, into: &items); y += atom.height }
            for p in draft.placed {
                switch p {
                case .items(let list): items.append(contentsOf: list)
                case .segment(let segment): try segment.draw(into: &items)
                }
            }
            let foot = numberedFooter
                ? Self.capped(try blocks.atoms(PageNumbers.fill(page.footer, page: pageText, count: countText), width: width), limit, keepEnd: true)
                : footer
            y = page.height - m.bottom - foot.height
            for atom in foot { atom.draw(at: m.left, y, into: &items); y += atom.height }
            return Frame(width: page.width, height: page.height, items: items, content: draft.content)
        }
        if let single {
            _ = each(try draw(0, single))
            return count
        }
        try withoutActuallyEscaping(each) { each throws(Diagnostic) in
            var paginator = Paginator(left: m.left, top: top, bottom: bottom, squeeze: squeeze)
            paginator.sink = { n, draft in
                guard !stopped, failure == nil else { return }
                do throws(Diagnostic) {
                    if !each(try draw(n, draft)) { stopped = true }
                } catch {
                    failure = error
                }
            }
            try paginator.flow(elements)
            paginator.finish()
        }
        if let failure { throw failure }
        return count
    }

    /// Space kept between the body and a header or footer.
    static let gap = Units.mm(3)
    /// The least room for content, each way: a line of text.
    static let least = Units.mm(10)

    /// The atoms that fit in `limit` points: the first ones (a header), or the last ones (a footer,
    /// whose page number sits at the bottom).
    static func capped(_ atoms: [VAtom], _ limit: Double, keepEnd: Bool) -> [VAtom] {
        guard atoms.height > limit else { return atoms }
        var kept: [VAtom] = []
        var h = 0.0
        for a in keepEnd ? atoms.reversed() : atoms {
            if h + a.height > limit { break }
            kept.append(a)
            h += a.height
        }
        return keepEnd ? kept.reversed() : kept
    }

    /// The outer (and inner) border rectangles; each stroke's outer edge sits at its inset.
    private static func border(_ b: PageBorder, _ page: PageSetup) -> [FrameItem] {
        var out: [FrameItem] = []
        func frame(_ inset: Double, _ width: Double) {
            let d = inset + width / 2
            out.append(.rect(RectItem(rect: Rect(x: d, y: d, width: page.width - 2 * d, height: page.height - 2 * d),
                                      stroke: width, fill: nil, color: b.color)))
        }
        if b.outer > 0 { frame(b.inset, b.outer) }
        if b.inner > 0 { frame(b.inset + b.outer + b.gap, b.inner) }
        return out
    }
}
