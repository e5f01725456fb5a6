/// Makes a document key safe as a file name on every file system (docs/cli.md): no `/`, `\`, `:`,
/// control characters or other reserved characters, no leading dot, at most 120 bytes.
public enum DocumentKey {
    /// The safe form of a key; never empty.
    public static func safe(_ raw: String) -> String {
        var out = ""
        for ch in raw.trimmingCharacters(in: .whitespacesAndNewlines) {
            let bad = ch.unicodeScalars.contains { s in
                s.value < 0x20 || s.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(s)
            }
            if bad || ch == " " { if out.last != "-" { out.append("-") } } else { out.append(ch) }
        }
        while out.utf8.count > 120 { out.removeLast() }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "dokumen" }
        // Names Windows reserves for devices, with or without an extension.
        let stem = out.split(separator: ".", maxSplits: 1).first.map { $0.uppercased() } ?? ""
        let reserved: Set<String> = ["CON", "PRN", "AUX", "NUL"]
        if reserved.contains(stem) || ((stem.hasPrefix("COM") || stem.hasPrefix("LPT")) && stem.count == 4 && stem.last?.isNumber == true) {
            out = "_" + out
        }
        return out
    }
}

import Foundation
