import Foundation
import CetakCore

/// Nilai OJT-I, IJT, OJT-II and Nilai Akhir of one candidate, exact, with sebutan and LULUS.
public struct DiklatGrades: Sendable, Hashable {
    /// Nilai OJT-I = 30% makalah + 30% rtp + 40% sikap_ojt1 (exact).
    public let ojt1: Decimal
    /// Nilai IJT = 30% tes_akhir + 20% sikap_ijt + 50% keterampilan_ijt (exact).
    public let ijt: Decimal
    /// Nilai OJT-II = 50% portofolio + 30% presentasi + 20% sikap_ojt2 (exact).
    public let ojt2: Decimal
    /// NA = 15% OJT-I + 50% IJT + 35% OJT-II, from the unrounded stage values (exact).
    public let nilaiAkhir: Decimal
    /// Decided on NA rounded to two decimals.
    public let sebutan: Sebutan

    /// Computes the grades of checked components.
    public init(_ c: DiklatComponents) {
        ojt1 = DiklatGrades.weighted([(c[.makalah], 30), (c[.rtp], 30), (c[.sikapOJT1], 40)])
        ijt = DiklatGrades.weighted([(c[.tesAkhir], 30), (c[.sikapIJT], 20), (c[.keterampilanIJT], 50)])
        ojt2 = DiklatGrades.weighted([(c[.portofolioOJT2], 50), (c[.presentasiOJT2], 30), (c[.sikapOJT2], 20)])
        nilaiAkhir = DiklatGrades.weighted([(ojt1, 15), (ijt, 50), (ojt2, 35)])
        sebutan = Sebutan(nilaiAkhir: nilaiAkhir)
    }

    /// Checks and grades components given as texts by column name.
    public init(texts: [String: String]) throws(DiklatGradeError) {
        self.init(try DiklatComponents(texts: texts))
    }

    /// True when the sebutan is Baik or Amat Baik.
    public var lulus: Bool { sebutan.lulus }

    /// "LULUS" or "TIDAK LULUS".
    public var keterangan: String { lulus ? "LULUS" : "TIDAK LULUS" }

    /// A value rounded half up to two decimals, as printed.
    public static func rounded(_ v: Decimal) -> Decimal { DecimalText.rounded(v, scale: 2) }

    /// A value as printed: two decimals, decimal comma ("85,08").
    public static func text(_ v: Decimal) -> String { DecimalText.comma(v, scale: 2) }

    /// Σ value × percent / 100, exact (division by 100 only shifts the decimal exponent).
    static func weighted(_ parts: [(Decimal, Int)]) -> Decimal {
        parts.reduce(Decimal(0)) { $0 + $1.0 * Decimal($1.1) } / 100
    }
}
