import CHarfBuzzSubset

/// One face of a font file copied without its TrueType hinting, in memory, for embedding.
///
/// Print and PDF viewers do not run hinting instructions, yet cairo's subsetter copies them (the
/// `fpgm`, `prep` and `cvt ` tables and each glyph's instructions) into every PDF and compresses
/// them again for every file. HarfBuzz's subsetter makes this copy once per run: every glyph kept
/// under its own id (`RETAIN_GIDS`, so the glyph ids of the layout stay valid), every character
/// mapping and glyph name kept, hinting dropped, and the layout tables dropped (cairo embeds only
/// outlines and metrics; shaping reads the original file). Outlines, advances and bounding boxes
/// are unchanged, so pages, text and widths are the same; only the embedded font programs shrink.
final class HintlessFont {
    /// The font's bytes (a single face).
    let bytes: UnsafeRawBufferPointer
    private let blob: OpaquePointer

    /// Copies face `index` of the font file at `path`; nil when HarfBuzz cannot read or subset it
    /// (the caller then embeds the file as it is: correct, only larger).
    init?(path: String, index: Int) {
        guard let file = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(file) }
        guard let source = hb_face_create(file, UInt32(clamping: index)) else { return nil }
        defer { hb_face_destroy(source) }
        let glyphs = hb_face_get_glyph_count(source)
        guard glyphs > 0, let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        hb_set_add_range(hb_subset_input_glyph_set(input), 0, glyphs - 1)
        hb_face_collect_unicodes(source, hb_subset_input_unicode_set(input))
        let drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for table in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx", "mort", "kerx"] {
            hb_set_add(drop, Self.tag(table))
        }
        let flags = HB_SUBSET_FLAGS_NO_HINTING.rawValue | HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue
            | HB_SUBSET_FLAGS_GLYPH_NAMES.rawValue | HB_SUBSET_FLAGS_NOTDEF_OUTLINE.rawValue
            | HB_SUBSET_FLAGS_NAME_LEGACY.rawValue | HB_SUBSET_FLAGS_NO_PRUNE_UNICODE_RANGES.rawValue
        hb_subset_input_set_flags(input, flags)
        guard let subset = hb_subset_or_fail(source, input) else { return nil }
        defer { hb_face_destroy(subset) }
        guard let blob = hb_face_reference_blob(subset) else { return nil }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else {
            hb_blob_destroy(blob)
            return nil
        }
        self.blob = blob
        bytes = UnsafeRawBufferPointer(start: data, count: Int(length))
    }

    deinit { hb_blob_destroy(blob) }

    /// An OpenType table tag as HarfBuzz stores it.
    private static func tag(_ s: String) -> hb_tag_t {
        s.utf8.reduce(0) { $0 << 8 | hb_tag_t($1) }
    }
}
