import CetakCore

/// Flows measured blocks into the body area of pages.
struct Paginator {
    /// Body area.
    let left: Double, top: Double, bottom: Double
    /// Pages of placed content.
    private(set) var pages: [[Placed]] = [[]]
    private var y: Double
    private var tail: Tail?
    private var afterBreak = true
    private let eps = 0.01

    init(left: Double, top: Double, bottom: Double) {
        self.left = left; self.top = top; self.bottom = max(bottom, top + 1); y = top
    }

    private var current: Int { pages.count - 1 }
    private var atTop: Bool { pages[current].isEmpty && y <= top + eps }
    private var remaining: Double { bottom - y }
    private var bodyHeight: Double { bottom - top }

    /// Receives every page once nothing can change it any more (page index, content); the page's slot
    /// in `pages` is emptied then, so a long document holds only its last pages. Nil keeps them all.
    var sink: ((Int, [Placed]) -> Void)?
    /// Pages before this index went to the sink.
    private(set) var flushed = 0

    /// Hands the pages before `limit` to the sink.
    private mutating func flush(below limit: Int) {
        guard let sink else { return }
        while flushed < limit {
            sink(flushed, pages[flushed])
            pages[flushed] = []
            flushed += 1
        }
    }

    /// Hands every remaining page to the sink (after `flow`).
    mutating func finish() { flush(below: pages.count) }

    private mutating func newPage() {
        // Only the current page can still change (a block pulled back from it): older ones are final.
        flush(below: current)
        pages.append([])
        y = top
        afterBreak = false
    }

    private mutating func put(_ atom: VAtom) {
        var items: [FrameItem] = []
        atom.draw(at: left, y, into: &items)
        if !items.isEmpty { pages[current].append(.items(items)) }
        y += atom.height
    }

    /// Places every element.
    mutating func flow(_ elements: [FlowElement]) {
        for (i, element) in elements.enumerated() {
            let next = i + 1 < elements.count ? elements[i + 1] : nil
            switch element {
            case .paragraph(let lines, let before, let after, let keepWithNext):
                paragraph(lines, before: before, after: after, keepWithNext: keepWithNext ? next : nil)
            case .table(let t):
                table(t)
            case .atom(let a):
                if !atTop && a.height > remaining + eps { newPage() }
                put(a)
                tail = nil
            case .spacer(let h):
                if atTop && !afterBreak { continue }
                y = min(bottom, y + h)   // space running past the page ends it; the next block starts a new one
                tail?.gapAfter += h
            case .pageBreak:
                if !atTop { newPage() }
                afterBreak = true
                tail = nil
            }
        }
    }

    private mutating func paragraph(_ lines: [VAtom], before: Double, after: Double, keepWithNext next: FlowElement?) {
        if !atTop { y += before }
        if let next {
            let need = lines.height + after + next.leadHeight
            if !atTop && need > remaining + eps && need <= bodyHeight { newPage() }
        }
        var marks: [(page: Int, index: Int, y: Double)] = []
        var i = 0
        while i < lines.count {
            var k = 0, h = 0.0
            while i + k < lines.count, h + lines[i + k].height <= remaining + eps { h += lines[i + k].height; k += 1 }
            if i + k < lines.count {
                if k == 0 && !atTop { newPage(); continue }
                if i == 0 && k == 1 && lines.count > 1 && !atTop { newPage(); continue }   // no orphan
                if lines.count - (i + k) == 1 && k >= 3 { k -= 1 }                          // no widow
                k = max(k, 1)
            }
            for line in lines[i..<(i + k)] {
                marks.append((current, pages[current].count, y))
                put(line)
            }
            i += k
            if i < lines.count { newPage() }
        }
        y += after
        // The tail: the last two lines when both are on this page, else the last one.
        if let last = marks.last {
            var start = marks.count - 1
            if marks.count >= 2, marks[marks.count - 2].page == last.page { start = marks.count - 2 }
            let m = marks[start]
            tail = Tail(page: m.page, placedIndex: m.index, slot: nil, y: m.y, replay: .lines(Array(lines[start...])), gapAfter: after)
        } else {
            tail = nil
        }
    }

    private mutating func table(_ t: TableLayout) {
        let table = t.table
        guard !t.header.isEmpty || !t.body.isEmpty else { return }
        let lead = t.table.keepTogether ? t.totalHeight : t.headerHeight + (t.groups.first.map { t.height($0) } ?? 0)
        let before = atTop ? 0 : table.spaceBefore
        if before + lead > remaining + eps {
            if table.keepWithPrevious, let tail, tail.page == current, tail.y > top + eps, lead <= bodyHeight {
                pullBack(tail)
                y += table.spaceBefore
            } else if !atTop && lead <= bodyHeight {
                newPage()
            } else {
                y += before
            }
        } else {
            y += before
        }

        var segment = TableSegment(layout: t, x: left, y: y)
        segment.add(t.header)
        var lastGroup: (slot: Int, range: Range<Int>)?
        func flush(_ p: inout Paginator, _ s: TableSegment) {
            if s.slotCount > t.header.count || t.body.isEmpty { p.pages[p.current].append(.segment(s)) }
            p.y = s.bottom
        }
        func restart(_ p: inout Paginator, _ s: inout TableSegment) {
            flush(&p, s)
            p.newPage()
            s = TableSegment(layout: t, x: p.left, y: p.y)
            s.add(t.header)
            lastGroup = nil
        }
        for g in t.groups {
            let h = t.height(g)
            if segment.bottom + h <= bottom + eps {
                lastGroup = (segment.slotCount, g)
                segment.add(Array(t.body[g]))
                continue
            }
            if t.headerHeight + h <= bodyHeight + eps {
                restart(&self, &segment)
                lastGroup = (segment.slotCount, g)
                segment.add(Array(t.body[g]))
                continue
            }
            // Taller than a page: split between lines of its cells (a rowspan group row by row).
            lastGroup = nil
            for r in g {
                var row = t.body[r]
                while true {
                    let avail = bottom - segment.bottom
                    if row.height <= avail + eps { segment.add([row]); break }
                    let fresh = segment.slotCount == t.header.count && segment.slotY[0] <= top + eps
                    guard let (head, rest) = t.split(row, avail: avail, force: fresh), fresh || avail >= bodyHeight / 4 else {
                        restart(&self, &segment)
                        continue
                    }
                    segment.add([head])
                    restart(&self, &segment)
                    row = rest
                }
            }
        }
        let index = pages[current].count
        flush(&self, segment)
        y += table.spaceAfter
        if let lastGroup, segment.slotCount > t.header.count {
            let first = lastGroup.slot == t.header.count
            tail = Tail(page: current, placedIndex: index, slot: first ? nil : lastGroup.slot,
                        y: first ? segment.slotY[0] : segment.slotY[lastGroup.slot],
                        replay: .rows(t, lastGroup.range), gapAfter: table.spaceAfter)
        } else {
            tail = nil
        }
    }

    /// Moves the tail of the previous block to a new page.
    private mutating func pullBack(_ t: Tail) {
        var page = pages[t.page]
        if let slot = t.slot, t.placedIndex < page.count, case .segment(var s) = page[t.placedIndex] {
            s.truncate(toSlots: slot)
            page[t.placedIndex] = .segment(s)
            page.removeSubrange((t.placedIndex + 1)...)
        } else {
            page.removeSubrange(min(t.placedIndex, page.count)...)
        }
        pages[t.page] = page
        newPage()
        switch t.replay {
        case .lines(let lines):
            for line in lines { put(line) }
        case .rows(let layout, let range):
            var s = TableSegment(layout: layout, x: left, y: y)
            s.add(layout.header)
            s.add(Array(layout.body[range]))
            pages[current].append(.segment(s))
            y = s.bottom
        }
        y += t.gapAfter
        tail = nil
    }
}
