import CetakCore
import Foundation
import Testing
@testable import CetakTemplate

@Suite("Shipped templates")
struct ShippedTemplatesTests {
    @Test func thereAreForms() {
        #expect(!shippedFormFiles().isEmpty, "no forms under \(templatesDir)")
    }

    @Test(arguments: shippedFormFiles())
    func formLoadsWithoutErrors(_ path: String) {
        switch loadTemplate(path, schema: schemaPath) {
        case .success(let t):
            #expect(!t.id.isEmpty)
            #expect(!t.body.isEmpty)
            #expect(t.id == ((path as NSString).lastPathComponent as NSString).deletingPathExtension, "the id should match the file name")
        case .failure(let d):
            Issue.record("\(d.description)")
        }
    }

    @Test func laporanBulananGroupsByMitraAndMonth() throws {
        let path = (templatesDir as NSString).appendingPathComponent("kemitraan/laporan-bulanan.xml")
        let t = try loadTemplate(path, schema: schemaPath).get()
        #expect(t.documents.itemName == "k")
        #expect(t.documents.groupBy == [.name("mitra_id"), .call("bulan_kunci", [.name("tanggal")])])
        #expect(t.documents.lets.map(\.name) == ["mitra", "inti", "terlaksana"])
        #expect(t.documents.lets.last?.value == .call("count", [.filter(.name("rows"), .name("terlaksana"))]))
        #expect(t.page.landscape)
        #expect(t.datasets.map(\.name) == ["peserta", "kegiatan"])
        // The shared signature part is spliced in as the last block.
        guard case .conditional(let c) = try #require(t.body.last), case .signatures(let s) = try #require(c.then.first) else {
            Issue.record("the signature part is not included"); return
        }
        #expect(s.signatories.count == 2)
        #expect(s.signatories[0].nip == .call("nip", [.member(.name("inti"), "nip")]))
    }

    @Test func exampleInTheGuideLoads() throws {
        let guide = ((templatesDir as NSString).deletingLastPathComponent as NSString).appendingPathComponent("docs/templates.md")
        let text = try String(contentsOfFile: guide, encoding: .utf8)
        let start = try #require(text.range(of: "```xml\n<?xml"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let xml = String(text[text.index(start.lowerBound, offsetBy: 7)..<end.lowerBound])
        let f = TempFolder()
        let path = f.write("daftar-hadir.xml", xml)
        switch loadTemplate(path, schema: schemaPath) {
        case .success(let t): #expect(t.id == "daftar-hadir")
        case .failure(let d): Issue.record("\(d.description)")
        }
    }
}
