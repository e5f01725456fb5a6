import CetakTestSupport
@testable import CetakBind
import CetakCore
import CetakTemplate
import Foundation
import Testing

/// Look-ups by several columns, per-series running numbers, `<reject>`, and documents that need a rejected record.
@Suite struct DocumentRulesTests {
    /// Memory data that also knows keys rejected on reading.
    struct Data: DataSource {
        var base: MemoryData
        var rejected: [String: [String: Diagnostic]] = [:]
        func values(of dataset: String) -> [Value]? { base.values(of: dataset) }
        func record(in dataset: String, key: String) -> Value? { base.record(in: dataset, key: key) }
        func records(in dataset: String, column: String, equals value: String) -> [Value]? {
            base.records(in: dataset, column: column, equals: value)
        }
        func columns(of dataset: String) -> Set<String> { base.columns(of: dataset) }
        func rejection(in dataset: String, key: String) -> Diagnostic? { rejected[dataset]?[key] }
        /// False only to act as a source that does not say so up front.
        var tellsRejections = true
        var hasRejections: Bool { tellsRejections && !rejected.isEmpty }
    }

    static let kantor = [
        rec("instansi", ["nama": .string("Dinas A"), "tingkat": .string("kabupaten"), "wilayah": .string("Alfa")]),
        rec("instansi", ["nama": .string("Dinas B"), "tingkat": .string("provinsi"), "wilayah": .string("Alfa")]),
    ]

    static func binder(_ documents: String) throws -> Binder {
        let dir = makeTemporaryFolder("cetak-bind-")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/t.xml"
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <form id="t">\(documents)<body><p>{$seq}</p></body></form>
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return Binder(template: try TemplateLoader.load(path: path), options: BindOptions())
    }

    @Test func lookupBySeveralColumns() throws {
        let s = Scope(context: .null, data: MemoryData(sets: ["instansi": Self.kantor]))
        #expect(try ev("lookup('instansi', 'tingkat', 'provinsi', 'wilayah', ' alfa ')", s).record?["nama"].text == "Dinas B")
        #expect(try ev("lookup('instansi', 'tingkat', 'kabupaten', 'wilayah', 'Alfa')", s).record?["nama"].text == "Dinas A")
        #expect(try ev("lookup('instansi', 'tingkat', 'kabupaten', 'wilayah', 'Beta')", s) == .null)
        #expect(try ev("lookup('instansi', 'tingkat', 'kabupaten', 'wilayah', null)", s) == .null)
        #expect(throws: Diagnostic.self) { try ev("lookup('instansi', 'tingkat', 'kabupaten', 'wilayah')", s) }
        #expect(throws: Diagnostic.self) { try ev("lookup('instansi', tingkat, 'x', 'wilayah', 'Alfa')", s) }
    }

    @Test func theAuthorIsWhatTheFormSaysAndNothingOtherwise() throws {
        let surat = [rec("surat", ["id": .string("S1"), "kantor": .string("A")]), rec("surat", ["id": .string("S2"), "kantor": .string("B")])]
        let data = MemoryData(sets: ["surat": surat, "instansi": Self.kantor], keys: ["instansi": "nama"])
        // An instansi.nama in the context is not an author unless the form says so.
        let ctx = Value.record(Record(dataset: "", location: nil, fields: ["instansi": .record(Record(dataset: "", location: nil, fields: ["nama": .string("DINAS")]))]))
        let root = Scope(context: ctx, data: data)
        let issued = try Self.binder("""
            <documents source="data.surat" as="s" key="{s.id}" author="{kop.nama}">
              <let name="kop" value="data.instansi['Dinas ' + s.kantor]"/>
            </documents>
            """)
        #expect(try issued.items(root: root).map { try issued.bind($0).document?.author } == ["Dinas A", "Dinas B"])
        let none = try Self.binder(#"<documents source="data.surat" as="s" key="{s.id}"/>"#)
        #expect(try none.items(root: root).map { try none.bind($0).document?.author } == ["", ""])
    }

    @Test func eachSeriesNumbersItsOwnDocumentsAndRejectedOnesGetNone() throws {
        let surat = (1...5).map { i in rec("surat", ["id": .string("S\(i)"), "kantor": .string(["A", "B", "A", "X", "A"][i - 1])]) }
        let data = MemoryData(sets: ["surat": surat, "instansi": Self.kantor], keys: ["instansi": "nama"])
        let b = try Self.binder("""
            <documents source="data.surat" as="s" key="{s.id}" seq-by="kop.nama">
              <let name="kop" value="data.instansi['Dinas ' + s.kantor]"/>
              <reject when="empty(kop)" at="s.kantor" message="kantor {s.kantor} tidak ada"/>
            </documents>
            """)
        let items = try b.items(root: Scope(context: .null, data: data))
        #expect(items.map(\.key) == ["S1", "S2", "S3", "S4", "S5"])
        let seqs = try items.map { try Evaluator.eval(.name("$seq"), $0.scope) }
        #expect(seqs == [.number(1), .number(1), .number(2), .number(0), .number(3)])
        let r = try #require(items[3].rejection)
        #expect(r.diagnostic.message == "kantor X tidak ada" && r.diagnostic.value == "X" && !r.alreadyReported)
        #expect(items.filter { $0.rejection != nil }.count == 1)
        let bound = try b.bind(items[3])
        #expect(bound.document == nil && bound.skipReason == nil && bound.rejection != nil)
        guard case .rejected(let d) = bound.outcome else { Issue.record("a <reject> rule makes a rejected document"); return }
        #expect(d.kind == .record && d.message == "kantor X tidak ada")
        guard case .made = try b.bind(items[0]).outcome else { Issue.record("S1 is made"); return }
    }

    @Test func aDocumentNeedingARejectedRecordIsNeitherMadeNorSkipped() throws {
        let calon = ["A", "B", "C"].map { rec("calon", ["nip": .string($0)]) }
        let nilai = [rec("nilai", ["nip": .string("A"), "na": .number(80)])]
        let why = Diagnostic(at: SourceLocation(file: "nilai.csv", line: 3, field: "makalah"), "101 is above 100", value: "101")
        let data = Data(base: MemoryData(sets: ["calon": calon, "nilai": nilai], keys: ["nilai": "nip"]), rejected: ["nilai": ["B": why]])
        let b = try Self.binder("""
            <documents source="data.calon" as="c" key="{c.nip}">
              <let name="g" value="data.nilai[c.nip]"/>
              <skip when="empty(g)" reason="tidak ada di nilai.csv"/>
            </documents>
            """)
        let items = try b.items(root: Scope(context: .null, data: data))
        #expect(items.map(\.skipReason) == [nil, nil, "tidak ada di nilai.csv"])
        #expect(items[1].rejection?.alreadyReported == true && items[1].rejection?.diagnostic == why)
        // Running numbers skip it too; in the body (not strict) a rejected record reads as empty, as before.
        #expect(try Evaluator.eval(.name("$seq"), items[0].scope) == .number(1))
        #expect(try ev("data.nilai['B']", Scope(context: .null, data: data)) == .null)
    }

    /// Lets wait for binding only when they cannot decide whether a document is made: with no rule and
    /// no rejected record they wait; a record rejected on reading makes every document's lets run up
    /// front, so the document that needs it is rejected and gets no running number.
    @Test func letsWaitUnlessARejectedRecordCanDecide() throws {
        let calon = ["A", "B", "C"].map { rec("calon", ["nip": .string($0)]) }
        let nilai = ["A", "C"].map { rec("nilai", ["nip": .string($0), "na": .number(80)]) }
        let why = Diagnostic(at: SourceLocation(file: "nilai.csv", line: 3, field: "na"), "101 is above 100", value: "101")
        let sets = MemoryData(sets: ["calon": calon, "nilai": nilai], keys: ["nilai": "nip"])
        let b = try Self.binder("""
            <documents source="data.calon" as="c" key="{c.nip}">
              <let name="g" value="data.nilai[c.nip]"/>
            </documents>
            """)
        let clean = try b.items(root: Scope(context: .null, data: Data(base: sets)))
        #expect(clean.allSatisfy { $0.letsPending })
        #expect(try clean.map { try Evaluator.eval(.name("$seq"), $0.scope) } == [.number(1), .number(2), .number(3)])

        let data = Data(base: sets, rejected: ["nilai": ["B": why]])
        let items = try b.items(root: Scope(context: .null, data: data))
        #expect(items.allSatisfy { !$0.letsPending })
        #expect(items[1].rejection?.alreadyReported == true && items[1].rejection?.diagnostic == why)
        #expect(try items.map { try Evaluator.eval(.name("$seq"), $0.scope) } == [.number(1), .number(0), .number(2)])
        let rejected = try b.bind(items[1])
        #expect(rejected.document == nil && rejected.rejection?.alreadyReported == true)
        guard case .alreadyReported(let d) = rejected.outcome else { Issue.record("listed once, as the record rejected on reading"); return }
        #expect(d == why)
        #expect(try b.bind(items[2]).document != nil)

        // A source that does not say it has rejected records: the document is still not made from an empty record.
        var quiet = data
        quiet.tellsRejections = false
        let lazy = try b.items(root: Scope(context: .null, data: quiet))
        #expect(lazy.allSatisfy { $0.letsPending })
        let bound = try b.bind(lazy[1])
        #expect(bound.document == nil && bound.rejection?.diagnostic == why && bound.rejection?.alreadyReported == true)
    }
}
