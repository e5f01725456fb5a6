import CetakCore
import Testing

/// Dotted context paths: members by name, list items numbered from 1, and setting a value at a path.
@Suite struct ContextPathTests {
    static let at = SourceLocation(file: "konteks.json", line: 3)
    static var context: Value {
        let kepala = Value.record(Record(dataset: "", location: nil, fields: ["nama": .string("Dr. A")], cellLocations: ["nama": at]))
        let penilai = Value.list([.record(Record(dataset: "", location: nil, fields: ["nama": .string("P1")])),
                                  .record(Record(dataset: "", location: nil, fields: ["nama": .string("P2")]))])
        return .record(Record(dataset: "", location: SourceLocation(file: "konteks.json", line: 1),
                              fields: ["lpmp": .record(Record(dataset: "", location: nil, fields: ["kepala": kepala])), "penilai": penilai,
                                       "tempat": .string("Sorong")]))
    }

    @Test func readsMembersAndNumberedItems() {
        #expect(ContextPath("lpmp.kepala.nama").value(in: Self.context) == .string("Dr. A"))
        #expect(ContextPath("lpmp.kepala.nama").find(in: Self.context)?.location == Self.at)
        #expect(ContextPath("penilai.2.nama").value(in: Self.context) == .string("P2"))
        #expect(ContextPath("penilai.1.nama").value(in: Self.context) == .string("P1"))
        // Item 0 and item 3 of a two-item list, a member of a text, a missing key: absent.
        for p in ["penilai.0.nama", "penilai.3.nama", "tempat.x", "lpmp.nama"] { #expect(ContextPath(p).value(in: Self.context) == nil, "\(p)") }
        #expect(ContextPath("lpmp.kepala").description == "lpmp.kepala")
    }

    @Test func setsThroughRecordsAndItemsMakingWhatIsMissing() {
        let set = SourceLocation(file: "set", field: "penilai.2.nama")
        let a = ContextPath("penilai.2.nama").setting(.string("Baru"), in: Self.context, at: set)
        #expect(ContextPath("penilai.2.nama").value(in: a) == .string("Baru"))
        #expect(ContextPath("penilai.1.nama").value(in: a) == .string("P1"))
        #expect(ContextPath("penilai.2.nama").find(in: a)?.location == set)
        let b = ContextPath("surat.f01-1.tanggal").setting(.string("2026-01-12"), in: Self.context)
        #expect(ContextPath("surat.f01-1.tanggal").value(in: b) == .string("2026-01-12"))
        #expect(ContextPath("tempat").value(in: b) == .string("Sorong"))
    }

    @Test func numberedKeysSplitAtTheirFirstNumberAfterTheFirstPart() {
        #expect(ContextPath("penilai.1.nama").numbered.map { [$0.group, $0.item, $0.rest] } == ["penilai", "1", "nama"])
        #expect(ContextPath("a.b.12").numbered.map { [$0.group, $0.item, $0.rest] } == ["a.b", "12", ""])
        #expect(ContextPath("lpmp.kepala.nama").numbered == nil)
        #expect(ContextPath("1.nama").numbered == nil, "the first part is a name, never an item")
    }
}
