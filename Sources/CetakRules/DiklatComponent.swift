/// The nine grade components of the Diklat Calon Pengawas, named as the `nilai.csv` columns.
public enum DiklatComponent: String, Sendable, Hashable, CaseIterable {
    /// OJT-I: Nilai Makalah/Essay (30%).
    case makalah
    /// OJT-I: Nilai Rencana Tindak Pengawasan (30%).
    case rtp
    /// OJT-I: Nilai Sikap dan Perilaku (40%).
    case sikapOJT1 = "sikap_ojt1"
    /// IJT: Kompetensi Pengetahuan, tes akhir (30%).
    case tesAkhir = "tes_akhir"
    /// IJT: Kompetensi Sikap dan Perilaku (20%).
    case sikapIJT = "sikap_ijt"
    /// IJT: Kompetensi Keterampilan (50%).
    case keterampilanIJT = "keterampilan_ijt"
    /// OJT-II: Portofolio, laporan RTL (50%).
    case portofolioOJT2 = "portofolio_ojt2"
    /// OJT-II: Presentasi laporan RTL (30%).
    case presentasiOJT2 = "presentasi_ojt2"
    /// OJT-II: Sikap dan Perilaku (20%).
    case sikapOJT2 = "sikap_ojt2"

    /// The data column holding this component.
    public var column: String { rawValue }
}
