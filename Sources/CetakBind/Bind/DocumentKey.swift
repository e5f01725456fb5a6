/// Makes a document key safe as a file name on every file system (CLI.md): no `/`, `\`, `:`,
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
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix(".") || out.hasSuffix("-") { out.removeLast() }
        while out.utf8.count > 120 { out.removeLast() }
        return out.isEmpty ? "dokumen" : out
    }
}

import Foundation
