import CetakCore
import Foundation
import Testing
@testable import CetakTemplate

@Suite("RELAX NG schema")
struct SchemaTests {
    @Test func schemaIsShippedWithTheTemplates() {
        #expect(FileManager.default.fileExists(atPath: schemaPath), "no schema at \(schemaPath)")
        #expect(!shippedTemplateFiles().isEmpty, "no templates under \(templatesDir)")
    }

    @Test(arguments: shippedTemplateFiles())
    func shippedTemplateFollowsTheSchema(_ path: String) {
        let problems = XMLDocumentReader.validate(path: path, schema: schemaPath)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func misspelledElementIsRejectedWithItsLine() {
        let f = TempFolder()
        let path = writeForm(f, body: "<p>a</p>\n<pagebreak/>\n<p>b</p>")
        let problems = XMLDocumentReader.validate(path: path, schema: schemaPath)
        #expect(!problems.isEmpty)
        let e = problems.first { $0.message.contains("pagebreak") }
        #expect(e != nil, "\(problems)")
        #expect(e?.severity == .error)
        #expect(e?.location?.file == path)
        #expect(e?.location?.line == 7)
    }

    @Test func misspelledAttributeIsRejectedWithItsLine() {
        let f = TempFolder()
        let path = writeForm(f, body: "<table>\n<column/>\n<row><cell colspna=\"1\">x</cell></row>\n</table>")
        let problems = XMLDocumentReader.validate(path: path, schema: schemaPath)
        let e = problems.first { $0.message.contains("colspna") }
        #expect(e?.location?.line == 8, "\(problems)")
    }

    @Test func loaderStopsAtSchemaErrors() {
        let f = TempFolder()
        let path = writeForm(f, body: "<p>a</p>\n<pagebreak/>")
        let errors = loadErrors(path, schema: schemaPath)
        #expect(errors.contains { $0.location?.line == 7 && $0.message.contains("pagebreak") }, "\(errors)")
    }

    @Test func partRootIsAccepted() {
        let f = TempFolder()
        let path = f.write("parts/kop.xml", "<part><p>x</p><if test=\"a\"><p>y</p></if><else/></part>")
        #expect(XMLDocumentReader.validate(path: path, schema: schemaPath).isEmpty)
    }

    @Test func otherRootsAreRejected() {
        let f = TempFolder()
        let path = f.write("x.xml", "<formulir id=\"a\"/>")
        #expect(!XMLDocumentReader.validate(path: path, schema: schemaPath).isEmpty)
    }
}

/// A template that uses every element and attribute the loader knows.
let kitchenSink = """
<?xml version="1.0" encoding="UTF-8"?>
<form id="contoh" title="Contoh">
  <style name="body" font="Liberation Serif" fallback="DejaVu Serif, FreeSerif" size="11" line-height="1.2"/>
  <style name="kecil" parent="body" size="8" italic="yes" underline="0" bold="no" align="justify" space-before="2pt" space-after="1.5mm"/>
  <style name="title" font="Liberation Serif" size="13" bold="true" align="center"/>
  <data name="pegawai" key="nip" required="false">
    <column name="nip"/><column name="nama" type="text"/><column name="lahir" type="date" optional="true"/>
    <column name="gaji" type="number"/><column name="aktif" type="bool"/>
  </data>
  <context><key name="instansi.nama"/><key name="tanggal" type="date" optional="1"/></context>
  <option name="petunjuk" default="false"/>
  <documents source="data.pegawai where aktif" as="p" key="{p.nip}" sort="nama desc, nip asc" title="SK {p.nama}"
             author="BKPSDM {ctx.instansi.nama}" group-by="nip" rows="baris">
    <let name="x" value="count(data.pegawai)"/>
    <skip when="empty(p.nama)" reason="tanpa nama {p.nip}"/>
    <warn when="x = 0" message="kosong"/>
  </documents>
  <page paper="F4" orientation="portrait" margin="20mm 15mm" border="double"/>
  <header><p align="center">{ctx.instansi.nama}</p><rule double="true" width="2pt" space-before="1mm" space-after="2mm"/></header>
  <footer><p style="kecil">Halaman {$page} dari {$pages}</p></footer>
  <body>
    <title>SURAT <b>KEPUTUSAN</b><br/>NOMOR {{ nomor }}</title>
    <p style="body" align="left" space-before="0" space-after="6pt" indent="10mm" first-indent="-5mm" leader="dots"
       keep-with-next="true" shrink="8" when="opt.petunjuk">Teks <i>miring <u>garis</u></i> <span style="kecil">kecil</span></p>
    <fields columns="2" label-width="40mm" style="body" space-before="2mm" space-after="4mm">
      <field label="Nama">{p.nama | upper}</field>
      <field label="NIP {1 + 1}">{p.nip | nip}</field>
    </fields>
    <let name="y" value="p.gaji * 2"/>
    <if test="y > 10"><p>besar</p></if>
    <else><p>kecil</p></else>
    <if test="true"><spacer height="5mm"/></if>
    <each in="[1, 2]" as="n"><p>{n}</p></each>
    <list style="body" marker="alpha" indent="7mm" space-after="3mm"><item>satu</item><item><b>dua</b></item></list>
    <image src="ctx.logo" width="20mm" height="2cm" align="center" placeholder="Logo"/>
    <table style="body" header-style="kecil" border="none" padding="2 3 2 3" keep-together="true" keep-with-previous="false"
           space-before="1mm" space-after="2mm" numbers="true">
      <column width="10mm" align="center" valign="middle"/>
      <column width="2*"/>
      <column width="*"/>
      <head><row><cell>No</cell><cell colspan="2" fill="#e6e6e6">Nama</cell></row></head>
      <row min-height="8mm" when="true"><cell rowspan="1" align="right" valign="bottom" style="kecil">a</cell><cell><p>b</p><p>c</p></cell><cell/></row>
      <rows source="data.pegawai" as="r" sort="nama" min-rows="3" empty-height="8mm" empty-text="Tidak ada"
            fixed="'a', 'b'" match="nip" min-height="5mm">
        <cell>{$no}</cell><cell>{nama} {$fixed}</cell><cell><table><column/><row><cell>x</cell></row></table></cell>
      </rows>
      <rows source="data.pegawai" match="nip"><cell colspan="3">{nama}</cell></rows>
    </table>
    <page-break/>
    <signatures style="body" space-before="6mm">
      <signatory meterai="true" image="ctx.ttd">
        <place-date>{ctx.tempat}, {ctx.tanggal | tanggal}</place-date>
        <line>Kepala</line><line>Badan</line>
        <name>{ctx.kepala}</name>
        <nip>ctx.nip | nip</nip>
      </signatory>
      <signatory><name>X</name></signatory>
    </signatures>
    <include src="parts/p.xml"/>
  </body>
</form>
"""

/// Changes to the kitchen-sink template that both the schema and the loader must reject.
let rejectedByBoth: [(String, String)] = [
    (#"colspan="2""#, #"colspna="2""#),                                 // unknown attribute
    (#"<form id="contoh" title="Contoh">"#, #"<form id="contoh" title="Contoh" author="BKPSDM">"#), // the author is said per document
    ("<page-break/>", "<pagebreak/>"),                                  // unknown element
    (#"border="none""#, #"border="single""#),                           // table border
    (#"paper="F4""#, #"paper="a5""#),                                   // paper
    (#"orientation="portrait""#, #"orientation="tegak""#),              // orientation
    (#"margin="20mm 15mm""#, #"margin="20mm 15mm 10mm""#),              // three margins
    (#"marker="alpha""#, #"marker="roman""#),                           // list marker
    (#"leader="dots""#, #"leader="stars""#),                            // leader
    (#"italic="yes""#, #"italic="ya""#),                                // boolean
    (#"valign="middle""#, #"valign="center""#),                         // vertical alignment
    (#"align="justify""#, #"align="full""#),                            // alignment
    (#"type="number""#, #"type="integer""#),                            // column type
    (##"fill="#e6e6e6""##, #"fill="grey""#),                              // colour
    (#"width="2*""#, #"width="two""#),                                  // column width
    (#"height="2cm""#, #"height="2px""#),                               // length unit
    (#"min-rows="3""#, #"min-rows="-3""#),                              // whole number
    (#"columns="2""#, #"columns="3""#),                                 // fields columns
    (#"fixed="'a', 'b'" match="nip""#, #"fixed="'a', 'b'""#),           // fixed without match
    (#" key="{p.nip}""#, ""),                                           // documents without key
    (#"<data name="pegawai""#, #"<data nama="pegawai""#),               // dataset without name
    ("<b>dua</b>", "<p>dua</p>"),                                       // block inside a list item
    ("<else><p>kecil</p></else>", "<p>x</p><else><p>kecil</p></else>"), // else not after if
    ("<line>Badan</line>", "<baris>Badan</baris>"),                     // unknown signatory child
    ("<signatory><name>X</name></signatory>",
     "<signatory/><signatory/><signatory/>"),                           // four signatories
    ("<column width=\"*\"/>", "<kolom/>"),                              // unknown table child
]

@Suite("Schema and loader agree")
struct AgreementTests {
    func write(_ text: String) -> (TempFolder, String) {
        let f = TempFolder()
        f.write("parts/p.xml", "<part><p>bagian</p><if test=\"true\"><p>a</p></if><else/></part>")
        return (f, f.write("contoh.xml", text))
    }

    @Test func kitchenSinkIsAcceptedByBoth() throws {
        let (f, path) = write(kitchenSink)
        let problems = XMLDocumentReader.validate(path: path, schema: schemaPath)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        let partProblems = XMLDocumentReader.validate(path: (f.path as NSString).appendingPathComponent("parts/p.xml"), schema: schemaPath)
        #expect(partProblems.isEmpty, "\(partProblems)")
        let errors = loadErrors(path)
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
        let t = try loadTemplate(path, schema: schemaPath).get()
        #expect(t.body.count == 13)
        #expect(t.documents.author?.pieces.count == 2, "author=\"BKPSDM {ctx.instansi.nama}\" is text and a hole")
    }

    @Test(arguments: rejectedByBoth.indices)
    func mutationIsRejectedByBoth(_ i: Int) {
        let (from, to) = rejectedByBoth[i]
        #expect(kitchenSink.contains(from), "the kitchen sink has no \(from)")
        let (_, path) = write(kitchenSink.replacingOccurrences(of: from, with: to))
        let problems = XMLDocumentReader.validate(path: path, schema: schemaPath)
        #expect(problems.contains { $0.severity == .error }, "the schema accepts \(to)")
        #expect(!loadErrors(path).isEmpty, "the loader accepts \(to)")
    }
}
