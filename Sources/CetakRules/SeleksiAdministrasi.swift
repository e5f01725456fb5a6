import Foundation
import CetakCore

/// Seleksi administrasi calon pengawas: requirements R1–R9 of docs/rules.md, evaluated at `tanggal_daftar`.
public enum SeleksiAdministrasi {
    /// The fact printed when a value a requirement needs is missing.
    public static let dataTidakAda = "data tidak ada"

    /// Evaluates all nine requirements, R1 first.
    public static func evaluate(_ input: Input) -> HasilSeleksi {
        HasilSeleksi(results: PersyaratanID.allCases.map { evaluate($0, input) })
    }

    /// Evaluates one requirement.
    public static func evaluate(_ id: PersyaratanID, _ input: Input) -> HasilPersyaratan {
        let check: Check
        switch id {
        case .r1: check = r1(input)
        case .r2: check = r2(input)
        case .r3: check = r3(input)
        case .r4: check = r4(input)
        case .r5: check = r5(input)
        case .r6: check = r6(input)
        case .r7: check = r7(input)
        case .r8: check = r8(input)
        case .r9: check = r9(input)
        }
        return HasilPersyaratan(id: id, label: id.label(proyeksi: input.proyeksiTahun), proof: id.proof,
                                met: check.met, fact: check.fact, dataPresent: check.present)
    }

    /// Whole years and months from one day to another; (0, 0) when `to` is before `from`.
    public static func masaKerja(from: CivilDate, to: CivilDate) -> (years: Int, months: Int) {
        guard let m = MasaKerja(from: from, to: to) else { return (0, 0) }
        return (m.years, m.months)
    }

    /// The nine kinds of document attached to the application letter (SA.01), from seed section II.A.2.a.
    public static let dokumenLampiran: [String] = [
        "Daftar Riwayat Hidup (DRH)",
        "SK Pengangkatan PNS pertama dan terakhir",
        "SK Tugas Tambahan sebagai Wakil Kepala Sekolah/Madrasah",
        "SK Kepala Sekolah/Madrasah",
        "Sertifikat Pendidik",
        "Ijazah Sarjana (S-1)/Diploma IV",
        "SK pangkat terakhir (paling rendah Penata Tingkat I, golongan ruang III/d)",
        "Penilaian Prestasi Kerja PNS (PPKPNS) 2 tahun terakhir",
        "Dokumen keterampilan dan keahlian bidang pengawasan",
    ]

    /// A verdict, the fact it rests on, and whether the data was there.
    struct Check {
        let met: Bool
        let fact: String
        let present: Bool

        static let missing = Check(met: false, fact: SeleksiAdministrasi.dataTidakAda, present: false)
    }
}
