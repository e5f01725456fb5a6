import CetakData
import Foundation

/// Data that is not the samples: the sample rows of `Data/<programme>` cloned with other names (one
/// word to very long), NIP serials, counts, dates and texts, written beside the sample context and
/// images into a fresh folder. Deterministic: the same seed gives the same files.
struct SyntheticData {
    /// A CSV file: header and rows by column name.
    struct Sheet {
        var header: [String]
        var rows: [[String: String]]
    }

    /// A small deterministic generator (SplitMix64).
    struct Dice {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// 0..<n.
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        /// One of the items.
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Names from one word to three lines' worth.
    static let names = [
        "Ani", "Yohanes Kambu, S.Pd.", "Maria Goreti Bria, S.Pd.",
        "Dr. Theresia Margaretha Wambrauw-Rumbiak, S.Pd., M.Pd., M.Si.",
        "Fransiskus Xaverius Bonifasius Mandacan Rumbewas Wanggai Kafiar Sawaki, S.Pd., M.Pd.",
        "Hj. Siti Nurhaliza", "Drs. Agustinus Saiba, M.Pd.", "Paulus",
        "Prof. Dr. Ir. Bernadetta Kristina Hehanussa-Latumahina, M.Sc., M.Pd., Ph.D.",
    ]

    let folder: String
    var dice: Dice

    /// A fresh folder holding the sample context, images and datasets of `program`.
    init(program: String, seed: UInt64) throws {
        folder = makeTemporaryFolder()
        dice = Dice(state: seed)
        let source = Repo.root + "/Data/" + program
        // The sample context, images and datasets; the generators write over the datasets they vary.
        for f in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + f, toPath: folder + "/" + f)
        }
    }

    /// The sample sheet `name` of `program`.
    static func sample(_ program: String, _ name: String) throws -> Sheet {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Repo.root + "/Data/\(program)/\(name).csv")))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let firstLine = bytes.prefix { $0 != 0x0A }
        let delimiter: UInt8 = firstLine.filter { $0 == 0x3B }.count > firstLine.filter { $0 == 0x2C }.count ? 0x3B : 0x2C
        let raw = try CSVReader.rawRows(bytes, delimiter: delimiter, file: name)
        let header = raw.first?.fields ?? []
        let rows = raw.dropFirst().map { r in Dictionary(uniqueKeysWithValues: zip(header, r.fields)) }
        return Sheet(header: header, rows: rows)
    }

    /// Writes a sheet as `name.csv`.
    func write(_ name: String, _ sheet: Sheet) throws {
        func field(_ s: String) -> String {
            s.contains(where: { ",\"\n\r;".contains($0) }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var text = sheet.header.map(field).joined(separator: ",") + "\n"
        for r in sheet.rows { text += sheet.header.map { field(r[$0] ?? "") }.joined(separator: ",") + "\n" }
        try text.write(toFile: folder + "/\(name).csv", atomically: true, encoding: .utf8)
    }

    /// A text as short as a word, as written, or as long as two sample texts joined (a row of a
    /// landscape report up to a third of a page: taller rows cannot keep two of them with the closing
    /// matter, see PaginationTests for those).
    mutating func vary(_ text: String, _ others: [String]) -> String {
        switch dice.below(3) {
        case 0: return String(text.split(separator: " ").prefix(1 + dice.below(3)).joined(separator: " "))
        case 1: return text
        default: return text + "; " + dice.pick(others)
        }
    }

    /// `n` rows cloned from the sample's, each with a new name and NIP serial (birth date, TMT and sex
    /// stay the row's, so the NIP still agrees with it).
    mutating func people(_ sheet: Sheet, _ n: Int, name: String = "nama") -> Sheet {
        var out = sheet
        out.rows = (0..<n).map { i in
            var r = sheet.rows[i % sheet.rows.count]
            if let nip = r["nip"], nip.count == 18 { r["nip"] = String(nip.prefix(15)) + String(format: "%03d", i / sheet.rows.count % 999 + 1) }
            r[name] = dice.pick(Self.names)
            return r
        }
        return out
    }

    // MARK: - Programmes

    /// Kemitraan: every mitra with its own number of activities per stage and month (none to dozens,
    /// several on one day), plans of varied length, texts short and long.
    static func kemitraan(seed: UInt64) throws -> String {
        var d = try SyntheticData(program: "kemitraan", seed: seed)
        let peserta = try sample("kemitraan", "peserta")
        let mitra = peserta.rows.filter { $0["peran"] == "mitra" }.compactMap { $0["id"] }
        let imbas = peserta.rows.filter { $0["peran"] == "imbas" }.compactMap { $0["id"] }
        let korwas = peserta.rows.filter { $0["peran"] == "korwas" }.compactMap { $0["id"] }

        let kegiatan = try sample("kemitraan", "kegiatan")
        let texts = kegiatan.rows.compactMap { $0["uraian_pelaksanaan"] }.filter { !$0.isEmpty }
        var rows: [[String: String]] = []
        let counts = [0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 17, 30]
        for (m, id) in mitra.enumerated() {
            // OJL 1 over a few days, several activities a day.
            var day = 22, slot = 0
            for _ in 0..<counts[(m * 5 + Int(seed % 7)) % counts.count] {
                var r = d.dice.pick(kegiatan.rows)
                r["mitra_id"] = id; r["tahap"] = "ojl1"
                r["tanggal"] = String(format: "2019-07-%02d", day)
                r["jam"] = String(format: "%02d.00 – %02d.00", 7 + slot, 8 + slot)
                r["uraian_pelaksanaan"] = d.vary(r["uraian_pelaksanaan"] ?? "", texts)
                rows.append(r)
                slot += 1
                if slot > 1 + d.dice.below(6) { day = min(day + 1, 31); slot = 0 }
            }
            // OJL 2 and 3 by month.
            for (k, month) in ["2019-09", "2019-10", "2019-11", "2019-12", "2020-01"].enumerated() {
                for i in 0..<counts[(m * 3 + k * 7 + Int(seed % 11)) % counts.count] {
                    var r = d.dice.pick(kegiatan.rows)
                    r["mitra_id"] = id; r["tahap"] = k < 2 ? "ojl2" : "ojl3"
                    r["tanggal"] = String(format: "\(month)-%02d", 1 + i % 28)
                    r["terlaksana"] = d.dice.below(5) == 0 ? "tidak" : "ya"
                    for c in ["kegiatan", "tujuan", "indikator_hasil"] { r[c] = d.vary(r[c] ?? "", [r[c] ?? ""]) }
                    r["uraian_pelaksanaan"] = d.vary(r["uraian_pelaksanaan"] ?? "", texts)
                    rows.append(r)
                }
            }
        }
        try d.write("kegiatan", Sheet(header: kegiatan.header, rows: rows))

        let rencana = try sample("kemitraan", "rencana")
        let langkah = rencana.rows.compactMap { $0["langkah"] }.filter { !$0.isEmpty }
        var plans: [[String: String]] = []
        for (jenis, owners) in [("on1", mitra), ("rtl-ojl2", mitra), ("rtl-ojl3", mitra + imbas), ("pendampingan-ojl3", korwas)] {
            let samples = rencana.rows.filter { $0["jenis"] == jenis }
            for (o, owner) in owners.enumerated() {
                for _ in 0..<counts[(o * 7 + jenis.count + Int(seed % 5)) % counts.count] {
                    var r = d.dice.pick(samples)
                    r["pemilik_id"] = owner
                    r["langkah"] = d.vary(r["langkah"] ?? "", langkah)
                    r["tujuan"] = d.vary(r["tujuan"] ?? "", [r["tujuan"] ?? ""])
                    plans.append(r)
                }
            }
        }
        try d.write("rencana", Sheet(header: rencana.header, rows: plans))
        return d.folder
    }

    /// Diklat: `n` candidates with new names and NIP serials, their grades and histories.
    static func diklat(candidates n: Int, seed: UInt64) throws -> String {
        var d = try SyntheticData(program: "diklat", seed: seed)
        let calon = d.people(try sample("diklat", "calon"), n)
        try d.write("calon", calon)
        let nilai = try sample("diklat", "nilai")
        var grades: [[String: String]] = []
        for (i, c) in calon.rows.enumerated() where !nilai.rows.isEmpty {
            var g = nilai.rows[i % nilai.rows.count]
            g["nip"] = c["nip"]
            grades.append(g)
        }
        try d.write("nilai", Sheet(header: nilai.header, rows: grades))
        let riwayat = try sample("diklat", "riwayat")
        var history: [[String: String]] = []
        for c in calon.rows {
            let original = String((c["nip"] ?? "").prefix(15))
            for var r in riwayat.rows where (r["nip"] ?? "").hasPrefix(original) {
                r["nip"] = c["nip"]
                history.append(r)
            }
        }
        try d.write("riwayat", Sheet(header: riwayat.header, rows: history))
        return d.folder
    }

    /// Sekolah Model: `n` candidate fasilitator with new names and NIP serials, the sample schools.
    static func sekolahModel(candidates n: Int, seed: UInt64) throws -> String {
        var d = try SyntheticData(program: "sekolah-model", seed: seed)
        var f = d.people(try sample("sekolah-model", "fasilitator"), n)
        let instansi = f.rows.compactMap { $0["instansi"] }
        for i in f.rows.indices where d.dice.below(3) == 0 { f.rows[i]["instansi"] = d.vary(f.rows[i]["instansi"] ?? "", instansi) }
        try d.write("fasilitator", f)
        return d.folder
    }
}
