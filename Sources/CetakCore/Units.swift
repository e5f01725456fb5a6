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

/// Vertical space that may shrink, when that saves a sheet, by up to `shrink` points (never below
/// zero): written `6mm minus 3mm` in a template; a plain length does not shrink.
public struct FlexSpace: Sendable, Hashable {
    /// The space as laid out normally, points.
    public var natural: Double
    /// How much of it may go, points.
    public var shrink: Double

    /// Creates a space; `shrink` is kept within 0…`natural`.
    public init(_ natural: Double, shrink: Double = 0) {
        self.natural = natural
        self.shrink = min(max(0, shrink), max(0, natural))
    }

    /// Parses "6mm", or "6mm minus 3mm"; nil when either part is not a length.
    public static func parse(_ text: String) -> FlexSpace? {
        let parts = text.lowercased().components(separatedBy: " minus ")
        guard parts.count <= 2, let natural = Units.parseLength(parts[0]) else { return nil }
        guard parts.count == 2 else { return FlexSpace(natural) }
        guard let shrink = Units.parseLength(parts[1]), shrink >= 0, shrink <= natural else { return nil }
        return FlexSpace(natural, shrink: shrink)
    }
}
