import CCairo
import Glibc

/// A decoded PNG as a cairo image surface (owned reference, destroyed in deinit).
final class CairoImage {
    /// The image surface.
    let surface: OpaquePointer
    /// Width in pixels.
    let width: Int
    /// Height in pixels.
    let height: Int

    /// Decodes the PNG file at `path`; a missing, unreadable or non-PNG file throws an error naming it.
    init(png path: String) throws(PDFError) {
        // Check readability first: cairo reports a missing file and a bad one alike for some versions.
        guard access(path, R_OK) == 0 else {
            throw PDFError.image(path: path, reason: String(cString: strerror(errno)))
        }
        guard let surface = cairo_image_surface_create_from_png(path) else {
            throw PDFError.image(path: path, reason: "cairo returned no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            let reason = status == CAIRO_STATUS_READ_ERROR || status == CAIRO_STATUS_PNG_ERROR
                ? "not a readable PNG file (\(cairoStatusText(status)))" : cairoStatusText(status)
            throw PDFError.image(path: path, reason: reason)
        }
        self.surface = surface
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
    }

    /// Creates a blank (transparent) ARGB32 image; `path` names the output in errors.
    init(width: Int, height: Int, path: String) throws(PDFError) {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
            throw PDFError.cairo(path: path, operation: "cairo_image_surface_create", status: "invalid size \(width) × \(height) px")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw PDFError.cairo(path: path, operation: "cairo_image_surface_create", status: "no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PDFError.cairo(path: path, operation: "cairo_image_surface_create", status: cairoStatusText(status))
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

/// A view of a whole image as a distinct cairo surface (owned reference, destroyed in deinit).
///
/// Cairo 1.16 writes a duplicated key (`/XObject << /x6 6 0 R /x6 6 0 R >>`) when one surface is
/// painted twice on a PDF page, which qpdf and PDF/A validators flag; the second and later uses
/// of an image on a page therefore paint such a view, which cairo embeds as its own XObject.
final class CairoSubSurface {
    /// The sub-surface.
    let surface: OpaquePointer

    /// Creates a view covering all of `image`.
    init(of image: CairoImage, path: String) throws(PDFError) {
        guard let surface = cairo_surface_create_for_rectangle(image.surface, 0, 0, Double(image.width), Double(image.height)) else {
            throw PDFError.image(path: path, reason: "cairo could not create a sub-surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw PDFError.image(path: path, reason: cairoStatusText(status))
        }
        self.surface = surface
    }

    deinit { cairo_surface_destroy(surface) }
}

/// Decoded images by path, for one writer or renderer (cairo surfaces are not shared across threads).
final class ImageCache {
    private var images: [String: CairoImage] = [:]

    /// The decoded image at `path`, decoding it on first use.
    func image(at path: String) throws(PDFError) -> CairoImage {
        if let image = images[path] { return image }
        let image = try CairoImage(png: path)
        images[path] = image
        return image
    }
}
