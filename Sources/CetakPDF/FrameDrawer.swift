import CCairo
import CetakCore

/// Paints frames onto a cairo context; the one drawing path shared by the PDF writer and the PNG renderer.
///
/// Coordinates need no conversion: cairo's user space, like a frame, has its origin at the top
/// left with y growing downwards, in points (the PNG renderer scales the context for its DPI).
final class FrameDrawer {
    /// How images are resampled: smoothly on screen (PNG), as the page's pixels in print, where
    /// PDF/A forbids asking the viewer to interpolate (ISO 19005-2 §6.2.8: `/Interpolate` false).
    enum ImageSampling { case screen, print }

    private let fonts: PDFFontCache
    private let images = ImageCache()
    private let fontOptions: OpaquePointer
    private let sampling: ImageSampling

    /// Creates a drawer loading fonts from `fonts`.
    init(fonts: PDFFontCache, images sampling: ImageSampling) throws(Diagnostic) {
        guard let options = cairo_font_options_create() else {
            throw Diagnostic.cairo(path: "<font options>", operation: "cairo_font_options_create", status: "no memory")
        }
        let status = cairo_font_options_status(options)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_font_options_destroy(options)
            throw Diagnostic.cairo(path: "<font options>", operation: "cairo_font_options_create", status: cairoStatusText(status))
        }
        // Unhinted outlines and metrics: positions are exactly the frame's, at every resolution.
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        fontOptions = options
        self.fonts = fonts
        self.sampling = sampling
    }

    deinit { cairo_font_options_destroy(fontOptions) }

    /// Loads every image `frame` paints (as `draw` will ask for them), so that a missing or broken
    /// file is reported before anything of the page reaches cairo.
    func prepare(_ frame: Frame) throws(Diagnostic) {
        var uses: [String: Int] = [:]
        for case .image(let image) in frame.items {
            let use = uses[image.path, default: 0]
            uses[image.path] = use + 1
            _ = try images.image(at: image.path, use: use)
        }
    }

    /// Draws every item of `frame`, in order, into `cr`; errors name `path` (the output) or the failing input file.
    func draw(_ frame: Frame, into cr: CairoContext, path: String) throws(Diagnostic) {
        var imageUses: [String: Int] = [:]
        let items = frame.items
        // Glyph batches set everything they draw with (face, size, colour; the options once per page),
        // so they need no save and restore of the graphics state; lines, rectangles and images do.
        cairo_set_font_options(cr.handle, fontOptions)
        var i = 0
        while i < items.count {
            // Consecutive runs in one font, size and colour (the words of a line, of a cell) go to
            // cairo in one call: far fewer operators, same glyphs, same text.
            if case .glyphs(let first) = items[i] {
                var j = i + 1
                while j < items.count, case .glyphs(let r) = items[j], r.font == first.font, r.size == first.size, r.color == first.color {
                    j += 1
                }
                try draw(items[i..<j], first: first, into: cr.handle)
                try cr.check(path: path, operation: "drawing")
                i = j
                continue
            }
            let item = items[i]
            i += 1
            cairo_save(cr.handle)
            switch item {
            case .glyphs: break
            case .line(let line): draw(line, into: cr.handle)
            case .rect(let rect): draw(rect, into: cr.handle)
            case .image(let image):
                let use = imageUses[image.path, default: 0]
                imageUses[image.path] = use + 1
                try draw(image, into: cr.handle, use: use)
            }
            cairo_restore(cr.handle)
            try cr.check(path: path, operation: "drawing")
        }
    }

    private func setColor(_ color: Color, _ cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.r, color.g, color.b)
    }

    // Buffers reused from batch to batch (a drawer is used by one thread).
    private var glyphBuffer: [cairo_glyph_t] = []
    private var clusterBuffer: [cairo_text_cluster_t] = []
    private var textBuffer: [UInt8] = []

    /// Draws glyph runs (`items`, all `.glyphs`) of one font, size and colour with one
    /// `cairo_show_text_glyphs`: their texts joined, their cluster maps joined. A run whose clusters
    /// go backwards (right to left) is drawn on its own with the backward flag.
    private func draw(_ items: ArraySlice<FrameItem>, first: GlyphRun, into cr: OpaquePointer) throws(Diagnostic) {
        guard first.size > 0 else { return }
        let face = try fonts.face(for: first.font)
        cairo_set_font_face(cr, face.handle)
        cairo_set_font_size(cr, first.size)
        setColor(first.color, cr)
        glyphBuffer.removeAll(keepingCapacity: true)
        clusterBuffer.removeAll(keepingCapacity: true)
        textBuffer.removeAll(keepingCapacity: true)
        for case .glyphs(let run) in items where !run.glyphs.isEmpty {
            let start = textBuffer.count
            textBuffer.append(contentsOf: run.text.utf8)
            let bytes = textBuffer.count - start
            guard bytes > 0 else {
                // No text to map: the glyphs alone.
                textBuffer.removeSubrange(start...)
                show(textFor: nil, run, cr)
                continue
            }
            let mark = clusterBuffer.count
            let backward = run.glyphs.withUnsafeBufferPointer { g in
                GlyphClusters.build(count: g.count, textBytes: bytes, offset: { g[$0].cluster }) {
                    clusterBuffer.append(cairo_text_cluster_t(num_bytes: Int32($0), num_glyphs: Int32($1)))
                }
            }
            if backward {
                clusterBuffer.removeSubrange(mark...)
                textBuffer.removeSubrange(start...)
                show(textFor: run.text, run, cr)
                continue
            }
            let (x, y) = (run.origin.x, run.origin.y)
            for g in run.glyphs { glyphBuffer.append(cairo_glyph_t(index: UInt(g.id), x: x + g.x, y: y + g.y)) }
        }
        guard !glyphBuffer.isEmpty else { return }
        showBuffers(cr, flags: cairo_text_cluster_flags_t(0))
    }

    /// Draws one run alone: with its text and cluster map (`text`, possibly right to left), or glyphs only.
    private func show(textFor text: String?, _ run: GlyphRun, _ cr: OpaquePointer) {
        let keep = (glyphBuffer, clusterBuffer, textBuffer)
        defer { (glyphBuffer, clusterBuffer, textBuffer) = keep }
        glyphBuffer = run.glyphs.map { cairo_glyph_t(index: UInt($0.id), x: run.origin.x + $0.x, y: run.origin.y + $0.y) }
        guard let text else {
            glyphBuffer.withUnsafeBufferPointer { cairo_show_glyphs(cr, $0.baseAddress, Int32($0.count)) }
            return
        }
        textBuffer = Array(text.utf8)
        clusterBuffer = []
        let backward = run.glyphs.withUnsafeBufferPointer { g in
            GlyphClusters.build(count: g.count, textBytes: textBuffer.count, offset: { g[$0].cluster }) {
                clusterBuffer.append(cairo_text_cluster_t(num_bytes: Int32($0), num_glyphs: Int32($1)))
            }
        }
        showBuffers(cr, flags: backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t(0))
    }

    /// `cairo_show_text_glyphs` of the buffers.
    private func showBuffers(_ cr: OpaquePointer, flags: cairo_text_cluster_flags_t) {
        textBuffer.withUnsafeBufferPointer { t in
            t.withMemoryRebound(to: CChar.self) { chars in
                glyphBuffer.withUnsafeBufferPointer { g in
                    clusterBuffer.withUnsafeBufferPointer { c in
                        cairo_show_text_glyphs(cr, chars.baseAddress, Int32(chars.count),
                                               g.baseAddress, Int32(g.count), c.baseAddress, Int32(c.count), flags)
                    }
                }
            }
        }
    }

    private func draw(_ line: LineItem, into cr: OpaquePointer) {
        guard line.width >= 0 else { return }
        setColor(line.color, cr)
        cairo_set_line_width(cr, line.width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        // Cairo rejects negative or all-zero dash arrays (a sticky error); draw those solid.
        let dash = line.dash.allSatisfy({ $0 >= 0 }) && line.dash.contains(where: { $0 > 0 }) ? line.dash : []
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_move_to(cr, line.from.x, line.from.y)
        cairo_line_to(cr, line.to.x, line.to.y)
        cairo_stroke(cr)
    }

    private func draw(_ item: RectItem, into cr: OpaquePointer) {
        let r = item.rect
        if let fill = item.fill {
            setColor(fill, cr)
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_fill(cr)
        }
        if let stroke = item.stroke, stroke >= 0 {
            setColor(item.color, cr)
            cairo_set_line_width(cr, stroke)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
            cairo_rectangle(cr, r.x, r.y, r.width, r.height)
            cairo_stroke(cr)
        }
    }

    /// Paints an image scaled into its rectangle; `use` counts earlier uses on this page (see `ImageCache`).
    private func draw(_ item: ImageItem, into cr: OpaquePointer, use: Int) throws(Diagnostic) {
        let image = try images.image(at: item.path, use: use)
        guard image.width > 0, image.height > 0, item.rect.width > 0, item.rect.height > 0 else { return }
        cairo_rectangle(cr, item.rect.x, item.rect.y, item.rect.width, item.rect.height)
        cairo_clip(cr)
        cairo_translate(cr, item.rect.x, item.rect.y)
        cairo_scale(cr, item.rect.width / Double(image.width), item.rect.height / Double(image.height))
        cairo_set_source_surface(cr, image.surface, 0, 0)
        // Cairo's PDF surface writes `/Interpolate true` for its default (good) filter, false for the fast one.
        if sampling == .print { cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_FAST) }
        cairo_paint(cr)
    }
}
