import Foundation

/// A civil-service golongan ruang, I/a … IV/e, ordered from lowest to highest.
public struct Golongan: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1–4 (printed I–IV).
    public let golongan: Int
    /// "a"…"d" (up to "e" in golongan IV).
    public let ruang: Character

    private static let romans = ["I", "II", "III", "IV"]
    private static let pangkatNames: [String] = [
        "Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I",
        "Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I",
        "Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I",
        "Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama",
    ]

    /// Creates I/a … IV/e; nil for anything else (III/e, V/a).
    public init?(golongan: Int, ruang: Character) {
        let last: Character = golongan == 4 ? "e" : "d"
        guard let r = ruang.lowercased().first, (1...4).contains(golongan), ("a"...last).contains(r) else { return nil }
        self.golongan = golongan
        self.ruang = r
    }

    /// Reads "III/d", "iii/d", "III-d", "III d", "IIId", "3/d" and "Penata Tingkat I (III/d)"; nil otherwise.
    public static func parse(_ text: String) -> Golongan? {
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close,
           let g = parseBare(String(text[text.index(after: open)..<close])) {
            return g
        }
        return parseBare(text)
    }

    private static func parseBare(_ text: String) -> Golongan? {
        let t = text.lowercased().filter { !$0.isWhitespace && $0 != "/" && $0 != "-" && $0 != "." }
        guard let r = t.last, r.isLetter, t.count >= 2 else { return nil }
        let head = String(t.dropLast())
        let number: Int?
        switch head {
        case "i", "1": number = 1
        case "ii", "2": number = 2
        case "iii", "3": number = 3
        case "iv", "4": number = 4
        default: number = nil
        }
        guard let n = number else { return nil }
        return Golongan(golongan: n, ruang: r)
    }

    /// Position in the order I/a = 0 … IV/e = 16.
    public var rank: Int {
        let offset = Int(ruang.asciiValue ?? 97) - 97
        return (golongan - 1) * 4 + offset
    }

    /// "III/d".
    public var description: String { "\(Golongan.romans[golongan - 1])/\(ruang)" }

    /// The pangkat of this golongan ("Penata Tingkat I" for III/d).
    public var pangkat: String { Golongan.pangkatNames[rank] }

    /// Lower rank first.
    public static func < (a: Golongan, b: Golongan) -> Bool { a.rank < b.rank }
}
