import CetakCore
import CHarfBuzz

/// One glyph of shaped text, in font units.
struct ShapedGlyph: Sendable {
    /// Glyph id.
    var id: UInt32
    /// Horizontal advance.
    var advance: Int32
    /// Offsets from the pen position (HarfBuzz: y up).
    var xOffset: Int32
    var yOffset: Int32
    /// UTF-8 byte offset of the glyph's cluster in the shaped text.
    var cluster: Int
}

/// A piece of text shaped with one face; widths in font units.
struct ShapedPiece: Sendable {
    /// The face used.
    let face: FontFace
    /// The text of the piece.
    let text: String
    /// Byte offset of the piece inside the text it was cut from.
    let byteOffset: Int
    /// The glyphs.
    let glyphs: [ShapedGlyph]
    /// Sum of advances, font units.
    let advance: Int
    /// Characters of the piece that no installed font has (drawn as the face's empty box).
    var missing: [Character] = []

    /// Advance in points at `size`.
    func width(at size: Double) -> Double { Double(advance) * size / face.upem }
}

/// Owns a HarfBuzz buffer for one shaping call.
final class ShapingBuffer {
    let buffer: OpaquePointer

    init() throws(Diagnostic) {
        guard let b = hb_buffer_create(), hb_buffer_allocation_successful(b) != 0 else {
            throw .shapingFailed("cannot allocate a buffer")
        }
        buffer = b
    }

    deinit { hb_buffer_destroy(buffer) }

    /// Shapes `text` with `face`: glyph ids, advances and clusters in font units.
    func shape(_ text: String, face: FontFace) -> [ShapedGlyph] {
        hb_buffer_clear_contents(buffer)
        var utf8 = Array(text.utf8)
        let count = Int32(utf8.count)
        utf8.withUnsafeMutableBufferPointer { bytes in
            bytes.baseAddress?.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                hb_buffer_add_utf8(buffer, $0, count, 0, count)
            }
        }
        hb_buffer_guess_segment_properties(buffer)
        hb_shape(face.font, buffer, nil, 0)
        var n: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &n), let positions = hb_buffer_get_glyph_positions(buffer, &n) else { return [] }
        var out: [ShapedGlyph] = []
        out.reserveCapacity(Int(n))
        for i in 0..<Int(n) {
            out.append(ShapedGlyph(id: infos[i].codepoint, advance: positions[i].x_advance,
                                   xOffset: positions[i].x_offset, yOffset: positions[i].y_offset,
                                   cluster: Int(infos[i].cluster)))
        }
        return out
    }
}
