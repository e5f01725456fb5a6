extension StringProtocol {
    /// True when the text is empty or only spaces, tabs and line breaks: a plain scan of the UTF-8
    /// bytes, far cheaper than Foundation's trimming on the paths every cell takes.
    public var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The text without spaces and tabs at either end (a plain scan; no Foundation).
    public var trimmedSpaces: String {
        let u = Array(utf8)
        var a = 0, b = u.count
        while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
        while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 { b -= 1 }
        if a == 0 && b == u.count { return String(self) }
        return String(decoding: u[a..<b], as: UTF8.self)
    }
}
