import Foundation
import CetakCore

extension SeleksiAdministrasi {
    /// The candidate's fields the seleksi reads (`calon.csv`); nil where the data is empty.
    public struct Input: Sendable, Hashable {
        /// `tanggal_daftar`: the day the requirements are evaluated at.
        public var tanggalDaftar: CivilDate?
        /// `tmt_pns`: start of service as PNS (R1).
        public var tmtPNS: CivilDate?
        /// `lama_wakasek_tahun` (R2).
        public var lamaWakasekTahun: Decimal?
        /// `lama_kepsek_tahun` (R2).
        public var lamaKepsekTahun: Decimal?
        /// `nomor_sertifikat_pendidik` (R4).
        public var nomorSertifikatPendidik: String?
        /// `pendidikan_terakhir` (R5).
        public var pendidikanTerakhir: String?
        /// `golongan`, e.g. "III/d" (R6).
        public var golongan: String?
        /// `tanggal_lahir` (R7); the NIP's birth date is used when nil.
        public var tanggalLahir: CivilDate?
        /// The candidate's NIP, for the birth date when `tanggalLahir` is nil.
        public var nip: NIP?
        /// `ppkpns_tahun_1` (R8).
        public var ppkpnsTahun1: String?
        /// `ppkpns_tahun_2` (R8).
        public var ppkpnsTahun2: String?
        /// `bukti_keahlian`: number of documents (R9).
        public var buktiKeahlian: Int?
        /// `jenjang_satuan` (R3).
        public var jenjangSatuan: String?
        /// `bidang_pengawasan` (R3).
        public var bidangPengawasan: String?
        /// Context `proyeksi_tahun` (R7), 2 by default.
        public var proyeksiTahun: ProyeksiTahun

        /// Creates an input; every field defaults to missing. Empty texts count as missing.
        public init(tanggalDaftar: CivilDate? = nil, tmtPNS: CivilDate? = nil,
                    lamaWakasekTahun: Decimal? = nil, lamaKepsekTahun: Decimal? = nil,
                    nomorSertifikatPendidik: String? = nil, pendidikanTerakhir: String? = nil,
                    golongan: String? = nil, tanggalLahir: CivilDate? = nil, nip: NIP? = nil,
                    ppkpnsTahun1: String? = nil, ppkpnsTahun2: String? = nil, buktiKeahlian: Int? = nil,
                    jenjangSatuan: String? = nil, bidangPengawasan: String? = nil,
                    proyeksiTahun: ProyeksiTahun = .dua) {
            self.tanggalDaftar = tanggalDaftar
            self.tmtPNS = tmtPNS
            self.lamaWakasekTahun = lamaWakasekTahun
            self.lamaKepsekTahun = lamaKepsekTahun
            self.nomorSertifikatPendidik = Input.nonEmpty(nomorSertifikatPendidik)
            self.pendidikanTerakhir = Input.nonEmpty(pendidikanTerakhir)
            self.golongan = Input.nonEmpty(golongan)
            self.tanggalLahir = tanggalLahir
            self.nip = nip
            self.ppkpnsTahun1 = Input.nonEmpty(ppkpnsTahun1)
            self.ppkpnsTahun2 = Input.nonEmpty(ppkpnsTahun2)
            self.buktiKeahlian = buktiKeahlian
            self.jenjangSatuan = Input.nonEmpty(jenjangSatuan)
            self.bidangPengawasan = Input.nonEmpty(bidangPengawasan)
            self.proyeksiTahun = proyeksiTahun
        }

        /// Reads a `calon` record (columns of docs/data.md); a present value of the wrong kind is an error.
        public init(record: Record, proyeksiTahun: ProyeksiTahun = .dua) throws(SeleksiInputError) {
            let r = RecordReader(record: record)
            self.init(tanggalDaftar: try r.date("tanggal_daftar"), tmtPNS: try r.date("tmt_pns"),
                      lamaWakasekTahun: try r.decimal("lama_wakasek_tahun"),
                      lamaKepsekTahun: try r.decimal("lama_kepsek_tahun"),
                      nomorSertifikatPendidik: r.text("nomor_sertifikat_pendidik"),
                      pendidikanTerakhir: r.text("pendidikan_terakhir"), golongan: r.text("golongan"),
                      tanggalLahir: try r.date("tanggal_lahir"), nip: try r.nip("nip"),
                      ppkpnsTahun1: r.text("ppkpns_tahun_1"), ppkpnsTahun2: r.text("ppkpns_tahun_2"),
                      buktiKeahlian: try r.integer("bukti_keahlian"),
                      jenjangSatuan: r.text("jenjang_satuan"), bidangPengawasan: r.text("bidang_pengawasan"),
                      proyeksiTahun: proyeksiTahun)
        }

        /// The birth date: `tanggal_lahir`, else the NIP's.
        public var birthDate: CivilDate? { tanggalLahir ?? nip?.birthDate }

        static func nonEmpty(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
    }
}
