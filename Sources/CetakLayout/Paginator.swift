import CetakCore

/// One page being filled: what is placed on it, and which blocks.
struct PageDraft {
    /// Placed content, in painting order.
    var placed: [Placed] = []
    /// The blocks on the page.
    var content = PageContent()
}

/// Flows measured blocks into the body area of pages. Blocks tied by keeps go on one page as a chain
/// (`KeepChains`): when the closing matter under a table does not fit, the table's last data rows move
/// down with it, never the closing matter alone. Empty rows for handwriting fill the room a page has
/// and are dropped, never carried onto a new page. A table continued on a new page repeats its header,
/// and its first row there prints what it left out because it repeated the row above.
struct Paginator {
    /// Body area.
    let left: Double, top: Double, bottom: Double
    /// How hard to try to save a sheet.
    let squeeze: Squeeze
    /// Pages of placed content.
    private(set) var pages: [PageDraft] = [PageDraft()]
    private var y: Double
    private var afterBreak = true
    private let eps = 0.01

    init(left: Double, top: Double, bottom: Double, squeeze: Squeeze = Squeeze()) {
        self.left = left; self.top = top; self.bottom = max(bottom, top + 1); self.squeeze = squeeze; y = top
    }

    private var current: Int { pages.count - 1 }
    private var atTop: Bool { pages[current].placed.isEmpty && y <= top + eps }
    private var remaining: Double { bottom - y }
    private var bodyHeight: Double { bottom - top }

    /// Receives every page once nothing can change it any more (page index, content); the page's slot
    /// in `pages` is emptied then, so a long document holds only its last page. Nil keeps them all.
    var sink: ((Int, PageDraft) -> Void)?
    /// Pages before this index went to the sink.
    private(set) var flushed = 0

    /// Hands the pages before `limit` to the sink.
    private mutating func flush(below limit: Int) {
        guard let sink else { return }
        while flushed < limit {
            sink(flushed, pages[flushed])
            pages[flushed] = PageDraft()
            flushed += 1
        }
    }

    /// Hands every remaining page to the sink (after `flow`).
    mutating func finish() { flush(below: pages.count) }

    private mutating func newPage() {
        // Keeps are decided before placing, so no page is ever taken back: older pages are final.
        flush(below: current + 1)
        pages.append(PageDraft())
        y = top
        afterBreak = false
    }

    private mutating func put(_ atom: VAtom) {
        var items: [FrameItem] = []
        atom.draw(at: left, y, into: &items)
        if !items.isEmpty { pages[current].placed.append(.items(items)) }
        y += atom.height
    }

    private mutating func note(_ kind: PlacedBlock.Kind, _ element: Int, _ closing: Bool) {
        pages[current].content.blocks.append(PlacedBlock(kind: kind, element: element, closing: closing))
    }

    /// Places every element.
    mutating func flow(_ elements: [FlowElement]) throws(Diagnostic) {
        let chains = KeepChains(elements)
        let measure = FlowMeasure(elements: elements, squeeze: squeeze)
        for (i, element) in elements.enumerated() {
            let closing = chains.closing[i]
            // What the rest of the chain this element starts needs after the element's end.
            let keep = chains.end[i].map { measure.rest(from: i, to: $0) }
            switch element {
            case .paragraph(let p):
                paragraph(p, element: i, closing: closing, keep: keep, measure)
            case .table(let t):
                try table(t, element: i, closing: closing, keep: keep,
                          following: squeeze.fillersYield ? measure.following(i) : nil, measure)
            case .atom(let a):
                if !atTop {
                    if let keep, a.height + keep > remaining + eps, a.height + keep <= bodyHeight + eps { newPage() }
                    else if a.height > remaining + eps { newPage() }
                }
                put(a)
                note(.other, i, closing)
            case .spacer(let h, let shrink):
                if atTop && !afterBreak { continue }
                y = min(bottom, y + squeeze.space(h, shrink))   // space running past the page ends it
            case .pageBreak:
                if !atTop { newPage() }
                afterBreak = true
            }
        }
    }

    /// A paragraph, line by line: no lone first or last line where it splits, and when it starts a
    /// chain, its last lines go on with the rest of the chain (`keep`: the height that needs).
    private mutating func paragraph(_ p: FlowParagraph, element: Int, closing: Bool, keep need: Double?, _ m: FlowMeasure) {
        let lines = p.lines
        let after = m.after(.paragraph(p))
        if !atTop { y += m.before(.paragraph(p)) }
        // The last lines kept with the chain: two, else one (a chain nearly a page tall), else none.
        var keep = 0
        if let need {
            for n in stride(from: min(2, lines.count), to: 0, by: -1)
            where Array(lines.suffix(n)).height + after + need <= bodyHeight + eps {
                keep = n
                break
            }
        }
        var i = 0
        while i < lines.count {
            var k = 0, h = 0.0
            while i + k < lines.count, h + lines[i + k].height <= remaining + eps { h += lines[i + k].height; k += 1 }
            if i + k < lines.count {
                if k == 0 && !atTop { newPage(); continue }
                if i == 0 && k == 1 && lines.count > 1 && !atTop { newPage(); continue }   // no orphan
                if lines.count - (i + k) == 1 && k >= 3 { k -= 1 }                          // no widow
                k = max(k, 1)
            } else if let need, keep > 0, h + after + need > remaining + eps {
                // The rest of the chain does not fit under the last lines: the kept lines go on with it.
                let stay = lines.count - keep - i
                let orphan = i == 0 && stay == 1 && lines.count > 1
                if stay > 0 && (atTop || !orphan) {
                    k = stay
                } else if !atTop {
                    newPage()
                    continue
                }
            }
            for line in lines[i..<(i + k)] { put(line) }
            note(.text(lines: k), element, closing)
            i += k
            if i < lines.count { newPage() }
        }
        y += after
        // A chain too tall to take any line along still starts a page of its own, if that holds it.
        if let need, keep == 0, !atTop, need > remaining + eps, need <= bodyHeight + eps { newPage() }
    }

    /// The rows of a table kept with the chain it starts: from group `start` on, `height` tall (empty
    /// rows for handwriting not counted: they give way). `partial`: the row of group `start` goes along
    /// in part only, its last lines (rows too tall to go whole); `height` is then that of the rows after it.
    private struct Tail { var start: Int; var height: Double; var partial = false }

    /// Least part of a row worth carrying along with a chain: about two lines.
    private static let piece = 24.0

    /// The tail of `t` for a chain needing `need` after the table (and `after` below it): the groups
    /// holding its last two data rows (all when fewer); when they are too tall for one page with the
    /// chain, the last lines of the first of them and the other whole; then its last row, whole or its
    /// last lines. The header and first empty row when it has no data rows. Nil when nothing fits.
    private func tail(_ t: TableLayout, need: Double, after: Double) -> Tail? {
        let groups = t.groups
        guard !t.table.keepTogether, !groups.isEmpty else { return nil }
        let room = bodyHeight - t.headerHeight - after - need + eps
        guard let last = groups.indices.last(where: { t.groupData[$0] > 0 }) else {
            let h = t.height(groups[0])
            return h <= room ? Tail(start: 0, height: h) : nil
        }
        for want in stride(from: min(2, t.dataRowCount), to: 0, by: -1) {
            var g = last, rows = 0, h = 0.0
            while true {
                if !t.isFiller(g) { rows += t.groupData[g]; h += t.height(groups[g]) }
                if rows >= want || g == 0 { break }
                g -= 1
            }
            // Its first row may be printed as on a continued page there.
            let first = groups[g].lowerBound
            let extra = t.bodyRow(first, continued: true).height - t.body[first].height
            if h + extra <= room { return Tail(start: g, height: h + extra) }
            let rest = h - t.height(groups[g])
            if groups[g].count == 1, rest + Self.piece <= room { return Tail(start: g, height: rest, partial: true) }
        }
        return nil
    }

    /// A table: its header repeated on each page, rows kept in their groups, empty rows for handwriting
    /// where there is room for them; when it starts a chain, its last data rows go on with it.
    private mutating func table(_ t: TableLayout, element: Int, closing: Bool, keep need: Double?, following: Double?,
                                _ m: FlowMeasure) throws(Diagnostic) {
        guard !t.header.isEmpty || !t.body.isEmpty else { return }
        try Self.checkFits(t, bodyHeight: bodyHeight)
        let e = FlowElement.table(t)
        let after = m.after(e)
        let groups = t.groups
        let tail = need.flatMap { self.tail(t, need: $0, after: after) }
        let lastData = groups.indices.last { t.groupData[$0] > 0 }

        // Where the table starts: it moves to a new page when what must come first does not fit.
        var lead = t.leadHeight
        if let need, let tail, tail.start == 0, !tail.partial { lead = max(lead, t.headerHeight + tail.height + after + need) }
        if let need, t.table.keepTogether, t.totalHeight + after + need <= bodyHeight + eps { lead = t.totalHeight + after + need }
        let before = atTop ? 0 : m.before(e)
        if !atTop && before + lead > remaining + eps && lead <= bodyHeight + eps { newPage() } else { y += before }

        // Room the empty rows after the last data row leave: for the chain, and when they give way to
        // everything, for all that follows.
        var reserve = 0.0
        if let need, tail != nil || t.table.keepTogether { reserve = after + need }
        if let following { reserve = max(reserve, after + following) }

        var segment = TableSegment(layout: t, x: left, y: y)
        segment.addHeader(t.header)
        for (g, range) in groups.enumerated() {
            if t.isFiller(g) {
                let rows = self.rows(t, range, segment)
                let room = g > (lastData ?? -1) ? reserve : 0
                if segment.bottom + rows.height + room <= bottom + eps { segment.add(rows) }
                continue   // dropped: never carried onto a new page
            }
            if let need, let tail, g == tail.start {
                if tail.partial {
                    // Too tall to go whole with the chain: the row's last lines go on with it.
                    try placeSplit(range.lowerBound, t, need: tail.height + after + need, least: bodyHeight / 8, &segment, element, closing)
                    continue
                }
                if segment.hasBody, segment.bottom + tail.height + after + need > bottom + eps {
                    restart(&segment, t, element, closing)   // the last data rows go on with the chain
                }
            }
            var rows = self.rows(t, range, segment)
            if segment.bottom + rows.height <= bottom + eps { segment.add(rows); continue }
            let fresh = t.headerHeight + range.reduce(0) { $0 + t.bodyRow($1, continued: $1 == range.lowerBound).height }
            if fresh <= bodyHeight + eps {
                restart(&segment, t, element, closing)
                rows = self.rows(t, range, segment)
                segment.add(rows)
                continue
            }
            // Taller than a page: split between lines of its cells (a rowspan group row by row).
            for r in range { try placeSplit(r, t, need: 0, least: bodyHeight / 4, &segment, element, closing) }
        }
        place(segment, t, element, closing)
        y += after
        // A chain too tall to take any row along still starts a page of its own, if that holds it.
        if let need, tail == nil, !t.table.keepTogether, !atTop, need > remaining + eps, need <= bodyHeight + eps { newPage() }
    }

    /// A table whose repeated header (with a row's padding under it) is taller than a page could never be
    /// placed: each new page would start with the header again. Said with the template's `<table>` line.
    static func checkFits(_ t: TableLayout, bodyHeight: Double) throws(Diagnostic) {
        let pad = t.table.padding
        let mm = { (pt: Double) in String(format: "%.0f", pt / Units.mm(1)) }
        if pad.top + pad.bottom >= bodyHeight {
            throw .noRoom("the table's cell padding (\(mm(pad.top)) mm above and \(mm(pad.bottom)) mm below the text) is taller than the \(mm(bodyHeight)) mm a page has for content: make the padding smaller", at: t.table.location)
        }
        if t.headerHeight + pad.top + pad.bottom >= bodyHeight {
            throw .noRoom("the table header is \(mm(t.headerHeight)) mm tall and a page has \(mm(bodyHeight)) mm for content: the header is repeated on every page the table covers, so it must leave room for rows; make it shorter (less text, a smaller min-height or padding)", at: t.table.location)
        }
        if t.colX.count > 1, zip(t.colX, t.colX.dropFirst()).contains(where: { $1 - $0 - pad.left - pad.right <= 0 }) {
            throw .noRoom("the table's cell padding (\(mm(pad.left)) mm left and \(mm(pad.right)) mm right) leaves no width for the text of a column: make the padding smaller or the column wider", at: t.table.location)
        }
    }

    /// Places body row `r`, split between lines of its cells over as many pages as it takes, so that its
    /// last part has `need` points below it on its page (the chain it is kept with; 0 for none): each
    /// page takes what fits, or when the rest of the row fits but the chain does not, all but its last
    /// lines. A part starts on a page only where at least `least` points are free (else a new page).
    private mutating func placeSplit(_ r: Int, _ t: TableLayout, need: Double, least: Double, _ segment: inout TableSegment,
                                     _ element: Int, _ closing: Bool) throws(Diagnostic) {
        var row = t.bodyRow(r, continued: segment.continues && !segment.hasBody)
        // Each page takes at least one line of the row (or the row starts on a new page first): a bound on
        // the turns, so that no row can turn pages without end.
        var turns = 2 * (try t.cells(of: row).reduce(0) { $0 + $1.atoms.count }) + 4
        while true {
            let avail = bottom - segment.bottom
            if row.height + need <= avail + eps { segment.add([row]); return }
            // What is left of a split row is only its padding: it ends here, cut to the room there is.
            if segment.hasBody || segment.continues, try t.isEmptyOfContent(row) {
                row.height = max(0, min(row.height, avail))
                segment.add([row])
                return
            }
            turns -= 1
            guard turns > 0 else {
                throw .noRoom("a row of this table cannot be placed even on an empty page (with the header above it)", at: t.table.location)
            }
            let atPageTop = !segment.hasBody && segment.slotY[0] <= top + eps
            let cut = row.height <= avail + eps ? row.height - 0.5 : avail
            guard let (head, rest) = try t.split(row, avail: cut, force: atPageTop), atPageTop || cut >= least else {
                restart(&segment, t, element, closing)
                continue
            }
            if atPageTop, head.height > avail + eps {
                // Even one line of the row does not fit under the header on an empty page.
                throw .noRoom("a row of this table does not fit on an empty page under the table's header (\(String(format: "%.0f", max(0, avail) / Units.mm(1))) mm are left for it): make the header or the row's content shorter", at: t.table.location)
            }
            segment.add([head])
            restart(&segment, t, element, closing)
            row = rest
        }
    }

    /// The rows of group `range` as they go into `segment` (the first on a continued page as printed there).
    private func rows(_ t: TableLayout, _ range: Range<Int>, _ segment: TableSegment) -> [LaidRow] {
        let first = segment.continues && !segment.hasBody
        return range.map { t.bodyRow($0, continued: first && $0 == range.lowerBound) }
    }

    /// Puts a segment on the current page (a header without rows is not put).
    private mutating func place(_ s: TableSegment, _ t: TableLayout, _ element: Int, _ closing: Bool) {
        guard s.hasBody || t.body.isEmpty else { y = s.slotY[0]; return }
        pages[current].placed.append(.segment(s))
        note(.table(role: t.table.role, dataRows: s.dataRows, fillerRows: s.fillerRows, totalDataRows: t.dataRowCount),
             element, closing)
        y = s.bottom
    }

    /// Ends the segment on this page and starts the next on a new page, under the repeated header.
    private mutating func restart(_ s: inout TableSegment, _ t: TableLayout, _ element: Int, _ closing: Bool) {
        place(s, t, element, closing)
        newPage()
        s = TableSegment(layout: t, x: left, y: y, continues: true)
        s.addHeader(t.header)
    }
}

extension Array where Element == LaidRow {
    /// Total height.
    var height: Double { reduce(0) { $0 + $1.height } }
}
