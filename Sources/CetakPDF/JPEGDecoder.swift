import CCairo
import CTurboJPEG
import CetakCore

/// A TurboJPEG decompressor (libjpeg-turbo), destroyed in deinit. It decodes a JPEG file straight into the
/// pixels of a cairo RGB24 image surface, which is BGRX in memory on the little-endian machines cairo runs on.
final class JPEGDecoder {
    private let handle: tjhandle

    init(path: String) throws(Diagnostic) {
        guard let h = tjInitDecompress() else { throw Diagnostic.image(path: path, reason: "cannot start the JPEG decoder") }
        handle = h
    }

    deinit { tjDestroy(handle) }

    /// The library's message about the last failure.
    private var message: String { tjGetErrorStr2(handle).map { String(cString: $0) } ?? "unknown error" }

    /// Decodes the JPEG bytes into a new image surface; a truncated, damaged or CMYK file throws an error
    /// naming `path` (a damaged photo is refused rather than printed half grey).
    func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> CairoImage {
        var width: Int32 = 0, height: Int32 = 0, subsamp: Int32 = 0, colorspace: Int32 = 0
        let header = bytes.withUnsafeBufferPointer { buf in
            tjDecompressHeader3(handle, buf.baseAddress, UInt(buf.count), &width, &height, &subsamp, &colorspace)
        }
        guard header == 0 else { throw Diagnostic.image(path: path, reason: "not a readable JPEG file (\(message))") }
        try ImageFile.checkPixels(width: Int(width), height: Int(height), path: path)
        if colorspace == Int32(TJCS_CMYK.rawValue) || colorspace == Int32(TJCS_YCCK.rawValue) {
            throw Diagnostic.image(path: path, reason: "a CMYK JPEG: save it as an RGB JPEG or a PNG")
        }
        let image = try CairoImage(width: Int(width), height: Int(height), path: path, format: CAIRO_FORMAT_RGB24)
        let stride = cairo_image_surface_get_stride(image.surface)
        guard let data = cairo_image_surface_get_data(image.surface) else {
            throw Diagnostic.image(path: path, reason: "no pixel buffer for the decoded JPEG")
        }
        cairo_surface_flush(image.surface)
        let status = bytes.withUnsafeBufferPointer { buf in
            tjDecompress2(handle, buf.baseAddress, UInt(buf.count), data, width, stride, height,
                          Int32(TJPF_BGRX.rawValue), TJFLAG_ACCURATEDCT)
        }
        guard status == 0 else { throw Diagnostic.image(path: path, reason: "the JPEG file is damaged or cut short (\(message))") }
        cairo_surface_mark_dirty(image.surface)
        return image
    }
}

/// The image formats cetak draws: PNG (decoded by cairo) and JPEG (decoded by libjpeg-turbo).
public enum ImageFile {
    /// Decodes the file once, to find out before any document is drawn that it can be; the error names the file.
    public static func check(_ path: String) throws(Diagnostic) {
        _ = try CairoImage.load(path)
    }

    /// Refuses dimensions that are empty or too many (`ImageHeader.problem`), before decoding.
    static func checkPixels(width: Int, height: Int, path: String) throws(Diagnostic) {
        if let problem = ImageHeader(format: .png, width: width, height: height).problem { throw Diagnostic.image(path: path, reason: problem) }
    }
}

extension CairoImage {
    /// Decodes a PNG or a JPEG file, by its first bytes; only a regular file of at most `ImageHeader.maxBytes` is read.
    static func load(_ path: String) throws(Diagnostic) -> CairoImage {
        let bytes: [UInt8]
        do { bytes = try InputFile.read(path, limit: ImageHeader.maxBytes) } catch {
            throw Diagnostic.image(path: path, reason: error.message)
        }
        switch ImageHeader.format(of: bytes) {
        case .jpeg: return try JPEGDecoder(path: path).decode(bytes, path: path)
        case .png: return try CairoImage(png: bytes, path: path)
        case nil: throw Diagnostic.image(path: path, reason: "neither a PNG nor a JPEG file (save it as PNG or JPEG)")
        }
    }
}
