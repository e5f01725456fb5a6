import CetakCore
import Foundation
import Testing
@testable import CetakTemplate

/// The declarations of issue 13: `<reject>`, `seq-by`, `<warn group>`, and in `<data>` `<unique>`, `<warn>`, `ref`.
@Suite struct IssuerDeclTests {
    @Test func loadsRejectSeqByUniqueRefAndRecordWarnings() throws {
        let f = TempFolder()
        let path = writeForm(f, head: """
            <data name="instansi" key="nama"><column name="nama"/><column name="tingkat"/><column name="wilayah"/>
              <unique columns="tingkat, Wilayah"/></data>
            <data name="nilai" key="nip"><column name="nip" type="nip" ref="Calon"/>
              <warn when="empty(nip)" message="tanpa NIP" group="nilai tanpa NIP"/></data>
            <documents source="data.nilai" as="k" key="{k.nip}" seq-by="kop.nama">
              <let name="kop" value="lookup('instansi', 'tingkat', 'kabupaten', 'wilayah', k.nip)"/>
              <reject when="empty(kop)" at="k.nip" message="tidak ada kantor untuk {k.nip}"/>
              <warn when="true" message="w" group="semua"/>
            </documents>
            """, body: "<p>x</p>")
        let t = try loadTemplate(path, schema: schemaPath).get()
        let instansi = try #require(t.datasets.first { $0.name == "instansi" })
        #expect(instansi.unique == [["tingkat", "wilayah"]])
        let nilai = try #require(t.datasets.first { $0.name == "nilai" })
        #expect(nilai.columns.first?.ref == "calon")
        #expect(nilai.warnings.count == 1 && nilai.warnings.first?.group == "nilai tanpa NIP")
        let d = t.documents
        #expect(d.seqBy == .member(.name("kop"), "nama"))
        #expect(d.rejects.count == 1 && d.rejects.first?.at == .member(.name("k"), "nip"))
        #expect(d.warnings.first?.group == "semua")
    }

    @Test func aRejectWithoutWhenAndAnUnknownChildAreErrors() throws {
        let f = TempFolder()
        let path = writeForm(f, head: """
            <data name="p"><column name="a"/><index columns="a"/></data>
            <documents key="x"><reject message="m"/></documents>
            """, body: "<p>x</p>")
        let errors = loadErrors(path)
        #expect(errors.contains { $0.message.contains("<data> can only contain <column>, <derive>, <unique> and <warn>") })
        #expect(errors.contains { $0.message.contains("when") }, "\(errors)")
    }
}
