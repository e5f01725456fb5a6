import Foundation

/// A highest formal qualification (`pendidikan_terakhir`), as far as the seleksi needs to know.
public enum Pendidikan: String, Sendable, Hashable, CaseIterable {
    /// Sekolah menengah or lower.
    case smaAtauLebihRendah = "SMA"
    /// Diploma I.
    case d1 = "D-I"
    /// Diploma II.
    case d2 = "D-II"
    /// Diploma III.
    case d3 = "D-III"
    /// Diploma IV (sarjana terapan).
    case d4 = "D-IV"
    /// Sarjana.
    case s1 = "S1"
    /// Magister.
    case s2 = "S2"
    /// Doktor.
    case s3 = "S3"

    /// True for S1, D-IV, S2 and S3 (requirement R5).
    public var atLeastS1OrD4: Bool { [.d4, .s1, .s2, .s3].contains(self) }

    /// Reads "S1", "S-1", "s 1", "Sarjana", "D-IV", "D4", "DIV", "S2", "Magister", "S3", "Doktor", "SMA", "SLTA"…,
    /// also followed by a field ("S1 Pendidikan Matematika"); nil otherwise.
    public static func parse(_ text: String) -> Pendidikan? {
        if let whole = parseCompact(text) { return whole }
        guard let first = text.split(whereSeparator: { $0.isWhitespace }).first else { return nil }
        return parseCompact(String(first))
    }

    private static func parseCompact(_ text: String) -> Pendidikan? {
        let t = text.lowercased().filter { $0.isLetter || $0.isNumber }
        switch t {
        case "s1", "sarjana", "strata1": return .s1
        case "s2", "magister", "master", "strata2": return .s2
        case "s3", "doktor", "doctor", "strata3": return .s3
        case "d4", "div", "diplomaiv", "diploma4", "sarjanaterapan": return .d4
        case "d3", "diii", "diplomaiii", "diploma3": return .d3
        case "d2", "dii", "diplomaii", "diploma2": return .d2
        case "d1", "di", "diplomai", "diploma1": return .d1
        case "sma", "slta", "smk", "ma", "smp", "sltp", "sd", "spg", "sgo", "pga": return .smaAtauLebihRendah
        default: return nil
        }
    }
}
