/// Computed values of the Program Kemitraan forms.
public enum Kemitraan {
    /// Whole percent of `done` out of `total`, rounded half up with exact integer arithmetic;
    /// 0 when `total` is 0 or less (1 of 8 → 13, 2 of 3 → 67, 1 of 3 → 33).
    public static func percentage(done: Int, total: Int) -> Int {
        guard total > 0 else { return 0 }
        let d = max(0, done)
        return (200 * d + total) / (2 * total)
    }

    /// The line under the Laporan Bulanan table: "Jumlah kegiatan: 8; terlaksana: 1 (13%)".
    public static func ringkasan(done: Int, total: Int) -> String {
        "Jumlah kegiatan: \(total); terlaksana: \(done) (\(percentage(done: done, total: total))%)"
    }
}
