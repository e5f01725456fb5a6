import CetakCore
import CHarfBuzz

/// One loaded font face: HarfBuzz blob, face and font (scaled to font units), plus its metrics.
/// Immutable after creation; HarfBuzz fonts made immutable are safe to shape with from many threads.
final class FontFace: @unchecked Sendable {
    /// Where the face comes from, for the backend.
    let ref: FontRef
    /// Units per em: glyph advances are in these units, scale by `size / upem`.
    let upem: Double
    /// Ascender above the baseline, in em (positive).
    let ascender: Double
    /// Descender below the baseline, in em (positive).
    let descender: Double
    /// Underline offset below the baseline, in em (positive = down).
    let underlineOffset: Double
    /// Underline thickness, in em.
    let underlineThickness: Double

    private let blob: OpaquePointer
    private let face: OpaquePointer
    let font: OpaquePointer

    init(ref: FontRef) throws(Diagnostic) {
        guard let blob = hb_blob_create_from_file_or_fail(ref.path) else { throw .fontUnreadable(path: ref.path) }
        guard let face = hb_face_create(blob, UInt32(max(0, ref.index))) else {
            hb_blob_destroy(blob)
            throw .fontUnreadable(path: ref.path)
        }
        let units = hb_face_get_upem(face)
        guard hb_face_get_glyph_count(face) > 0, units > 0, let font = hb_font_create(face) else {
            hb_face_destroy(face)
            hb_blob_destroy(blob)
            throw .fontUnreadable(path: ref.path)
        }
        self.ref = ref
        self.blob = blob
        self.face = face
        self.font = font
        hb_font_set_scale(font, Int32(units), Int32(units))
        hb_font_make_immutable(font)
        let em = Double(units)
        upem = em

        var extents = hb_font_extents_t()
        if hb_font_get_h_extents(font, &extents) != 0, extents.ascender > 0 {
            ascender = Double(extents.ascender) / em
            descender = Double(abs(extents.descender)) / em
        } else {
            ascender = 0.8
            descender = 0.2
        }
        var position: hb_position_t = 0
        underlineOffset = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_UNDERLINE_OFFSET, &position) != 0
            ? -Double(position) / em : 0.1
        var thickness: hb_position_t = 0
        underlineThickness = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_UNDERLINE_SIZE, &thickness) != 0 && thickness > 0
            ? Double(thickness) / em : 0.05
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// Whether the face has a glyph of its own for the scalar.
    func hasGlyph(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0
    }

    /// Whether the face can show every scalar of the character (joiners and variation selectors aside).
    func covers(_ character: Character) -> Bool {
        for s in character.unicodeScalars where !Self.ignorable(s) {
            if !hasGlyph(s) { return false }
        }
        return true
    }

    private static func ignorable(_ s: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(s.value) || s.value == 0x200D || s.value == 0x200C || s.properties.generalCategory == .nonspacingMark
    }
}
