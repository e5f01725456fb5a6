import CetakCore
import CetakData
import Foundation
import Testing

@Suite("Dataset")
struct DatasetTests {
    func peserta() throws -> Dataset {
        let text = """
            id,peran,nama,pasangan_id
            I01,inti,Sri,
            M01,mitra,Yohanes,I01
            M02,mitra,Maria, I01
            B01,imbas,Abdul,M01
            """
        let t = try CSVReader.read(text: text, file: "peserta.csv")
        let (ds, rejected) = Dataset.make(from: t, columns: [ColumnSpec("id", required: true)])
        #expect(rejected.isEmpty)
        return ds
    }

    @Test func lookupsByEqualityInFileOrder() throws {
        let ds = try peserta()
        #expect(ds.name == "peserta")
        #expect(ds.rows(where: "pasangan_id", equals: .string("I01")).map { $0["id"] } == [.string("M01"), .string("M02")])
        #expect(ds.first(where: "id", equals: .string(" B01 "))?["nama"] == .string("Abdul"))
        #expect(ds.rows(where: "id", equals: .string("X99")).isEmpty)
        #expect(ds.rows(where: "pasangan_id", equals: .null).isEmpty) // empty matches nothing
        #expect(ds.rows(where: "nope", equals: .string("I01")).isEmpty)
        #expect(ds.index(on: "peran")["mitra"] == [1, 2])
    }

    @Test func keysCompareByTextSoNumbersMatchStrings() {
        let records = [
            Record(dataset: "n", location: nil, fields: ["nip": .number(197), "x": .string("a")]),
            Record(dataset: "n", location: nil, fields: ["nip": .string("198"), "x": .string("b")]),
        ]
        let ds = Dataset(name: "n", records: records)
        #expect(ds.first(where: "nip", equals: .string("197"))?["x"] == .string("a"))
        #expect(ds.first(where: "nip", equals: .number(198))?["x"] == .string("b"))
    }

    @Test func concurrentLookupsAgree() async throws {
        var records: [Record] = []
        for i in 0..<2000 {
            records.append(Record(dataset: "d", location: nil, fields: ["k": .string("K\(i % 100)"), "i": .number(Decimal(i))]))
        }
        let ds = Dataset(name: "d", records: records)
        let counts = await withTaskGroup(of: Int.self) { group in
            for t in 0..<8 {
                group.addTask {
                    var total = 0
                    for j in 0..<500 { total += ds.positions(where: "k", equals: .string("K\((j + t) % 100)")).count }
                    return total
                }
            }
            var all: [Int] = []
            for await c in group { all.append(c) }
            return all
        }
        #expect(counts == Array(repeating: 500 * 20, count: 8))
    }
}
