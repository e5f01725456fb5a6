import CetakCore
import Foundation

/// The project's own checks of a rendered PDF, as a careful reader of the printed form would make
/// them, through poppler (`pdffonts`, `pdftotext -tsv`) and `qpdf`:
/// - structure: `qpdf --check` finds nothing, not even a warning;
/// - fonts: every font is embedded (a printer or archive without the font would substitute it);
/// - paper: every page is exactly the paper (either orientation, within 0.01 pt);
/// - inside: no word lies off the page or in its unprintable edge (`edge`, 5 mm);
/// - overlap: no two words cover each other (text run into text: an overflowing cell, a shifted line);
/// - leftovers: no template syntax or programming words printed (`{nama}`, `{{`, null, nil,
///   undefined, NaN, `Optional(`), and no U+FFFD (a glyph that lost its character).
struct PDFCheck {
    /// A word as poppler places it: top-left origin, points.
    struct Word: Equatable {
        var left, top, width, height: Double
        var text: String
        var right: Double { left + width }
        var bottom: Double { top + height }
    }

    /// One page: its size and words.
    struct Page {
        var width, height: Double
        var words: [Word] = []
    }

    /// The paper every page must have.
    var paper: Paper = .a4
    /// Width of the page's edge that must stay free of text.
    var edge: Double = Units.mm(5)

    /// Every problem of one file, each a line naming the check; empty when the file passes.
    func problems(_ path: String) -> [String] {
        var found: [String] = []
        let q = Self.run("/usr/bin/qpdf", ["--check", path])
        if q.code != 0 || q.out.contains("WARNING") {
            found.append("structure: qpdf --check: " + (q.out + q.err).split(separator: "\n").suffix(2).joined(separator: " "))
        }
        let f = Self.run("/usr/bin/pdffonts", [path])
        guard f.code == 0 else { return found + ["fonts: pdffonts cannot read the file: \(f.err)"] }
        found += Self.unembedded(f.out).map { "fonts: '\($0)' is not embedded" }
        let t = Self.run("/usr/bin/pdftotext", ["-tsv", path, "-"])
        guard t.code == 0 else { return found + ["text: pdftotext cannot read the file: \(t.err)"] }
        let pages = Self.pages(tsv: t.out)
        if pages.isEmpty { found.append("text: no pages") }
        for (n, page) in pages.enumerated() {
            found += check(page, number: n + 1)
        }
        let words = pages.flatMap(\.words).map(\.text)
        if !pages.isEmpty, words.joined().trimmingCharacters(in: .whitespaces).isEmpty {
            found.append("text: nothing can be extracted")
        }
        found += Self.leftovers(words).map { "leftover: '\($0)' is printed" }
        return found
    }

    /// Paper, edge and overlap checks of one page.
    func check(_ page: Page, number n: Int) -> [String] {
        var found: [String] = []
        let (w, h) = paper.size
        let portrait = abs(page.width - w) < 0.01 && abs(page.height - h) < 0.01
        let landscape = abs(page.width - h) < 0.01 && abs(page.height - w) < 0.01
        if !portrait && !landscape {
            found.append(String(format: "paper: page %d is %.2f × %.2f pt, not %@ (%.2f × %.2f)", n, page.width, page.height, paper.rawValue, w, h))
        }
        for word in page.words where word.left < edge - 0.5 || word.top < edge - 0.5
            || word.right > page.width - edge + 0.5 || word.bottom > page.height - edge + 0.5 {
            found.append(String(format: "inside: page %d, '%@' at x %.1f–%.1f, y %.1f–%.1f pt is within %.0f mm of the edge or off the page",
                                n, word.text, word.left, word.right, word.top, word.bottom, edge / Units.mm(1)))
        }
        for (a, b) in Self.collisions(page.words) {
            found.append("overlap: page \(n), '\(a.text)' and '\(b.text)' cover each other")
        }
        return found
    }

    /// Pairs of words whose boxes share more than a fifth of the smaller one (poppler's boxes run from
    /// ascent to descent, so lines set close may touch; a real collision covers much more).
    static func collisions(_ words: [Word]) -> [(Word, Word)] {
        let sorted = words.sorted { $0.left < $1.left }
        var out: [(Word, Word)] = []
        for i in sorted.indices {
            let a = sorted[i]
            for b in sorted[(i + 1)...] {
                if b.left >= a.right { break }
                let ix = min(a.right, b.right) - max(a.left, b.left)
                let iy = min(a.bottom, b.bottom) - max(a.top, b.top)
                guard ix > 0.5, iy > 0.5 else { continue }
                let smaller = max(min(a.width * a.height, b.width * b.height), 0.01)
                if ix * iy > 0.2 * smaller { out.append((a, b)) }
            }
        }
        return out
    }

    /// The printed words that are template syntax or a programming value, and U+FFFD.
    static func leftovers(_ words: [String]) -> [String] {
        let programming: Set<String> = ["null", "nil", "undefined", "NaN"]
        var out: [String] = []
        for w in words {
            let bare = w.trimmingCharacters(in: .punctuationCharacters)
            if programming.contains(bare) || w.contains("{{") || w.contains("Optional(") || w.contains("\u{FFFD}") {
                out.append(w)
            } else if let open = w.firstIndex(of: "{"), let close = w[open...].firstIndex(of: "}"), w.index(after: open) < close {
                out.append(w)   // {nama}, {c.nip | nip}: an expression printed instead of its value
            }
        }
        return out
    }

    /// The fonts `pdffonts` lists as not embedded (its `emb` column).
    static func unembedded(_ listing: String) -> [String] {
        let lines = listing.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.first, let emb = header.range(of: " emb ") else { return [] }
        let column = header.distance(from: header.startIndex, to: emb.lowerBound) + 1
        return lines.dropFirst(2).compactMap { line in
            guard line.count >= column + 3 else { return nil }
            let start = line.index(line.startIndex, offsetBy: column)
            let flag = line[start..<line.index(start, offsetBy: 3)]
            return flag == "yes" ? nil : String(line.prefix { $0 != " " })
        }
    }

    /// Pages and words of `pdftotext -tsv` (level 1 rows are pages, level 5 rows words).
    static func pages(tsv: String) -> [Page] {
        var pages: [Page] = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", maxSplits: 11, omittingEmptySubsequences: false)
            guard f.count == 12, let left = Double(f[6]), let top = Double(f[7]), let width = Double(f[8]), let height = Double(f[9]) else { continue }
            switch f[0] {
            case "1": pages.append(Page(width: width, height: height))
            case "5" where !pages.isEmpty:
                pages[pages.count - 1].words.append(Word(left: left, top: top, width: width, height: height, text: String(f[11])))
            default: break
            }
        }
        return pages
    }

    /// Runs a tool; its output through temporary files (as `runTool`).
    static func run(_ tool: String, _ args: [String]) -> (code: Int32, out: String, err: String) {
        do { return try runTool(tool, args) } catch { return (-1, "", "\(tool): \(error)") }
    }
}
