import CetakData

/// Makes a document key safe as a file name on every file system (docs/cli.md): no `/`, `\`, `:`,
/// control characters or other reserved characters, no leading dot, at most 120 bytes.
public enum DocumentKey {
    /// The safe form of a key; never empty.
    public static func safe(_ raw: String) -> String {
        // The common key (a NIP, an id, `M01-2019-09`): printable ASCII with no reserved character,
        // kept as it is without walking it character by character (a run computes every key).
        if raw.utf8.count <= 120, let first = raw.utf8.first, first != UInt8(ascii: "."), first != UInt8(ascii: "-"),
           let last = raw.utf8.last, last != UInt8(ascii: "."), last != UInt8(ascii: "-"),
           raw.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !Self.reservedASCII.contains($0) }), !isDeviceName(raw) {
            return raw
        }
        var out = ""
        for ch in CellConversion.trimmedOuter(raw) {
            let bad = ch.unicodeScalars.contains { s in
                s.value < 0x20 || s.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(s)
            }
            if bad || ch == " " { if out.last != "-" { out.append("-") } } else { out.append(ch) }
        }
        while out.utf8.count > 120 { out.removeLast() }
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
}

import Foundation
