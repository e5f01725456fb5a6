/// Right-to-left words in a left-to-right line, in the order a reader of Jawi or Pegon expects.
///
/// HarfBuzz shapes each word in its own direction (an Arabic-script word comes out in visual order), but a
/// line is laid out left to right word by word; so "محمد عبدالله" would print with its words swapped.
/// This applies the part of the Unicode bidirectional algorithm that names need (rule L2 for one level of
/// embedding in a left-to-right paragraph): a run of right-to-left words — with the spaces and the words
/// of no strong direction (numbers, punctuation) between them — is placed in reverse order. Lines with
/// no right-to-left letter (every form today) are left exactly as they are.
enum BidiOrder {
    /// The line's items in visual order.
    static func visual(_ items: [TextItem]) -> [TextItem] {
        let dirs = items.map(direction)
        guard dirs.contains(.rtl) else { return items }
        var out = items
        var i = 0
        while i < items.count {
            guard dirs[i] == .rtl else { i += 1; continue }
            // Extend over neutrals and spaces up to the last right-to-left word before a left-to-right one.
            var end = i, j = i + 1
            while j < items.count, dirs[j] != .ltr {
                if dirs[j] == .rtl { end = j }
                j += 1
            }
            out.replaceSubrange(i...end, with: items[i...end].reversed())
            i = end + 1
        }
        return out
    }

    enum Direction { case ltr, rtl, neutral }

    /// A word's direction: that of its first letter of a strong direction.
    static func direction(_ item: TextItem) -> Direction {
        guard case .seg(let s) = item else { return .neutral }
        for u in s.text.unicodeScalars {
            // ASCII first: a letter is left to right, anything else has no strong direction (no lookup).
            if u.isASCII {
                if (u >= "A" && u <= "Z") || (u >= "a" && u <= "z") { return .ltr }
                continue
            }
            if isRTL(u.value) { return .rtl }
            if u.properties.isAlphabetic { return .ltr }
        }
        return .neutral
    }

    /// Hebrew, Arabic (with Syriac, Thaana and N'Ko between) and their presentation forms.
    static func isRTL(_ v: UInt32) -> Bool {
        (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
            || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v)
    }
}
