/// Computed values of the Program Kemitraan forms.
public enum Kemitraan {
    /// Whole percent of `done` out of `total`, rounded half up with exact integer arithmetic;
    /// 0 when `total` is 0 or less (1 of 8 → 13, 2 of 3 → 67, 1 of 3 → 33).
    /// Counts beyond 10^15 (no form has them) are taken as 10^15, so the arithmetic cannot overflow.
    public static func percentage(done: Int, total: Int) -> Int {
        let limit = 1_000_000_000_000_000
        guard total > 0 else { return 0 }
        let d = min(max(0, done), limit), t = min(total, limit)
        return (200 * d + t) / (2 * t)
    }

    /// The line under the Laporan Bulanan table: "Jumlah kegiatan: 8; terlaksana: 1 (13%)".
    public static func ringkasan(done: Int, total: Int) -> String {
        "Jumlah kegiatan: \(total); terlaksana: \(done) (\(percentage(done: done, total: total))%)"
    }
}
