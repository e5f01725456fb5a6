import CetakCore
import Testing

/// The geometry reference notices what a coarse PNG comparison may not: a lost border, a moved line.
@Suite struct FrameGeometryTests {
    static let frame = Frame(width: 595.3, height: 841.9, items: [
        .line(LineItem(from: Point(56.7, 120), to: Point(538.6, 120), width: 0.5)),
        .line(LineItem(from: Point(56.7, 140), to: Point(538.6, 140), width: 0.5)),
        .rect(RectItem(rect: Rect(x: 10, y: 10, width: 20, height: 30), stroke: nil, fill: .black)),
    ])

    @Test func aLostBorderLineIsADifference() {
        let reference = FrameGeometry.describe(Self.frame)
        var lost = Self.frame
        lost.items.remove(at: 1)
        let d = FrameGeometry.difference(expected: reference, actual: FrameGeometry.describe(lost))
        #expect(d?.contains("L 2") == true && d?.contains("L 1") == true)
    }

    @Test func movesWithinRoundingAgreeAndLargerOnesDiffer() {
        let reference = FrameGeometry.describe(Self.frame)
        var nudged = Self.frame, moved = Self.frame
        nudged.items[0] = .line(LineItem(from: Point(56.74, 120.04), to: Point(538.6, 120.04), width: 0.5))
        moved.items[0] = .line(LineItem(from: Point(56.7, 120.4), to: Point(538.6, 120.4), width: 0.5))
        #expect(FrameGeometry.difference(expected: reference, actual: FrameGeometry.describe(nudged)) == nil)
        #expect(FrameGeometry.difference(expected: reference, actual: FrameGeometry.describe(moved)) != nil)
        #expect(reference.hasPrefix("page 595.3 841.9\nL 56.7 120 538.6 120 0.5\n"))
    }
}
