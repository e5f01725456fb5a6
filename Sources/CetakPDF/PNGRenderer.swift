import CCairo
import CetakCore

/// Cairo's PNG write callback: appends to the `OutputFile` passed as closure.
private func writePNGToFile(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let file = Unmanaged<OutputFile>.fromOpaque(closure).takeUnretainedValue()
    return file.write(UnsafeRawBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
}

/// Cairo's PNG write callback: appends to the `PNGBytes` passed as closure.
private func writePNGToBytes(_ closure: UnsafeMutableRawPointer?, _ data: UnsafePointer<UInt8>?, _ length: UInt32) -> cairo_status_t {
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<PNGBytes>.fromOpaque(closure).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// The bytes of a PNG being written to memory.
private final class PNGBytes { var bytes: [UInt8] = [] }

/// Renders frames to raster images (for reference snapshots and previews) with the PDF's drawing code.
///
/// A page of `w` × `h` points at `dpi` becomes ⌈w·dpi/72⌉ × ⌈h·dpi/72⌉ pixels on white.
/// Not thread-safe: use one renderer per thread.
public final class PNGRenderer {
    private let drawer: FrameDrawer

    /// Creates a renderer loading fonts from `fonts`.
    public init(fonts: PDFFontCache = .shared) throws(Diagnostic) {
        drawer = try FrameDrawer(fonts: fonts, images: .screen)
    }

    /// The pixel size `frame` gets at `dpi`.
    public static func pixelSize(of frame: Frame, dpi: Double) -> (width: Int, height: Int) {
        (Int((frame.width * dpi / 72).rounded(.up)), Int((frame.height * dpi / 72).rounded(.up)))
    }

    /// Renders `frame` at `dpi` and returns its pixels.
    public func pixels(_ frame: Frame, dpi: Double) throws(Diagnostic) -> RasterImage {
        let image = try render(frame, dpi: dpi, path: "<raster>")
        return RasterImage(width: image.width, height: image.height, pixels: image.argbPixels())
    }

    /// Renders `frame` at `dpi` into a PNG file at `path` (written atomically).
    public func write(_ frame: Frame, dpi: Double, to path: String) throws(Diagnostic) {
        let image = try render(frame, dpi: dpi, path: path)
        let file = try OutputFile(path: path)
        let status = cairo_surface_write_to_png_stream(image.surface, writePNGToFile, Unmanaged.passUnretained(file).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            file.abandon()
            throw Diagnostic.output(path: path, reason: file.writeError ?? cairoStatusText(status))
        }
        try file.commit()
    }

    /// Renders `frame` at `dpi` and returns the PNG file's bytes (a preview sent over HTTP).
    public func png(_ frame: Frame, dpi: Double) throws(Diagnostic) -> [UInt8] {
        let image = try render(frame, dpi: dpi, path: "<png>")
        let out = PNGBytes()
        let status = cairo_surface_write_to_png_stream(image.surface, writePNGToBytes, Unmanaged.passUnretained(out).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw Diagnostic.output(path: "<png>", reason: cairoStatusText(status)) }
        return out.bytes
    }

    private func render(_ frame: Frame, dpi: Double, path: String) throws(Diagnostic) -> CairoImage {
        guard dpi > 0, dpi.isFinite else { throw Diagnostic.cairo(path: path, operation: "render", status: "invalid dpi \(dpi)") }
        let size = Self.pixelSize(of: frame, dpi: dpi)
        let image = try CairoImage(width: size.width, height: size.height, path: path)
        let cr = try CairoContext(surface: image.surface, path: path)
        cairo_set_source_rgb(cr.handle, 1, 1, 1)
        cairo_paint(cr.handle)
        cairo_scale(cr.handle, dpi / 72, dpi / 72)
        try drawer.draw(frame, into: cr, path: path)
        try cr.check(path: path, operation: "render")
        return image
    }
}
