import Foundation
import CetakCore

/// Typed reads of a record's cells, where empty means nil and a wrong kind is an error.
struct RecordReader {
    let record: Record

    func text(_ field: String) -> String? {
        let v = record[field]
        guard !v.isEmpty else { return nil }
        let t = v.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    func date(_ field: String) throws(SeleksiInputError) -> CivilDate? {
        if case .date(let d) = record[field] { return d }
        guard let t = text(field) else { return nil }
        guard let d = CivilDate.parse(t) else { throw .badValue(field: field, value: t, expected: "tanggal") }
        return d
    }

    func decimal(_ field: String) throws(SeleksiInputError) -> Decimal? {
        if case .number(let n) = record[field] { return n }
        guard let t = text(field) else { return nil }
        guard let n = DecimalText.parse(t) else { throw .badValue(field: field, value: t, expected: "angka") }
        return n
    }

    func integer(_ field: String) throws(SeleksiInputError) -> Int? {
        guard let n = try decimal(field) else { return nil }
        guard DecimalText.rounded(n, scale: 0) == n, let i = Int(DecimalText.plain(n)) else {
            throw .badValue(field: field, value: DecimalText.plain(n), expected: "bilangan bulat")
        }
        return i
    }

    func nip(_ field: String) throws(SeleksiInputError) -> NIP? {
        guard let t = text(field) else { return nil }
        do { return try NIP(t) } catch { throw .badValue(field: field, value: t, expected: "NIP 18 angka yang valid") }
    }
}
