import CCairo
import CetakCore
import Glibc

/// A decoded PNG or JPEG as a cairo image surface (owned reference, destroyed in deinit).
final class CairoImage {
    /// The image surface.
    let surface: OpaquePointer
    /// Width in pixels.
    let width: Int
    /// Height in pixels.
    let height: Int

    /// Decodes PNG bytes (read from `path`, which names the file in errors); the dimensions are checked
    /// before decoding (`ImageFile.checkPixels`), so a small file claiming 23000 × 23000 pixels is refused
    /// before cairo allocates 2 GB for it.
    init(png bytes: [UInt8], path: String) throws(Diagnostic) {
        guard let header = ImageHeader(bytes.prefix(64)), header.format == .png else {
            throw Diagnostic.image(path: path, reason: "not a readable PNG file (no image header)")
        }
        try ImageFile.checkPixels(width: header.width, height: header.height, path: path)
        let reader = PNGBytes(bytes)
        guard let surface = cairo_image_surface_create_from_png_stream(PNGBytes.read, Unmanaged.passUnretained(reader).toOpaque()) else {
            throw Diagnostic.image(path: path, reason: "cairo returned no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            let reason = status == CAIRO_STATUS_READ_ERROR || status == CAIRO_STATUS_PNG_ERROR || status == CAIRO_STATUS_NO_MEMORY
                ? "the PNG file is damaged or cut short (save it again as PNG)" : cairoStatusText(status)
            throw Diagnostic.image(path: path, reason: reason)
        }
        self.surface = surface
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
    }

    /// Creates a blank (transparent) image, ARGB32 unless told otherwise; `path` names the file in errors.
    init(width: Int, height: Int, path: String, format: cairo_format_t = CAIRO_FORMAT_ARGB32) throws(Diagnostic) {
        guard width > 0, height > 0, width <= ImageHeader.maxSide, height <= ImageHeader.maxSide else {
            throw Diagnostic.cairo(path: path, operation: "cairo_image_surface_create", status: "invalid size \(width) × \(height) px")
        }
        guard let surface = cairo_image_surface_create(format, Int32(width), Int32(height)) else {
            throw Diagnostic.cairo(path: path, operation: "cairo_image_surface_create", status: "no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw Diagnostic.cairo(path: path, operation: "cairo_image_surface_create", status: cairoStatusText(status))
        }
        self.surface = surface
        self.width = width
        self.height = height
    }

    /// The pixels as premultiplied ARGB words, row by row (the surface is in ARGB32 or RGB24).
    func argbPixels() -> [UInt32] {
        cairo_surface_flush(surface)
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return [] }
        var result: [UInt32] = []
        result.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride)
            for x in 0..<width {
                let word = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                result.append(opaque ? word | 0xFF00_0000 : word)
            }
        }
        return result
    }

    deinit { cairo_surface_destroy(surface) }
}

extension CairoImage {
    /// A pixel-identical copy of `image` in a surface of its own; `path` names the image in errors.
    convenience init(copying image: CairoImage, path: String) throws(Diagnostic) {
        try self.init(width: image.width, height: image.height, path: path, format: cairo_image_surface_get_format(image.surface))
        let cr = try CairoContext(surface: surface, path: path)
        cairo_set_operator(cr.handle, CAIRO_OPERATOR_SOURCE)
        cairo_set_source_surface(cr.handle, image.surface, 0, 0)
        cairo_paint(cr.handle)
        try cr.check(path: path, operation: "copying image")
        cairo_surface_flush(surface)
    }
}

/// PNG bytes handed to cairo's stream reader.
private final class PNGBytes {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let me = Unmanaged<PNGBytes>.fromOpaque(closure).takeUnretainedValue()
        let n = Int(length)
        guard me.offset + n <= me.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        me.bytes.withUnsafeBufferPointer { buf in
            if let base = buf.baseAddress { data.update(from: base + me.offset, count: n) }
        }
        me.offset += n
        return CAIRO_STATUS_SUCCESS
    }
}

/// Decoded images by path and use on a page, for one writer or renderer (cairo surfaces are
/// not shared across threads).
///
/// Cairo 1.16 writes a duplicated resource key (`/XObject << /x6 6 0 R /x6 6 0 R >>`, flagged
/// by qpdf and PDF/A validators) when one surface is painted twice on a page. So the n-th use
/// of an image on a page (n ≥ 1) paints the n-th copy of it: each copy becomes one XObject,
/// and every surface is reused on later pages, where cairo shares the XObject. (Sub-surfaces
/// avoid the duplicate key too, but make cairo re-embed the original on every later page.)
final class ImageCache {
    private struct Key: Hashable { let path: String; let use: Int }
    private var images: [Key: CairoImage] = [:]

    /// The image at `path` for its `use`-th appearance on the current page (0 for the first).
    func image(at path: String, use: Int = 0) throws(Diagnostic) -> CairoImage {
        let key = Key(path: path, use: use)
        if let image = images[key] { return image }
        let image = use == 0 ? try CairoImage.load(path) : try CairoImage(copying: self.image(at: path), path: path)
        images[key] = image
        return image
    }
}
