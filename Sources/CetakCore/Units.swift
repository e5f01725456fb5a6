import Foundation

/// Lengths: everything inside cetak is in PostScript points (1/72 inch).
public enum Units {
    /// Points per millimetre.
    public static let pointsPerMM = 72.0 / 25.4
    /// Millimetres to points.
    public static func mm(_ v: Double) -> Double { v * pointsPerMM }

    /// Parses "20mm", "2cm", "12pt", "1in" or a bare number of points; nil otherwise.
    public static func parseLength(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("mm", pointsPerMM), ("cm", pointsPerMM * 10), ("pt", 1), ("in", 72)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let n = Double(t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) else { return nil }
            return n * factor
        }
        return Double(t)
    }
}
