import Foundation

/// The level and kind of school a candidate has served in (`jenjang_satuan`).
public enum JenjangSatuan: String, Sendable, Hashable, CaseIterable {
    /// Taman Kanak-kanak / Raudhatul Athfal.
    case tkRA = "TK/RA"
    /// Sekolah Dasar / Madrasah Ibtidaiyah.
    case sdMI = "SD/MI"
    /// Sekolah Luar Biasa.
    case slb = "SLB"
    /// Sekolah Menengah Pertama / Madrasah Tsanawiyah.
    case smpMTs = "SMP/MTs"
    /// Sekolah Menengah Atas / Madrasah Aliyah.
    case smaMA = "SMA/MA"
    /// Sekolah Menengah Kejuruan / Madrasah Aliyah Kejuruan.
    case smkMAK = "SMK/MAK"

    /// The printed name ("SMP/MTs").
    public var label: String { rawValue }

    /// Reads a name tolerantly (case, spaces, one half of the pair: "smp", "MTs", "SMP / MTs"); nil otherwise.
    public static func parse(_ text: String) -> JenjangSatuan? {
        let tokens = JenjangName.tokens(text)
        guard !tokens.isEmpty else { return nil }
        let found = Set(tokens.compactMap { table[$0] })
        guard found.count == 1, tokens.allSatisfy({ table[$0] != nil }) else { return nil }
        return found.first
    }

    private static let table: [String: JenjangSatuan] = [
        "tk": .tkRA, "ra": .tkRA, "paud": .tkRA,
        "sd": .sdMI, "mi": .sdMI,
        "slb": .slb, "plb": .slb, "sdlb": .slb, "smplb": .slb, "smalb": .slb, "smlb": .slb,
        "smp": .smpMTs, "mts": .smpMTs,
        "sma": .smaMA, "ma": .smaMA,
        "smk": .smkMAK, "mak": .smkMAK,
    ]
}

/// Splitting school-level names into comparable tokens.
enum JenjangName {
    /// Lower-case tokens separated by "/", ",", "-", "dan", "atau" or spaces: "SMP / MTs" → ["smp", "mts"].
    static func tokens(_ text: String) -> [String] {
        text.lowercased()
            .split(whereSeparator: { $0 == "/" || $0 == "," || $0 == "-" || $0 == "\\" || $0.isWhitespace })
            .map(String.init)
            .filter { $0 != "dan" && $0 != "atau" && $0 != "&" }
    }

    /// Lower-case letters and digits only: "Pendidikan Agama dan Budi Pekerti" → "pendidikanagamadanbudipekerti".
    static func compact(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
