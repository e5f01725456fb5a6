import Foundation

/// The field a candidate applies to supervise (`bidang_pengawasan`) and the school levels it may be drawn from.
public enum BidangPengawasan: String, Sendable, Hashable, CaseIterable {
    /// TK/RA, drawn from TK/RA or SD/MI.
    case tkRA = "TK/RA"
    /// SD/MI, drawn from SD/MI.
    case sdMI = "SD/MI"
    /// Pendidikan Luar Biasa, drawn from SLB.
    case plb = "PLB"
    /// SMP/MTs, drawn from SMP/MTs.
    case smpMTs = "SMP/MTs"
    /// SMA/MA, drawn from SMA/MA.
    case smaMA = "SMA/MA"
    /// SMK/MAK, drawn from SMK/MAK.
    case smkMAK = "SMK/MAK"
    /// BK/Konselor/TIK, drawn from SMP/MTs, SMA/MA or SMK/MAK.
    case bkTIK = "BK/TIK"
    /// Pendidikan Agama dan Budi Pekerti, drawn from SD/MI, SMP/MTs, SMA/MA or SMK/MAK.
    case pai = "PAI"

    /// The printed name ("SMP/MTs").
    public var label: String { rawValue }

    /// The school levels this field may be drawn from (docs/rules.md R3, seed list (1)–(8)).
    public var allowedJenjang: Set<JenjangSatuan> {
        switch self {
        case .tkRA: return [.tkRA, .sdMI]
        case .sdMI: return [.sdMI]
        case .plb: return [.slb]
        case .smpMTs: return [.smpMTs]
        case .smaMA: return [.smaMA]
        case .smkMAK: return [.smkMAK]
        case .bkTIK: return [.smpMTs, .smaMA, .smkMAK]
        case .pai: return [.sdMI, .smpMTs, .smaMA, .smkMAK]
        }
    }

    /// True when a candidate from this school level may supervise this field.
    public func accepts(_ jenjang: JenjangSatuan) -> Bool { allowedJenjang.contains(jenjang) }

    /// Reads a name tolerantly: case, spaces, "SMP", "MTs", "BK/Konselor/TIK", "TIK",
    /// "Pendidikan Agama dan Budi Pekerti" / "Pendidikan Agama" / "PAI", "SLB" for PLB; nil otherwise.
    public static func parse(_ text: String) -> BidangPengawasan? {
        let compact = JenjangName.compact(text)
        if compact.hasPrefix("pendidikanagama") || compact == "pai" || compact == "pabp" || compact == "paibp" {
            return .pai
        }
        if compact == "pendidikanluarbiasa" { return .plb }
        if compact.hasPrefix("bimbingan") { return .bkTIK }
        let tokens = JenjangName.tokens(text)
        guard !tokens.isEmpty else { return nil }
        let found = tokens.map { table[$0] }
        guard let first = found.first ?? nil, found.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    private static let table: [String: BidangPengawasan] = [
        "tk": .tkRA, "ra": .tkRA,
        "sd": .sdMI, "mi": .sdMI,
        "plb": .plb, "slb": .plb,
        "smp": .smpMTs, "mts": .smpMTs,
        "sma": .smaMA, "ma": .smaMA,
        "smk": .smkMAK, "mak": .smkMAK,
        "bk": .bkTIK, "konselor": .bkTIK, "tik": .bkTIK, "bimbingankonseling": .bkTIK,
    ]
}
