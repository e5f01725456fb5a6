import CCairo
import CFreeType
import CetakCore

/// Keeps an `FT_Face` (and its library) alive for exactly as long as the cairo font face made
/// from it: cairo calls `releaseFaceOwner` when it destroys the font face, which may be after the
/// Swift wrapper is gone (cairo's scaled-font caches hold their own references).
private final class FaceOwner {
    let library: FreeTypeLibrary
    let face: FT_Face
    /// The font bytes of a face opened from memory (freed after the face).
    let memory: HintlessFont?
    init(library: FreeTypeLibrary, face: FT_Face, memory: HintlessFont?) {
        self.library = library; self.face = face; self.memory = memory
    }
    deinit { library.closeFace(face) }
}

/// The user-data key under which the face owner is attached to the cairo font face.
nonisolated(unsafe) private let faceOwnerKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

/// Cairo's destroy callback for the attached face owner.
private func releaseFaceOwner(_ data: UnsafeMutableRawPointer?) {
    guard let data else { return }
    Unmanaged<FaceOwner>.fromOpaque(data).release()
}

/// A cairo font face backed by a FreeType face of one font file, made from its hinting-free copy
/// (`HintlessFont`) when HarfBuzz can make one, so that every PDF embeds lighter font subsets.
///
/// Sendable: cairo font faces are reference counted atomically and may be used from several
/// threads at once; cairo serialises every access to the underlying `FT_Face` through the
/// unscaled font's mutex (`cairo_ft_scaled_font_lock_face`), and we never touch the `FT_Face`
/// ourselves after creation. Each thread still uses its own `cairo_t` and surface.
final class PDFFontFace: @unchecked Sendable {
    /// The cairo face (one reference owned by this wrapper).
    let handle: OpaquePointer
    /// The font it was loaded from.
    let font: FontRefKey

    /// Loads `font` through `library` and wraps it in a cairo face.
    init(font: FontRefKey, library: FreeTypeLibrary) throws(Diagnostic) {
        // The file is checked first, so that a broken font is reported as FreeType sees it.
        let original = try library.openFace(path: font.path, index: font.index)
        let memory = HintlessFont(path: font.path, index: font.index)
        var face = original
        if let memory, let light = try? library.openFace(bytes: memory.bytes, path: font.path) {
            library.closeFace(original)
            face = light
        }
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, Int32(FT_LOAD_NO_HINTING)) else {
            library.closeFace(face)
            throw Diagnostic.font(path: font.path, reason: "cairo could not create a font face")
        }
        let status = cairo_font_face_status(cairoFace)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(cairoFace)
            library.closeFace(face)
            throw Diagnostic.font(path: font.path, reason: cairoStatusText(status))
        }
        let owner = Unmanaged.passRetained(FaceOwner(library: library, face: face, memory: face == original ? nil : memory))
        let attached = cairo_font_face_set_user_data(cairoFace, faceOwnerKey, owner.toOpaque(), releaseFaceOwner)
        guard attached == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(cairoFace)
            owner.release()
            throw Diagnostic.font(path: font.path, reason: cairoStatusText(attached))
        }
        self.handle = cairoFace
        self.font = font
    }

    deinit { cairo_font_face_destroy(handle) }
}
