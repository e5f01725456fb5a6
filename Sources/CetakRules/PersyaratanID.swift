/// The nine administrative requirements R1–R9 of docs/rules.md, with their printed label and proof document.
public enum PersyaratanID: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Teaching experience as PNS ≥ 6 years.
    case r1 = "R1"
    /// Tugas tambahan as wakil kepala or kepala ≥ 4 years.
    case r2 = "R2"
    /// School level matches the field of supervision.
    case r3 = "R3"
    /// Sertifikat pendidik.
    case r4 = "R4"
    /// Ijazah at least S1/D-IV.
    case r5 = "R5"
    /// Golongan at least III/d.
    case r6 = "R6"
    /// Age limit at registration.
    case r7 = "R7"
    /// PPKPNS at least Baik in the last two years.
    case r8 = "R8"
    /// Skills and expertise in the field of supervision.
    case r9 = "R9"

    /// The requirement as printed in SA.03 and the SA.04 legend (R7 depends on the proyeksi).
    public func label(proyeksi: ProyeksiTahun = .dua) -> String {
        switch self {
        case .r1: return "Guru PNS berpengalaman mengajar paling singkat 6 tahun"
        case .r2: return "Diberi tugas tambahan sebagai wakil kepala atau kepala sekolah/madrasah paling singkat 4 tahun"
        case .r3: return "Jenjang dan jenis satuan pendidikan sesuai dengan bidang pengawasan"
        case .r4: return "Memiliki sertifikat pendidik"
        case .r5: return "Berijazah paling rendah Sarjana (S1)/Diploma IV"
        case .r6: return "Pangkat paling rendah Penata Tingkat I, golongan ruang III/d"
        case .r7: return "Usia paling tinggi \(proyeksi.batasUsia) tahun pada saat mendaftar"
        case .r8: return "Penilaian Prestasi Kerja PNS paling rendah bernilai Baik dalam 2 tahun terakhir"
        case .r9: return "Memiliki keterampilan dan keahlian bidang pengawasan"
        }
    }

    /// The proof document (Bukti Dokumen), from seed section II.A.2.a.3).
    public var proof: String {
        switch self {
        case .r1: return "SK CPNS dan SK PNS"
        case .r2: return "SK Tugas Tambahan Wakil Kepala Sekolah/Madrasah atau SK Kepala Sekolah/Madrasah"
        case .r3: return "SK Wakil Kepala/Kepala Sekolah/Madrasah pada jenjang yang sesuai"
        case .r4: return "Sertifikat Pendidik"
        case .r5: return "Ijazah Sarjana (S1)/Diploma IV"
        case .r6: return "SK Kenaikan Pangkat terakhir"
        case .r7: return "SK CPNS dan SK PNS"
        case .r8: return "PPKPNS 2 tahun terakhir"
        case .r9: return "Dokumen keterampilan dan keahlian bidang pengawasan"
        }
    }

    /// In order R1 … R9.
    public static func < (a: PersyaratanID, b: PersyaratanID) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
