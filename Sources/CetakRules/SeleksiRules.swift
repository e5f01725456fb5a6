import Foundation
import CetakCore

/// The nine checks, one function each.
extension SeleksiAdministrasi {
    static func r1(_ i: Input) -> Check {
        guard let tmt = i.tmtPNS, let daftar = i.tanggalDaftar else { return .missing }
        guard let span = MasaKerja(from: tmt, to: daftar) else {
            return Check(met: false, fact: "TMT PNS \(IndonesianDate.long(tmt)) sesudah tanggal daftar", present: true)
        }
        return Check(met: span.years >= 6, fact: "masa kerja \(span)", present: true)
    }

    static func r2(_ i: Input) -> Check {
        let w = i.lamaWakasekTahun, k = i.lamaKepsekTahun
        if w == nil, k == nil { return .missing }
        let met = (w ?? 0) >= 4 || (k ?? 0) >= 4
        var parts: [String] = []
        if let w { parts.append("wakil kepala \(number(w)) tahun") } else if !met { parts.append("wakil kepala: \(dataTidakAda)") }
        if let k { parts.append("kepala sekolah \(number(k)) tahun") } else if !met { parts.append("kepala sekolah: \(dataTidakAda)") }
        return Check(met: met, fact: parts.joined(separator: ", "), present: true)
    }

    static func r3(_ i: Input) -> Check {
        guard let jText = given(i.jenjangSatuan), let bText = given(i.bidangPengawasan) else { return .missing }
        guard let j = JenjangSatuan.parse(jText) else {
            return Check(met: false, fact: "jenjang \"\(jText)\" tidak dikenal", present: true)
        }
        guard let b = BidangPengawasan.parse(bText) else {
            return Check(met: false, fact: "bidang pengawasan \"\(bText)\" tidak dikenal", present: true)
        }
        let met = b.accepts(j)
        return Check(met: met, fact: "jenjang \(j.label) \(met ? "sesuai" : "tidak sesuai") bidang \(b.label)", present: true)
    }

    static func r4(_ i: Input) -> Check {
        guard let n = given(i.nomorSertifikatPendidik) else { return .missing }
        return Check(met: true, fact: "nomor \(n)", present: true)
    }

    static func r5(_ i: Input) -> Check {
        guard let text = given(i.pendidikanTerakhir) else { return .missing }
        guard let p = Pendidikan.parse(text) else {
            return Check(met: false, fact: "pendidikan \"\(text)\" tidak dikenal", present: true)
        }
        return Check(met: p.atLeastS1OrD4, fact: p.rawValue, present: true)
    }

    static func r6(_ i: Input) -> Check {
        guard let text = given(i.golongan) else { return .missing }
        guard let g = Golongan.parse(text), let minimum = Golongan(golongan: 3, ruang: "d") else {
            return Check(met: false, fact: "golongan \"\(text)\" tidak dikenal", present: true)
        }
        return Check(met: g >= minimum, fact: "golongan \(g)", present: true)
    }

    static func r7(_ i: Input) -> Check {
        guard let birth = i.birthDate, let daftar = i.tanggalDaftar else { return .missing }
        guard let age = MasaKerja(from: birth, to: daftar) else {
            return Check(met: false, fact: "tanggal lahir \(IndonesianDate.long(birth)) sesudah tanggal daftar", present: true)
        }
        return Check(met: age.years <= i.proyeksiTahun.batasUsia, fact: "usia \(age)", present: true)
    }

    static func r8(_ i: Input) -> Check {
        let texts = [given(i.ppkpnsTahun1), given(i.ppkpnsTahun2)]
        if texts.allSatisfy({ $0 == nil }) { return .missing }
        let ratings = texts.map { $0.flatMap(NilaiPPKPNS.parse) }
        let met = ratings.allSatisfy { $0?.atLeastBaik ?? false }
        let words = zip(texts, ratings).map { text, rating -> String in
            guard let text else { return dataTidakAda }
            return rating?.rawValue ?? "\"\(text)\" tidak dikenal"
        }
        if ratings.allSatisfy({ $0 != nil }) {
            return Check(met: met, fact: "\(words[0]) dan \(words[1])", present: true)
        }
        return Check(met: false, fact: "tahun 1: \(words[0]); tahun 2: \(words[1])", present: !texts.contains(where: { $0 == nil }))
    }

    static func r9(_ i: Input) -> Check {
        guard let n = i.buktiKeahlian else { return .missing }
        return Check(met: n >= 1, fact: "\(n) dokumen", present: n >= 1)
    }

    /// The text when it has something besides spaces; nil otherwise (an empty cell is missing data).
    static func given(_ s: String?) -> String? { Input.nonEmpty(s) }

    /// A number as printed: decimal comma, no trailing zeros ("4", "4,5").
    static func number(_ v: Decimal) -> String {
        DecimalText.plain(v).replacingOccurrences(of: ".", with: ",")
    }
}
