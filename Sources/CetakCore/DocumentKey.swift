import Foundation

/// Makes a document key safe as a file name on every file system (docs/cli.md): no `/`, `\`, `:`,
/// control characters or other reserved characters, no leading dot, at most 120 bytes; and makes the
/// keys of a run unique, so that every document has a file of its own.
public enum DocumentKey {
    /// The longest safe key, in UTF-8 bytes.
    public static let maxBytes = 120

    /// The safe form of a key; never empty.
    public static func safe(_ raw: String) -> String {
        // The common key (a NIP, an id, `M01-2019-09`): printable ASCII with no reserved character,
        // kept as it is without walking it character by character (a run computes every key).
        if raw.utf8.count <= maxBytes, let first = raw.utf8.first, first != UInt8(ascii: "."), first != UInt8(ascii: "-"),
           let last = raw.utf8.last, last != UInt8(ascii: "."), last != UInt8(ascii: "-"),
           raw.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !reservedASCII.contains($0) }), !isDeviceName(raw) {
            return raw
        }
        var out = ""
        for ch in raw.trimmingCharacters(in: .whitespacesAndNewlines) {
            let bad = ch.unicodeScalars.contains { s in
                s.value < 0x20 || (0x7F...0x9F).contains(s.value) || "/\\:*?\"<>|".unicodeScalars.contains(s)
                    || s.properties.generalCategory == .format || s.properties.generalCategory == .lineSeparator
                    || s.properties.generalCategory == .paragraphSeparator
            }
            if bad || ch == " " { if out.last != "-" { out.append("-") } } else { out.append(ch) }
        }
        out = cut(out, to: maxBytes)
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "dokumen" }
        if isDeviceName(out) { out = "_" + out }
        return out
    }

    /// The bytes a key never keeps (besides control characters and spaces).
    private static let reservedASCII = Set("/\\:*?\"<>|".utf8)

    /// A name Windows reserves for devices, with or without an extension.
    private static func isDeviceName(_ key: String) -> Bool {
        // Every such name is 3 or 4 letters before any dot.
        let length = key.utf8.firstIndex(of: UInt8(ascii: ".")).map { key.utf8.distance(from: key.utf8.startIndex, to: $0) } ?? key.utf8.count
        guard length == 3 || length == 4 else { return false }
        let stem = key.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        let reserved: Set<String> = ["CON", "PRN", "AUX", "NUL"]
        return reserved.contains(stem) || ((stem.hasPrefix("COM") || stem.hasPrefix("LPT")) && stem.count == 4 && stem.last?.isNumber == true)
    }

    /// True when `key` is already safe: one plain file name, the same after `safe`.
    public static func isSafe(_ key: String) -> Bool {
        !key.isEmpty && key != "." && key != ".." && !key.contains("/") && safe(key) == key
    }

    /// The keys (each already safe) made unique, in order: the first of each key keeps it; a later one gets
    /// `-2`, `-3`, … — the first suffix that no key of the run has, nor any key given out before — so that
    /// `A`, `A`, `A-2` become `A`, `A-3`, `A-2`. Keys are compared without regard to case, as the file
    /// systems of Windows and macOS (and a USB stick) compare file names. The result depends only on the
    /// list, so every `--shard` of a run gets the same keys as the full run.
    public static func unique(_ keys: [String]) -> [String] {
        var taken = Set(keys.map(folded))
        if taken.count == keys.count { return keys } // all different already (the usual case)
        var seen = Set<String>()
        var out: [String] = []
        out.reserveCapacity(keys.count)
        for key in keys {
            let f = folded(key)
            if seen.insert(f).inserted { out.append(key); continue }
            var n = 2
            var candidate = withSuffix(key, n)
            while taken.contains(folded(candidate)) { n += 1; candidate = withSuffix(key, n) }
            taken.insert(folded(candidate))
            seen.insert(folded(candidate))
            out.append(candidate)
        }
        return out
    }

    /// `key-n`, the key shortened so that the whole stays within `maxBytes`.
    static func withSuffix(_ key: String, _ n: Int) -> String {
        let suffix = "-\(n)"
        var stem = cut(key, to: maxBytes - suffix.utf8.count)
        while stem.hasSuffix(".") || stem.hasSuffix("-") { stem.removeLast() }
        return (stem.isEmpty ? "dokumen" : stem) + suffix
    }

    static func folded(_ key: String) -> String { key.lowercased() }

    /// The longest prefix of whole characters within `bytes` UTF-8 bytes.
    static func cut(_ s: String, to bytes: Int) -> String {
        guard s.utf8.count > bytes else { return s }
        var out = ""
        var used = 0
        for ch in s {
            let n = String(ch).utf8.count
            if used + n > bytes { break }
            out.append(ch)
            used += n
        }
        return out
    }
}
