import CFreeType
import CetakCore
import Synchronization

/// One FreeType library instance and the lock that serialises creating and freeing its faces.
///
/// FreeType allows faces of one library to be used from different threads only if
/// `FT_New_Face`/`FT_Done_Face` on that library are serialised; this class does that. It is kept
/// alive by every face opened from it, so `FT_Done_FreeType` runs after the last `FT_Done_Face`,
/// whichever thread cairo drops its last font reference on.
final class FreeTypeLibrary: Sendable {
    private let handle: Mutex<FT_Library?>

    /// Initialises FreeType; fails only when FreeType itself cannot start.
    init() throws(Diagnostic) {
        var library: FT_Library?
        let error = FT_Init_FreeType(&library)
        guard error == 0, let library else {
            throw Diagnostic.font(path: "<freetype>", reason: "FT_Init_FreeType failed (error \(error))")
        }
        handle = Mutex(library)
    }

    deinit {
        handle.withLock { library in
            if let library { FT_Done_FreeType(library) }
            library = nil
        }
    }

    /// Opens face `index` of the font file at `path`, under the library lock.
    func openFace(path: String, index: Int) throws(Diagnostic) -> FT_Face {
        let result: Result<FT_Face, Diagnostic> = handle.withLock { library in
            var face: FT_Face?
            let error = FT_New_Face(library, path, FT_Long(index), &face)
            guard error == 0, let face else {
                return .failure(.font(path: path, reason: Self.describe(error: error, index: index)))
            }
            guard face.pointee.face_flags & FT_Long(FT_FACE_FLAG_SCALABLE) != 0 else {
                FT_Done_Face(face)
                return .failure(.font(path: path, reason: "not a scalable (outline) font"))
            }
            return .success(face)
        }
        return try result.get()
    }

    /// Opens the single face held in `bytes` (which must outlive the face), under the library lock;
    /// `path` names the font in messages.
    func openFace(bytes: UnsafeRawBufferPointer, path: String) throws(Diagnostic) -> FT_Face {
        guard let address = bytes.baseAddress.map(UInt.init(bitPattern:)) else {
            throw Diagnostic.font(path: path, reason: "empty font data")
        }
        let count = bytes.count
        let result: Result<FT_Face, Diagnostic> = handle.withLock { library in
            var face: FT_Face?
            let base = UnsafePointer<FT_Byte>(bitPattern: address)
            let error = FT_New_Memory_Face(library, base, FT_Long(count), 0, &face)
            guard error == 0, let face else {
                return .failure(.font(path: path, reason: Self.describe(error: error, index: 0)))
            }
            return .success(face)
        }
        return try result.get()
    }

    /// Frees a face opened by `openFace`, under the library lock.
    func closeFace(_ face: FT_Face) {
        _ = handle.withLock { _ in FT_Done_Face(face) }
    }

    private static func describe(error: FT_Error, index: Int) -> String {
        switch error {
        case 0x01: return "cannot open file"
        case 0x02: return "unknown file format"
        case 0x03: return "broken file"
        case 0x06: return "no face with index \(index)"
        default: return "FreeType error \(error)"
        }
    }
}
