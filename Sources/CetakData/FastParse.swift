import CetakCore
import Foundation

/// Byte-level fast paths for the common spellings of dates, numbers and yes/no.
///
/// Each returns nil when the text is not in its simple form, and the caller then asks the
/// general parser of CetakCore (`CivilDate.parse`, `DecimalText.parse`, `YesNo.parse`), so the
/// accepted language is exactly theirs; these only skip Foundation's string machinery for the
/// millions of plain cells of a big file. Inputs are already trimmed.
enum FastParse {
    /// `YYYY-MM-DD`, `D/M/YYYY` or `D-M-YYYY` with ASCII digits: the date, or .some(nil) for
    /// a day that does not exist; nil when the text is not of these simple shapes.
    static func date(_ t: String) -> CivilDate?? {
        t.utf8.withContiguousStorageIfAvailable { b -> CivilDate?? in
            func digits(_ from: Int, _ to: Int) -> Int? {
                var v = 0
                for i in from..<to {
                    let c = b[i]
                    guard c >= 0x30, c <= 0x39 else { return nil }
                    v = v * 10 + Int(c - 0x30)
                }
                return v
            }
            let n = b.count
            if n == 10, b[4] == 0x2D, b[7] == 0x2D, let y = digits(0, 4), let m = digits(5, 7), let d = digits(8, 10) {
                return .some(CivilDate(year: y, month: m, day: d))
            }
            guard n >= 8, n <= 10 else { return nil }
            // D/M/YYYY, DD/MM/YYYY, ... with one separator kind.
            let sep = b[n - 5]
            guard sep == 0x2F || sep == 0x2D, let y = digits(n - 4, n) else { return nil }
            var first = -1
            for i in 0..<(n - 5) where b[i] == sep { first = i; break }
            guard first >= 1, first <= 2, n - 5 - first - 1 >= 1, n - 5 - first - 1 <= 2,
                  let d = digits(0, first), let m = digits(first + 1, n - 5) else { return nil }
            return .some(CivilDate(year: y, month: m, day: d))
        } ?? nil
    }

    /// Up to 18 ASCII digits with an optional sign and at most one `.` or `,` between digits.
    static func number(_ t: String) -> Decimal? {
        t.utf8.withContiguousStorageIfAvailable { b -> Decimal? in
            var i = 0
            var negative = false
            if i < b.count, b[i] == 0x2D || b[i] == 0x2B { negative = b[i] == 0x2D; i += 1 }
            var significand: UInt64 = 0
            var digitCount = 0
            var fraction = -1 // digits after the separator; -1 before it
            var lastWasDigit = false
            while i < b.count {
                let c = b[i]
                if c >= 0x30, c <= 0x39 {
                    guard digitCount < 18 else { return nil } // leave long numbers to DecimalText
                    significand = significand * 10 + UInt64(c - 0x30)
                    digitCount += 1
                    if fraction >= 0 { fraction += 1 }
                    lastWasDigit = true
                } else if (c == 0x2E || c == 0x2C), fraction < 0, lastWasDigit {
                    fraction = 0
                    lastWasDigit = false
                } else {
                    return nil
                }
                i += 1
            }
            guard digitCount > 0, lastWasDigit else { return nil }
            return Decimal(sign: negative && significand != 0 ? .minus : .plus, exponent: -max(fraction, 0),
                           significand: Decimal(significand))
        } ?? nil
    }

    /// The common yes/no spellings in ASCII, any case; nil for anything else.
    static func yesNo(_ t: String) -> Bool? {
        guard t.utf8.count <= 6 else { return nil }
        var lower = ""
        for c in t.utf8 {
            guard c < 0x80 else { return nil }
            lower.unicodeScalars.append(Unicode.Scalar(c >= 0x41 && c <= 0x5A ? c + 0x20 : c))
        }
        switch lower {
        case "ya", "y", "yes", "1", "true", "sudah": return true
        case "tidak", "tdk", "t", "no", "n", "0", "false", "belum": return false
        default: return nil
        }
    }
}
