import CetakCore
@testable import CetakLayout

/// One font book for all tests (it is shared across threads, as in a batch run).
let sharedFonts: Result<FontBook, Diagnostic> = Result { () throws(Diagnostic) -> FontBook in try FontBook() }

func layouter() throws -> Layouter { Layouter(fonts: try sharedFonts.get()) }

let margin = 56.0
let a4 = Paper.a4.size

func style(_ size: Double = 11, bold: Bool = false, underline: Bool = false, family: String = "Liberation Serif",
           fallbacks: [String] = ["DejaVu Sans"]) -> TextStyle {
    TextStyle(family: family, fallbacks: fallbacks, size: size, bold: bold, underline: underline)
}

func para(_ text: String, _ s: TextStyle = style(), align: TextAlign = .left, leader: Leader? = nil,
          shrink: Double? = nil) -> Paragraph {
    Paragraph(runs: [TextRun(text, style: s)], align: align, leader: leader, shrinkToFit: shrink)
}

func cell(_ text: String, colspan: Int = 1, rowspan: Int = 1, align: TextAlign = .left,
          valign: VerticalAlign = .top) -> Cell {
    Cell(content: [.paragraph(para(text, align: align))], colspan: colspan, rowspan: rowspan, valign: valign)
}

func document(_ body: [Block], header: [Block] = [], footer: [Block] = []) -> Document {
    Document(key: "test", title: "Test",
             page: PageSetup(width: a4.width, height: a4.height, margin: (margin, margin, margin, margin),
                             header: header, footer: footer),
             body: body)
}

func layout(_ body: [Block], footer: [Block] = []) throws -> [Frame] {
    try layouter().layout(document(body, footer: footer))
}

extension Frame {
    /// The glyph runs, in painting order.
    var runs: [GlyphRun] { items.compactMap { if case .glyphs(let r) = $0 { return r } else { return nil } } }
    /// The lines.
    var lines: [LineItem] { items.compactMap { if case .line(let l) = $0 { return l } else { return nil } } }
}

/// Baseline offset below a line's top for Liberation Serif at `size`, line height 1.2 (hhea 1825/443 of 2048).
func baselineOffset(_ size: Double = 11) -> Double {
    let asc = 1825.0 / 2048 * size, desc = 443.0 / 2048 * size
    return asc + (size * 1.2 - asc - desc) / 2
}

let loremWords = ("Berdasarkan peta kebutuhan rencana tindak lanjut di sekolah mitra selama tiga tahun kepala sekolah "
    + "menyusun langkah kegiatan pendampingan yang terukur dan berkelanjutan bersama komunitas sekolah inti").split(separator: " ")

func lorem(_ words: Int, seed: Int = 0) -> String {
    (0..<words).map { String(loremWords[($0 * 7 + seed) % loremWords.count]) }.joined(separator: " ")
}
