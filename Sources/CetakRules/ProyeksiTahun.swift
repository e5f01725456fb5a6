/// How many years ahead the candidates are recruited for (context `proyeksi_tahun`), which sets the age limit.
public enum ProyeksiTahun: Int, Sendable, Hashable, CaseIterable {
    /// Appointed one year ahead: at most 54 at registration.
    case satu = 1
    /// Appointed two years ahead (the default): at most 53 at registration.
    case dua = 2

    /// The highest age in whole years allowed at `tanggal_daftar` (55 − proyeksi).
    public var batasUsia: Int { 55 - rawValue }
}
