import CetakCore

/// Lays out blocks that are not paginated line by line: cell content, header, footer, images, rules.
struct BlockLayout {
    let paragraphs: ParagraphLayout

    /// The blocks stacked in `width` points, as vertical slices (a nested table is one slice).
    func atoms(_ blocks: [Block], width: Double) throws(Diagnostic) -> [VAtom] {
        var out: [VAtom] = []
        for block in blocks {
            switch block {
            case .paragraph(let p):
                if p.spaceBefore > 0 { out.append(VAtom(height: p.spaceBefore, items: [], isSpace: true)) }
                out.append(contentsOf: try paragraphs.lines(p, width: width))
                if p.spaceAfter > 0 { out.append(VAtom(height: p.spaceAfter, items: [], isSpace: true)) }
            case .table(let t):
                let layout = try table(t, width: width)
                var segment = TableSegment(layout: layout, x: 0, y: t.spaceBefore)
                segment.addHeader(layout.header)
                segment.add(layout.body)
                var items: [FrameItem] = []
                try segment.draw(into: &items)
                out.append(VAtom(height: t.spaceBefore + layout.totalHeight + t.spaceAfter, items: items))
            case .image(let image):
                out.append(try self.image(image, width: width))
            case .modules(let grid):
                out.append(modules(grid, width: width))
            case .spacer(let h, _):
                out.append(VAtom(height: max(0, h), items: [], isSpace: true))
            case .rule(let r):
                out.append(rule(r, width: width))
            case .pageBreak:
                break
            }
        }
        return out
    }

    /// Measures a table in `width`.
    func table(_ t: Table, width: Double) throws(Diagnostic) -> TableLayout {
        try TableLayout(t, available: width) { (content, w) throws(Diagnostic) -> [VAtom] in
            try self.atoms(content, width: w)
        }
    }

    /// An image, or an empty frame with its placeholder text centred inside.
    func image(_ image: BlockImage, width: Double) throws(Diagnostic) -> VAtom {
        let x: Double
        switch image.align {
        case .left, .justify: x = 0
        case .center: x = max(0, (width - image.width) / 2)
        case .right: x = max(0, width - image.width)
        }
        let rect = Rect(x: x, y: 0, width: image.width, height: image.height)
        if let path = image.path { return VAtom(height: image.height, items: [.image(ImageItem(rect: rect, path: path))]) }
        var items: [FrameItem] = [.rect(RectItem(rect: rect, stroke: 0.5))]
        if !image.placeholder.isEmpty {
            let p = Paragraph(runs: [TextRun(image.placeholder, style: image.style)], align: .center)
            let lines = try paragraphs.lines(p, width: max(0, image.width - 4))
            var y = max(0, (image.height - lines.height) / 2)
            for line in lines { line.draw(at: x + 2, y, into: &items); y += line.height }
        }
        return VAtom(height: image.height, items: items)
    }

    /// A module grid (QR code): one filled square per dark module, inside a 4-module quiet zone.
    func modules(_ grid: ModuleGrid, width: Double) -> VAtom {
        let n = grid.rows.count
        guard n > 0 else { return VAtom(height: 0, items: []) }
        let x: Double
        switch grid.align {
        case .left, .justify: x = 0
        case .center: x = max(0, (width - grid.size) / 2)
        case .right: x = max(0, width - grid.size)
        }
        let unit = grid.size / Double(n + 8)
        var items: [FrameItem] = []
        for (r, row) in grid.rows.enumerated() {
            var c = 0
            while c < row.count {
                guard row[c] else { c += 1; continue }
                // One rectangle per horizontal run of dark modules keeps the PDF small.
                var end = c
                while end < row.count, row[end] { end += 1 }
                let rect = Rect(x: x + unit * Double(4 + c), y: unit * Double(4 + r), width: unit * Double(end - c), height: unit)
                items.append(.rect(RectItem(rect: rect, stroke: nil, fill: .black)))
                c = end
            }
        }
        return VAtom(height: grid.size, items: items)
    }

    /// A single or thick-and-thin double rule across `width`, with its spacing.
    func rule(_ r: Rule, width: Double) -> VAtom {
        var items: [FrameItem] = []
        var y = r.spaceBefore + r.width / 2
        items.append(.line(LineItem(from: Point(0, y), to: Point(width, y), width: r.width)))
        var height = r.spaceBefore + r.width
        if let second = r.second {
            y += r.width / 2 + r.gap + second / 2
            items.append(.line(LineItem(from: Point(0, y), to: Point(width, y), width: second)))
            height += r.gap + second
        }
        return VAtom(height: height + r.spaceAfter, items: items)
    }
}
