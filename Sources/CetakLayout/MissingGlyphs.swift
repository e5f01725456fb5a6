/// The characters of one document that no installed font has, in the order met: they print as the
/// font's empty box, so the run says which ones, in which script, and what to install — never a silent
/// gap in a name. One per document layout (not shared between threads).
public final class MissingGlyphs {
    /// The characters, each once, in the order met.
    public private(set) var characters: [Character] = []
    private var seen = Set<Character>()

    /// An empty list.
    public init() {}

    /// Notes the missing characters of shaped pieces.
    func note(_ pieces: [ShapedPiece]) {
        for p in pieces { for c in p.missing where seen.insert(c).inserted { characters.append(c) } }
    }

    /// The warning for a character: its code point, its script and the Debian package that has it when one does.
    public static func message(for c: Character) -> String {
        let codes = c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(4) }.joined(separator: " ")
        let (script, package) = script(of: c)
        let install = package.map { "install the Debian package \($0)" } ?? "install a font that has it"
        return "no installed font has the character '\(c)' (\(codes), \(script)): it prints as an empty box; \(install), or check the value"
    }

    /// The script of a character's first scalar, and a Debian font package that covers it.
    static func script(of c: Character) -> (String, String?) {
        guard let v = c.unicodeScalars.first?.value else { return ("unknown script", nil) }
        for (range, name, package) in scripts where range.contains(v) { return (name, package) }
        return ("a script cetak has no font for", nil)
    }

    /// Scripts of Indonesia first (with the package of Noto fonts that has them), then others often met.
    static let scripts: [(ClosedRange<UInt32>, String, String?)] = [
        (0xA980...0xA9DF, "Javanese script (aksara Jawa)", "fonts-noto-core"),
        (0x1B00...0x1B7F, "Balinese script (aksara Bali)", "fonts-noto-core"),
        (0x1B80...0x1BBF, "Sundanese script (aksara Sunda)", "fonts-noto-core"),
        (0x1CC0...0x1CCF, "Sundanese script (aksara Sunda)", "fonts-noto-core"),
        (0x1BC0...0x1BFF, "Batak script", "fonts-noto-core"),
        (0x1A00...0x1A1F, "Buginese script (Lontara)", "fonts-noto-core"),
        (0xA930...0xA95F, "Rejang script", "fonts-noto-core"),
        (0x11EE0...0x11EFF, "Makasar script", nil),
        (0x0600...0x06FF, "Arabic script (Jawi, Pegon)", "fonts-noto-core"),
        (0x0750...0x077F, "Arabic script (Jawi, Pegon)", "fonts-noto-core"),
        (0x08A0...0x08FF, "Arabic script (Jawi, Pegon)", "fonts-noto-core"),
        (0xFB50...0xFDFF, "Arabic script (Jawi, Pegon)", "fonts-noto-core"),
        (0xFE70...0xFEFF, "Arabic script (Jawi, Pegon)", "fonts-noto-core"),
        (0x0900...0x097F, "Devanagari script", "fonts-noto-core"),
        (0x0E00...0x0E7F, "Thai script", "fonts-noto-core"),
        (0x3040...0x30FF, "Japanese kana", "fonts-noto-cjk"),
        (0x3400...0x9FFF, "CJK ideographs (Chinese, Japanese)", "fonts-noto-cjk"),
        (0xAC00...0xD7AF, "Korean Hangul", "fonts-noto-cjk"),
        (0x1F000...0x1FAFF, "emoji", nil),
        (0x2600...0x27BF, "symbols and dingbats", nil),
        (0xE000...0xF8FF, "a private-use character (a font's own symbol, not a letter)", nil),
    ]
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
