import CetakCore
import Foundation

/// A page's geometry as text, one item a line in painting order: every line, rectangle and image with
/// its position and size, every glyph run with its origin, size and text, in points rounded to 0.1.
/// A lost table border, a moved signature or a row on the wrong page changes it; a 24 dpi PNG with a
/// 1 % tolerance may not notice.
enum FrameGeometry {
    /// The geometry of `frame`.
    static func describe(_ frame: Frame) -> String {
        var out = ["page \(r(frame.width)) \(r(frame.height))"]
        for item in frame.items {
            switch item {
            case .line(let l):
                out.append("L \(r(l.from.x)) \(r(l.from.y)) \(r(l.to.x)) \(r(l.to.y)) \(r(l.width))\(l.dash.isEmpty ? "" : " dash")")
            case .rect(let b):
                out.append("R \(r(b.rect.x)) \(r(b.rect.y)) \(r(b.rect.width)) \(r(b.rect.height)) \(b.stroke.map(r) ?? "-") \(b.fill == nil ? "-" : "fill")")
            case .image(let i):
                out.append("I \(r(i.rect.x)) \(r(i.rect.y)) \(r(i.rect.width)) \(r(i.rect.height)) \((i.path as NSString).lastPathComponent)")
            case .glyphs(let g):
                out.append("T \(r(g.origin.x)) \(r(g.origin.y)) \(r(g.size)) \(g.text)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Where `actual` differs from `expected` by more than `tolerance` points in a number, or in any
    /// word or count; nil when they agree.
    static func difference(expected: String, actual: String, tolerance: Double = 0.15) -> String? {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        func kinds(_ lines: [Substring]) -> String {
            var n: [Character: Int] = [:]
            for l in lines { if let k = l.first { n[k, default: 0] += 1 } }
            return "L \(n["L"] ?? 0), R \(n["R"] ?? 0), I \(n["I"] ?? 0), T \(n["T"] ?? 0)"
        }
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : "(nothing)", y = i < a.count ? a[i] : "(nothing)"
            if !same(x, y, tolerance) {
                return "item \(i): expected \"\(x)\", got \"\(y)\" (expected \(kinds(e)); got \(kinds(a)))"
            }
        }
        return nil
    }

    /// Two lines agree: the same words, numbers within the tolerance (a glyph run's text compared whole).
    private static func same(_ x: Substring, _ y: Substring, _ tolerance: Double) -> Bool {
        if x == y { return true }
        let isText = x.hasPrefix("T ") && y.hasPrefix("T ")
        let xs = x.split(separator: " ", maxSplits: isText ? 4 : Int.max, omittingEmptySubsequences: false)
        let ys = y.split(separator: " ", maxSplits: isText ? 4 : Int.max, omittingEmptySubsequences: false)
        guard xs.count == ys.count else { return false }
        for (p, q) in zip(xs, ys) where p != q {
            guard let u = Double(p), let v = Double(q), abs(u - v) <= tolerance else { return false }
        }
        return true
    }

    private static func r(_ v: Double) -> String {
        let t = (v * 10).rounded() / 10
        return t == t.rounded() ? String(Int(t)) : String(format: "%.1f", t)
    }
}
