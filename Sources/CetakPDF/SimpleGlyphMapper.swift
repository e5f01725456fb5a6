import CFreeType
import CetakCore

/// Maps text to glyphs with a font's cmap and unhinted advances, without shaping (no kerning,
/// ligatures or reordering): enough for tests and debugging of the PDF backend without the
/// layout module. Real documents get their glyphs from HarfBuzz in CetakLayout.
enum SimpleGlyphMapper {
    /// A left-to-right run of `text` in `font` at `size` points, starting at `origin`.
    static func run(_ text: String, font: FontRef, size: Double, origin: Point, color: Color = .black) throws(Diagnostic) -> GlyphRun {
        let library = try FreeTypeLibrary()
        let face = try library.openFace(path: font.path, index: font.index)
        defer { library.closeFace(face) }
        let scale = size / Double(face.pointee.units_per_EM)
        var glyphs: [PositionedGlyph] = []
        var x = 0.0
        var offset = 0
        for scalar in text.unicodeScalars {
            let id = FT_Get_Char_Index(face, FT_ULong(scalar.value))
            guard FT_Load_Glyph(face, id, Int32(FT_LOAD_NO_SCALE)) == 0, let slot = face.pointee.glyph else {
                throw Diagnostic.font(path: font.path, reason: "cannot load glyph \(id) for U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
            glyphs.append(PositionedGlyph(id: UInt32(id), x: x, cluster: offset))
            x += Double(slot.pointee.advance.x) * scale
            offset += String(scalar).utf8.count
        }
        return GlyphRun(font: font, size: size, origin: origin, glyphs: glyphs, text: text, width: x, color: color)
    }
}
