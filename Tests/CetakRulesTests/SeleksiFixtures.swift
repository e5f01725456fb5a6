import Foundation
import CetakCore
@testable import CetakRules

/// A candidate who meets every requirement (Bambang of examples/calon.csv), to vary one field at a time.
func bambang(proyeksi: ProyeksiTahun = .dua) -> SeleksiAdministrasi.Input {
    SeleksiAdministrasi.Input(
        tanggalDaftar: day("2026-02-10"), tmtPNS: day("1998-03-01"),
        lamaWakasekTahun: 3, lamaKepsekTahun: 6, nomorSertifikatPendidik: "12345678901234567",
        pendidikanTerakhir: "S2", golongan: "IV/a", tanggalLahir: day("1972-05-14"),
        nip: NIP.parse("197205141998031006"), ppkpnsTahun1: "Baik", ppkpnsTahun2: "Sangat Baik",
        buktiKeahlian: 4, jenjangSatuan: "SMP/MTs", bidangPengawasan: "SMP/MTs", proyeksiTahun: proyeksi)
}

/// The verdict on one requirement of an input.
func check(_ id: PersyaratanID, _ input: SeleksiAdministrasi.Input) -> HasilPersyaratan {
    SeleksiAdministrasi.evaluate(id, input)
}
