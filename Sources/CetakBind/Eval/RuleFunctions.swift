import CetakCore
import CetakRules
import Foundation

/// Functions that put the rules of docs/rules.md (CetakRules) at the templates' disposal. Each turns
/// typed rule results into plain records, so templates print `seleksi.r1.fakta` or `n.na | desimal`.
enum RuleFunctions {
    static func record(_ fields: [String: Value]) -> Value {
        .record(Record(dataset: "rule", location: nil, fields: fields))
    }

    /// `seleksi(calon, proyeksi_tahun)`: the nine requirements and the conclusion.
    static func seleksi(_ a: [Value]) throws(Diagnostic) -> Value {
        guard case .record(let calon) = Functions.arg(a, 0) else { return .null }
        // 1 or 2 (docs/rules.md R7), 2 when empty: 3, 2.5 or -1 are an error, never silently 2.
        let p = try Functions.whole(Functions.arg(a, 1), in: 1...2, default: 2, "proyeksi_tahun (seleksi)")
        let proyeksi = ProyeksiTahun(rawValue: p) ?? .dua
        let input: SeleksiAdministrasi.Input
        do { input = try SeleksiAdministrasi.Input(record: calon, proyeksiTahun: proyeksi) } catch {
            throw Diagnostic.eval("\(error)")
        }
        let hasil = SeleksiAdministrasi.evaluate(input)
        var fields: [String: Value] = [
            "ms": .bool(hasil.memenuhiSyarat), "kode": .string(hasil.code), "kesimpulan": .string(hasil.kesimpulan),
        ]
        var list: [Value] = []
        for r in hasil.results {
            // Equal results are one record (`SharedValues`): the key is every field of it.
            let id = r.id.rawValue.uppercased()
            let v = SharedValues.requirements.value([id, r.label, r.proof, r.ada, r.met ? "1" : "0", r.verdict, r.fact, r.mark]) {
                record([
                    "id": .string(id), "persyaratan": .string(r.label), "bukti": .string(r.proof),
                    "ada": .string(r.ada), "memenuhi": .bool(r.met), "putusan": .string(r.verdict), "fakta": .string(r.fact),
                    "tanda": .string(r.mark),
                ])
            }
            list.append(v)
            fields[r.id.rawValue.lowercased()] = v
        }
        fields["syarat"] = .list(list)
        return record(fields)
    }

    /// `nilai(row)`: the stage values, Nilai Akhir, Sebutan and LULUS from the nine components.
    static func nilai(_ a: [Value]) throws(Diagnostic) -> Value {
        guard case .record(let r) = Functions.arg(a, 0) else { return .null }
        let g: DiklatGrades
        do { g = DiklatGrades(try DiklatComponents(record: r)) } catch { throw Diagnostic.eval(error.description) }
        return record([
            "ojt1": .number(DiklatGrades.rounded(g.ojt1)), "ijt": .number(DiklatGrades.rounded(g.ijt)),
            "ojt2": .number(DiklatGrades.rounded(g.ojt2)), "na": .number(DiklatGrades.rounded(g.nilaiAkhir)),
            "sebutan": .string(g.sebutan.label), "lulus": .bool(g.lulus), "keterangan": .string(g.keterangan),
        ])
    }

    /// `nip_lahir(nip)`: the birth date inside a NIP.
    static func nipLahir(_ a: [Value]) throws(Diagnostic) -> Value {
        guard let nip = NIP.parse(Functions.arg(a, 0).text) else { return .null }
        return .date(nip.birthDate)
    }

    /// `nip_cek(nip, tanggal_lahir, jenis_kelamin)`: what disagrees with the NIP, as text; empty when all agree.
    static func nipCek(_ a: [Value]) throws(Diagnostic) -> Value {
        guard let nip = NIP.parse(Functions.arg(a, 0).text) else { return .null }
        let lahir = Functions.date(Functions.arg(a, 1))
        let jk = JenisKelamin.parse(Functions.arg(a, 2).text)
        let c = nip.conflicts(tanggalLahir: lahir, jenisKelamin: jk)
        return c.isEmpty ? .null : .string(c.map(\.description).joined(separator: "; "))
    }

    /// `masa_kerja(dari, sampai)`: "7 tahun 3 bulan".
    static func masaKerja(_ a: [Value]) throws(Diagnostic) -> Value {
        guard let from = Functions.date(Functions.arg(a, 0)), let to = Functions.date(Functions.arg(a, 1)),
              let m = MasaKerja(from: from, to: to) else { return .null }
        return .string(m.description)
    }

    /// `slug(x)`: lower case, words joined by `-` (file keys of docs/forms.md).
    static func slug(_ a: [Value]) throws(Diagnostic) -> Value {
        let words = Functions.arg(a, 0).text.lowercased().split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? .null : .string(words.joined(separator: "-"))
    }

    /// The rule functions by name.
    static let table: [String: Functions.Impl] = [
        "seleksi": seleksi, "nilai": nilai, "nip_lahir": nipLahir, "nip_cek": nipCek, "masa_kerja": masaKerja, "slug": slug,
    ]
}

/// Letter numbers from a context pattern: `800/{seq:3}/Disdik/{tahun}` → `800/001/Disdik/2026`.
enum LetterNumber {
    /// Fills `{seq}` / `{seq:N}` with the running number (zero-padded to N) and `{key}` with context values.
    static func format(_ pattern: String, seq: Int, context: Value) throws(Diagnostic) -> String {
        var out = ""
        var i = pattern.startIndex
        while i < pattern.endIndex {
            let c = pattern[i]
            guard c == "{", let close = pattern[i...].firstIndex(of: "}") else { out.append(c); i = pattern.index(after: i); continue }
            let name = String(pattern[pattern.index(after: i)..<close])
            let parts = name.split(separator: ":", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            if parts.first == "seq" {
                // {seq:N} pads to N digits: a width from 0 (no padding, as {seq}) to 12 (a letter number is not longer), as docs/templates.md says.
                var width = 0
                if parts.count > 1 {
                    guard let w = Int(parts[1]), (0...12).contains(w) else {
                        throw Diagnostic.eval("the letter number pattern \"\(pattern)\" has {\(name)}: {seq:N} takes N from 0 to 12 digits (e.g. {seq:3} → 007)")
                    }
                    width = w
                }
                let s = String(seq)
                out += String(repeating: "0", count: max(0, width - s.count)) + s
            } else {
                let v = ContextPath(name).value(in: context) ?? .null
                if v.isEmpty { throw Diagnostic.eval("the letter number pattern \"\(pattern)\" names {\(name)}, which the context does not have") }
                if case .date(let d) = v { out += String(d.year) } else { out += v.text }
            }
            i = pattern.index(after: close)
        }
        return out
    }
}
