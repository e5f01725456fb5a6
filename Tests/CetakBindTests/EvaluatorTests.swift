@testable import CetakBind
import CetakCore
import CetakTemplate
import Foundation
import Testing

@Suite struct EvaluatorTests {
    let scope: Scope = {
        let peserta = [rec("peserta", ["id": .string("I1"), "peran": .string("inti"), "nama": .string("Sri"), "pasangan_id": .null]),
                       rec("peserta", ["id": .string("M1"), "peran": .string("mitra"), "nama": .string("Yos"), "pasangan_id": .string("I1")]),
                       rec("peserta", ["id": .string("B1"), "peran": .string("imbas"), "nama": .string("Abdul"), "pasangan_id": .string("M1")])]
        let kegiatan = [rec("kegiatan", ["mitra_id": .string("M1"), "tahap": .string("ojl1"), "tanggal": date("2019-07-29"), "terlaksana": .bool(true)]),
                        rec("kegiatan", ["mitra_id": .string("M1"), "tahap": .string("ojl1"), "tanggal": date("2019-08-02"), "terlaksana": .bool(false)]),
                        rec("kegiatan", ["mitra_id": .string("M2"), "tahap": .string("ojl2"), "tanggal": date("2019-09-02"), "terlaksana": .bool(true)])]
        let ctx = Value.record(Record(dataset: "", location: nil, fields: [
            "tahun": .number(2026), "tempat": .string("Manokwari"),
            "surat": .record(Record(dataset: "", location: nil, fields: ["f01-1": .record(Record(dataset: "", location: nil, fields: ["nomor": .string("PEN/{seq:3}/LPMP-PA/{tahun}")]))])),
        ]))
        return Scope(context: ctx, data: MemoryData(sets: ["peserta": peserta, "kegiatan": kegiatan], keys: ["peserta": "id"]))
    }()

    @Test func lookupsOverSeveralHops() throws {
        let s = scope.with(["imbas": try ev("data.peserta[\"B1\"]", scope)])
        #expect(try ev("data.peserta[data.peserta[imbas.pasangan_id].pasangan_id].nama", s) == .string("Sri"))
        #expect(try ev("data.peserta['nobody'].nama", s) == .null)
    }

    @Test func whereFiltersWithTheRowInScopeAndCounts() throws {
        let s = scope.with(["mitra": try ev("data.peserta['M1']", scope)])
        #expect(try ev("count(data.kegiatan where mitra_id = mitra.id and tahap = 'ojl1')", s) == .number(2))
        #expect(try ev("count(data.kegiatan where terlaksana)", s) == .number(2))
        #expect(try ev("count(data.kegiatan where tahap in ['ojl2', 'ojl3'])", s) == .number(1))
        #expect(try ev("(data.kegiatan where mitra_id = 'M1').tanggal | rentang", s) == .string("29 Juli – 2 Agustus 2019"))
    }

    @Test func rowAndOuterNameTheElementsOfNestedFilters() throws {
        // Mitra that have at least one OJL 1 activity: the inner filter compares with the outer element.
        let withOJL1 = try ev("data.peserta where peran = 'mitra' and count(data.kegiatan where mitra_id = $outer.id) > 0", scope)
        #expect(withOJL1.list?.count == 1)
        #expect(try ev("count(data.peserta where $row.peran = 'inti')", scope) == .number(1))
    }

    @Test func formattersPrintIndonesian() throws {
        let s = scope.with(["d": date("2019-07-29"), "x": .number(Decimal(string: "85.075")!)])
        #expect(try ev("d | tanggal", s) == .string("29 Juli 2019"))
        #expect(try ev("hari(d)", s) == .string("Senin, 29 Juli 2019"))
        #expect(try ev("d | bulan", s) == .string("Juli 2019"))
        #expect(try ev("x | desimal(2)", s) == .string("85,08"))
        #expect(try ev("persen(1, 8)", s) == .number(13))
        #expect(try ev("'19650810198902 2 001' | nip", s) == .string("19650810 198902 2 001"))
        #expect(try ev("'Dinas Pendidikan Kab. Manokwari' | slug", s) == .string("dinas-pendidikan-kab-manokwari"))
        #expect(try ev("upper('baik')", s) == .string("BAIK"))
        #expect(try ev("null | tanggal", s) == .null)
    }

    @Test func textComparesWithoutRegardToCase() throws {
        #expect(try ev("'Mitra' = 'mitra'", scope) == .bool(true))
        #expect(try ev("' OJL2 ' in ['ojl2', 'ojl3']", scope) == .bool(true))
        #expect(try ev("'abc' < 'ABD'", scope) == .bool(true))
        #expect(try ev("count(data.peserta where peran = 'MITRA')", scope) == .number(1))
    }

    @Test func exactDecimalArithmetic() throws {
        #expect(try ev("0.1 + 0.2 = 0.3", scope) == .bool(true))
        #expect(try ev("0.4 * 80 + 0.6 * 70", scope) == .number(74))
        #expect(try ev("(0.4 * 74.9 + 0.6 * 75) | desimal(2)", scope) == .string("74,96"))
    }

    @Test func letterNumbersFollowTheContextPattern() throws {
        let s = scope.with(["$seq": .number(7)])
        #expect(try ev("nomor(ctx.surat['f01-1'].nomor)", s) == .string("PEN/007/LPMP-PA/2026"))
        #expect(throws: Diagnostic.self) { try LetterNumber.format("X/{seq}/{nope}", seq: 1, context: scope.context) }
        #expect(try LetterNumber.format("800/{seq:3}/Disdik/{tahun}", seq: 12, context: scope.context) == "800/012/Disdik/2026")
    }

    @Test func unknownNamesAndFunctionsAreErrorsUnlessBlank() throws {
        #expect(throws: Diagnostic.self) { try ev("nama_salah", scope) }
        #expect(throws: Diagnostic.self) { try ev("ctx.tidak_ada", scope) }
        #expect(throws: Diagnostic.self) { try ev("tanggalan(1)", scope) }
        var blank = scope
        blank.lenient = true
        #expect(try ev("nama_salah", blank) == .null)
    }

    @Test func aMistakeOfTheTemplateIsATemplateErrorAndAMissingContextKeyAnInputOne() throws {
        func kind(_ text: String, _ s: Scope) -> Diagnostic.Kind? {
            do { _ = try ev(text, s); return nil } catch { return (error as? Diagnostic)?.kind }
        }
        #expect(kind("nama_salah", scope) == .template)
        #expect(kind("tanggalan(1)", scope) == .template)
        #expect(kind("ctx.tidak_ada", scope) == .input)
        #expect(kind("lookup('instansi')", scope) == .record)
        // The binder gives an error its template place, unless it has one already.
        let at = SourceLocation(file: "t.xml", line: 9)
        #expect { _ = try evalAt(try ExprParser.parse("nama_salah"), scope, at) } throws: { ($0 as? Diagnostic)?.location == at }
    }

    @Test func aLookupOfARecordRejectedOnReadingIsADependencyOnThatRejection() throws {
        let why = Diagnostic(.error, .record, at: SourceLocation(file: "nilai.csv", line: 3, field: "na"), "101 is above 100", value: "101")
        let data = DocumentRulesTests.Data(base: MemoryData(sets: ["nilai": []], keys: ["nilai": "nip"]), rejected: ["nilai": ["B": why]])
        var s = Scope(context: .null, data: data)
        s.strictLookups = true
        #expect { _ = try ev("data.nilai['B']", s) } throws: { e in
            guard let d = e as? Diagnostic else { return false }
            return d.kind == .dependency && d.cause == why && d.rejectedRecord == why && d.message == "nilai B: 101 is above 100"
        }
    }

    @Test func dataValuesAreNeverReinterpreted() throws {
        let s = scope.with(["x": .string("{ctx.tempat} <b>tebal</b> {{")])
        #expect(try ev("x", s) == .string("{ctx.tempat} <b>tebal</b> {{"))
    }

    @Test func qrCodeModulesAreSquare() throws {
        let rows = try QRCode.modules("STTPP/2026/0001|NRCPS.2026.0001")
        #expect(rows.count >= 21)
        #expect(rows.allSatisfy { $0.count == rows.count })
        // The three finder patterns: the corners are dark.
        #expect(rows[0][0] && rows[0][rows.count - 1] && rows[rows.count - 1][0])
    }

    @Test func documentKeysAreSafeFileNames() {
        #expect(DocumentKey.safe("../../x") == "x")
        #expect(DocumentKey.safe("C:\\x") == "C-x")
        #expect(DocumentKey.safe("a\u{0}b\nc") == "a-b-c")
        #expect(DocumentKey.safe("") == "dokumen")
        #expect(DocumentKey.safe(String(repeating: "é", count: 200)).utf8.count <= 120)
        #expect(DocumentKey.safe("con") == "_con")
        #expect(DocumentKey.safe("COM1.txt") == "_COM1.txt")
        #expect(DocumentKey.safe("console") == "console")
        #expect(!DocumentKey.safe(String(repeating: "a", count: 119) + ".b").hasSuffix("."))
    }
}
