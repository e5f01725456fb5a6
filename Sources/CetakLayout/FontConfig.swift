import CetakCore
import CFontconfig

/// Owns a fontconfig configuration (the system's fonts), destroyed with the object.
final class FontConfigHandle {
    let config: OpaquePointer

    init() throws(Diagnostic) {
        guard let c = FcInitLoadConfigAndFonts() else { throw .fontconfigFailed("cannot load the font configuration") }
        config = c
    }

    deinit { FcConfigDestroy(config) }

    /// Matches family/bold/italic to a font file; nil when the best match is another family.
    func match(family: String, bold: Bool, italic: Bool) throws(Diagnostic) -> FontRef? {
        let pattern = try FontPattern()
        let added = family.withCString { chars in
            chars.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) {
                FcPatternAddString(pattern.pattern, FC_FAMILY, $0)
            }
        }
        guard added != 0 else { throw .fontconfigFailed("cannot build a pattern for '\(family)'") }
        try prepare(pattern, bold: bold, italic: italic, for: "'\(family)'")
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

    /// The installed font fontconfig ranks first among those that have a glyph for `scalar` (Javanese,
    /// Balinese, Sundanese, Arabic for Jawi … from the Noto fonts), nearest to the weight and slant asked;
    /// nil when no installed font has it.
    func match(covering scalar: UInt32, bold: Bool, italic: Bool) throws(Diagnostic) -> FontRef? {
        let pattern = try FontPattern()
        guard let wanted = FcCharSetCreate() else { throw .fontconfigFailed("cannot create a character set") }
        defer { FcCharSetDestroy(wanted) }
        FcCharSetAddChar(wanted, scalar)
        FcPatternAddCharSet(pattern.pattern, FC_CHARSET, wanted)
        try prepare(pattern, bold: bold, italic: italic, for: "U+\(String(scalar, radix: 16, uppercase: true))")
        var result = FcResultNoMatch
        guard let sorted = FcFontSort(config, pattern.pattern, FcFalse, nil, &result) else { return nil }
        defer { FcFontSetDestroy(sorted) }
        guard let fonts = sorted.pointee.fonts else { return nil }
        for i in 0..<Int(sorted.pointee.nfont) {
            guard let font = fonts[i] else { continue }
            var has: OpaquePointer?
            guard FcPatternGetCharSet(font, FC_CHARSET, 0, &has) == FcResultMatch, let has, FcCharSetHasChar(has, scalar) != 0 else { continue }
            var file: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch, let file else { continue }
            var index: Int32 = 0
            if FcPatternGetInteger(font, FC_INDEX, 0, &index) != FcResultMatch { index = 0 }
            return FontRef(path: String(cString: file), index: Int(index))
        }
        return nil
    }

    /// Adds weight and slant to a pattern and lets fontconfig fill in the rest, as for any match.
    private func prepare(_ pattern: FontPattern, bold: Bool, italic: Bool, for what: String) throws(Diagnostic) {
        FcPatternAddInteger(pattern.pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern.pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        guard FcConfigSubstitute(config, pattern.pattern, FcMatchPattern) != 0 else { throw .fontconfigFailed("substitution for \(what)") }
        FcDefaultSubstitute(pattern.pattern)
    }

    /// Names fontconfig resolves to some concrete family: not checked against the match.
    private static let genericFamilies: Set<String> = ["serif", "sans-serif", "sans", "monospace", "mono"]
}

/// Owns an `FcPattern`.
final class FontPattern {
    let pattern: OpaquePointer

    init() throws(Diagnostic) {
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
