import CetakCore
import Synchronization

/// The hashable identity of a font file and face index (a `FontRef` without its API surface).
struct FontRefKey: Hashable, Sendable {
    let path: String
    let index: Int
    init(_ font: FontRef) { path = font.path; index = font.index }
}

/// A thread-safe cache from font files to loaded cairo font faces, shared by all writers and
/// renderers of a process so each font file is parsed once.
///
/// One FreeType library is owned by the cache; opening and closing faces is serialised by its
/// lock, and drawing relies on cairo's per-face locking (see `PDFFontFace`). A failed load is
/// not cached: the next request tries again and reports the error again.
public final class PDFFontCache: Sendable {
    /// The process-wide cache.
    public static let shared = PDFFontCache()

    private let library: Result<FreeTypeLibrary, Diagnostic>
    private let faces = Mutex<[FontRefKey: PDFFontFace]>([:])

    /// Creates an empty cache with its own FreeType library.
    public init() {
        do throws(Diagnostic) { library = .success(try FreeTypeLibrary()) } catch { library = .failure(error) }
    }

    /// Loads the font (if not loaded yet) to check that it is usable; throws an error naming the file otherwise.
    public func preload(_ font: FontRef) throws(Diagnostic) {
        _ = try face(for: font)
    }

    /// The cairo face for `font`, loading it on first use.
    func face(for font: FontRef) throws(Diagnostic) -> PDFFontFace {
        let key = FontRefKey(font)
        if let cached = faces.withLock({ $0[key] }) { return cached }
        let loaded = try PDFFontFace(font: key, library: try library.get())
        // Another thread may have loaded the same font meanwhile: keep the first one stored.
        return faces.withLock { table in
            if let existing = table[key] { return existing }
            table[key] = loaded
            return loaded
        }
    }
}
