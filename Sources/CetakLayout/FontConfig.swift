import CetakCore
import CFontconfig

/// Owns a fontconfig configuration (the system's fonts), destroyed with the object.
final class FontConfigHandle {
    let config: OpaquePointer

    init() throws(LayoutError) {
        guard let c = FcInitLoadConfigAndFonts() else { throw .fontconfigFailed("cannot load the font configuration") }
        config = c
    }

    deinit { FcConfigDestroy(config) }

    /// Matches family/bold/italic to a font file; nil when the best match is another family.
    func match(family: String, bold: Bool, italic: Bool) throws(LayoutError) -> FontRef? {
        let pattern = try FontPattern()
        let added = family.withCString { chars in
            chars.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                FcPatternAddString(pattern.pattern, FC_FAMILY, $0)
            }
        }
        guard added != 0 else { throw .fontconfigFailed("cannot build a pattern for '\(family)'") }
        FcPatternAddInteger(pattern.pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern.pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        guard FcConfigSubstitute(config, pattern.pattern, FcMatchPattern) != 0 else {
            throw .fontconfigFailed("substitution for '\(family)'")
        }
        FcDefaultSubstitute(pattern.pattern)
        var result = FcResultNoMatch
        guard let matched = FcFontMatch(config, pattern.pattern, &result) else { return nil }
        let found = FontPattern(owning: matched)
        guard result == FcResultMatch else { return nil }
        if !Self.genericFamilies.contains(family.lowercased()) {
            guard found.strings(FC_FAMILY).contains(where: { $0.equalsIgnoringCase(family) }) else { return nil }
        }
        guard let file = found.strings(FC_FILE).first else { return nil }
        var index: Int32 = 0
        if FcPatternGetInteger(found.pattern, FC_INDEX, 0, &index) != FcResultMatch { index = 0 }
        return FontRef(path: file, index: Int(index))
    }

    /// Names fontconfig resolves to some concrete family: not checked against the match.
    private static let genericFamilies: Set<String> = ["serif", "sans-serif", "sans", "monospace", "mono"]
}

/// Owns an `FcPattern`.
final class FontPattern {
    let pattern: OpaquePointer

    init() throws(LayoutError) {
        guard let p = FcPatternCreate() else { throw .fontconfigFailed("cannot create a pattern") }
        pattern = p
    }

    init(owning p: OpaquePointer) { pattern = p }

    deinit { FcPatternDestroy(pattern) }

    /// Every string value of `object` ("family" lists all the names of the face).
    func strings(_ object: String) -> [String] {
        var out: [String] = []
        var n: Int32 = 0
        while true {
            var value: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(pattern, object, n, &value) == FcResultMatch, let value else { break }
            out.append(String(cString: value))
            n += 1
        }
        return out
    }
}

private extension String {
    func equalsIgnoringCase(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
