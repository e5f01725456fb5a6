import CetakCore

/// Decides how a document is paginated: as laid out, or — when that takes more than one page and a
/// cheap fix saves a sheet — with the fix. The fixes, in order: empty rows for handwriting give way to
/// everything after their table; then the flexible space the template allows shrinks, by the least
/// share that still saves the sheet; then both. Every try is a counting pass over measured blocks (no
/// shaping, no drawing), so trying costs little next to laying the document out.
struct SheetSaver {
    let elements: [FlowElement]
    let left: Double, top: Double, bottom: Double

    /// The squeeze to paginate with and the page count it gives; for a document of one page as laid
    /// out (most certificates and letters), also that page, so that it is not paginated twice.
    func plan() throws(Diagnostic) -> (squeeze: Squeeze, pages: Int, single: PageDraft?) {
        let plain = Squeeze()
        let (pages, first) = try count(plain, keepingFirst: true)
        guard pages > 1 else { return (plain, pages, pages == 1 ? first : nil) }
        let (squeeze, n) = try squeezed(pages, plain)
        return (squeeze, n, nil)
    }

    /// The cheap fixes for a document of `pages` (> 1) pages as laid out.
    private func squeezed(_ pages: Int, _ plain: Squeeze) throws(Diagnostic) -> (Squeeze, Int) {
        let fillers = elements.contains { if case .table(let t) = $0 { return t.body.contains(where: \.filler) } else { return false } }
        let flexible = elements.contains(where: Self.isFlexible)
        if fillers {
            let yielding = Squeeze(fillersYield: true)
            let n = try count(yielding)
            if n < pages { return (yielding, n) }
        }
        guard flexible else { return (plain, pages) }
        for base in fillers ? [plain, Squeeze(fillersYield: true)] : [plain] {
            var tight = base
            tight.tightness = 1
            let saved = try count(tight)
            guard saved < pages else { continue }
            // The least tightening that still saves the sheet (halving, six steps: within 2 %).
            var low = 0.0, high = 1.0
            for _ in 0..<6 {
                var mid = base
                mid.tightness = (low + high) / 2
                if try count(mid) <= saved { high = mid.tightness } else { low = mid.tightness }
            }
            tight.tightness = high
            return (tight, try count(tight))
        }
        return (plain, pages)
    }

    /// Pages the elements take with `squeeze`.
    private func count(_ squeeze: Squeeze) throws(Diagnostic) -> Int { try count(squeeze, keepingFirst: false).0 }

    /// Pages the elements take with `squeeze`, and the first page when asked for.
    private func count(_ squeeze: Squeeze, keepingFirst: Bool) throws(Diagnostic) -> (Int, PageDraft?) {
        var p = Paginator(left: left, top: top, bottom: bottom, squeeze: squeeze)
        var first: PageDraft?
        p.sink = { n, draft in if keepingFirst && n == 0 { first = draft } }
        try p.flow(elements)
        p.finish()
        return (p.pages.count, first)
    }

    /// Whether an element has space that may shrink.
    private static func isFlexible(_ e: FlowElement) -> Bool {
        switch e {
        case .paragraph(let p): return p.flex != .none
        case .table(let t): return t.table.flex != .none
        case .spacer(_, let shrink): return shrink > 0
        default: return false
        }
    }
}

/// How hard pagination tries to save a sheet (the cheap fixes, in the order tried).
struct Squeeze: Equatable {
    /// Empty rows for handwriting give way to everything that follows their table on the page, not
    /// only to the closing matter kept with it.
    var fillersYield = false
    /// Share (0…1) of every flexible space's allowance taken away.
    var tightness = 0.0

    /// `natural` less this share of its allowance `shrink`.
    func space(_ natural: Double, _ shrink: Double) -> Double {
        natural - tightness * min(max(0, shrink), max(0, natural))
    }
}
