import Foundation
import Testing
import CetakCore
@testable import CetakRules

@Suite struct SeleksiRecordTests {
    private func record(_ fields: [String: Value]) -> Record {
        Record(dataset: "calon", location: nil, fields: fields)
    }

    @Test func readsTheSecondExampleCandidate() throws {
        let r = record([
            "nip": .string("198101232005012003"), "tanggal_lahir": .string("1981-01-23"), "golongan": .string("III/c"),
            "jenjang_satuan": .string("SD/MI"), "bidang_pengawasan": .string("SD/MI"), "tmt_pns": .string("2005-01-01"),
            "lama_wakasek_tahun": .string("5"), "lama_kepsek_tahun": .number(0),
            "nomor_sertifikat_pendidik": .string("98765432109876543"), "pendidikan_terakhir": .string("S1"),
            "bukti_keahlian": .string("2"), "ppkpns_tahun_1": .string("Baik"), "ppkpns_tahun_2": .string("Baik"),
            "tanggal_daftar": .date(day("2026-02-11")),
        ])
        let i = try SeleksiAdministrasi.Input(record: r)
        #expect(i.lamaWakasekTahun == 5)
        #expect(i.buktiKeahlian == 2)
        let h = SeleksiAdministrasi.evaluate(i)
        #expect(h.unmet.map(\.id) == [.r6])
        #expect(h[.r6]?.fact == "golongan III/c")
        #expect(h[.r1]?.fact == "masa kerja 21 tahun 1 bulan")
        #expect(h[.r7]?.fact == "usia 45 tahun 0 bulan")
        #expect(h.code == "TMS")
    }

    @Test func emptyCellsAreMissing() throws {
        let i = try SeleksiAdministrasi.Input(record: record(["tmt_pns": .string(" "), "golongan": .null]),
                                              proyeksiTahun: .satu)
        #expect(i.tmtPNS == nil)
        #expect(i.golongan == nil)
        #expect(i.proyeksiTahun == .satu)
    }

    @Test func wrongKindsAreErrors() {
        #expect(throws: SeleksiInputError.badValue(field: "tmt_pns", value: "2020-02-30", expected: "tanggal")) {
            try SeleksiAdministrasi.Input(record: record(["tmt_pns": .string("2020-02-30")]))
        }
        #expect(throws: SeleksiInputError.badValue(field: "bukti_keahlian", value: "2.5", expected: "bilangan bulat")) {
            try SeleksiAdministrasi.Input(record: record(["bukti_keahlian": .string("2,5")]))
        }
        #expect(throws: SeleksiInputError.self) {
            try SeleksiAdministrasi.Input(record: record(["nip": .string("12345")]))
        }
    }

    @Test func lampiranListsNineDocuments() {
        #expect(SeleksiAdministrasi.dokumenLampiran.count == 9)
        #expect(PersyaratanID.allCases.map(\.rawValue) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"])
        #expect(PersyaratanID.r2 < PersyaratanID.r9)
    }
}
