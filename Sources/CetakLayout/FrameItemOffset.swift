import CetakCore

extension FrameItem {
    /// The same item moved by (dx, dy).
    func offset(_ dx: Double, _ dy: Double) -> FrameItem {
        switch self {
        case .glyphs(var run):
            run.origin = Point(run.origin.x + dx, run.origin.y + dy)
            return .glyphs(run)
        case .line(var line):
            line.from = Point(line.from.x + dx, line.from.y + dy)
            line.to = Point(line.to.x + dx, line.to.y + dy)
            return .line(line)
        case .rect(var rect):
            rect.rect.x += dx; rect.rect.y += dy
            return .rect(rect)
        case .image(var image):
            image.rect.x += dx; image.rect.y += dy
            return .image(image)
        }
    }
}

/// A vertical slice of laid-out content: a line of a paragraph, an image, a rule, a nested table.
/// Items are relative to the slice's top-left corner.
struct VAtom: Sendable {
    /// Height, points.
    var height: Double
    /// What it draws, relative to its top-left.
    var items: [FrameItem]
    /// Space that disappears at the top of a page (a paragraph's space before).
    var isSpace: Bool = false

    /// Appends the items moved to (x, y) into `out`.
    func draw(at x: Double, _ y: Double, into out: inout [FrameItem]) {
        for item in items { out.append(item.offset(x, y)) }
    }
}

extension Array where Element == VAtom {
    /// Total height.
    var height: Double { reduce(0) { $0 + $1.height } }
}
