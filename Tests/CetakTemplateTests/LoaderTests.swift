import CetakCore
import Foundation
import Testing
@testable import CetakTemplate

/// The first error whose message contains `text`.
private func error(_ errors: [Diagnostic], containing text: String) -> Diagnostic? {
    errors.first { $0.message.contains(text) }
}

@Suite("Template loader")
struct LoaderTests {
    @Test func minimalFormLoadsWithTheRightTree() throws {
        let f = TempFolder()
        let path = writeForm(f, head: #"<data name="Peserta" key="ID"><column name="Nama"/><column name="lahir" type="date" optional="true"/></data>"#,
                             body: #"<p style="isi" align="center">Halo <b>{nama}</b>!</p>"#)
        let t = try loadTemplate(path).get()
        #expect(t.id == "uji")
        #expect(t.title == "Uji")
        #expect(t.file == path)
        #expect(t.page.paper == .a4 && !t.page.landscape)
        #expect(t.styles.map(\.name) == ["isi"])
        #expect(t.styles.first?.size == 10)

        #expect(t.datasets.count == 1)
        let ds = try #require(t.datasets.first)
        #expect(ds.name == "peserta" && ds.key == "id" && ds.required)
        #expect(ds.columns.map(\.name) == ["nama", "lahir"])
        #expect(ds.columns.map(\.type) == [.text, .date])
        #expect(ds.columns.map(\.required) == [true, false])

        // No <documents>: one document, keyed by the form id.
        #expect(t.documents.source == nil)
        #expect(t.documents.key.pieces == [.text("uji")])

        #expect(t.body.count == 1)
        guard case .paragraph(let p) = try #require(t.body.first) else { Issue.record("not a paragraph"); return }
        #expect(p.style == "isi")
        #expect(p.align == .center)
        #expect(p.location.line == 6)
        #expect(p.inlines.count == 3)
        guard p.inlines.count == 3 else { return }
        if case .text(let s) = p.inlines[0].kind { #expect(s == "Halo ") } else { Issue.record("expected text") }
        if case .expr(let e) = p.inlines[1].kind { #expect(e == .name("nama")) } else { Issue.record("expected a value") }
        #expect(p.inlines[1].bold && !p.inlines[0].bold)
        if case .text(let s) = p.inlines[2].kind { #expect(s == "!") } else { Issue.record("expected text") }
    }

    @Test func documentsDeclaration() throws {
        let f = TempFolder()
        let path = f.write("docs.xml", """
        <form id="d">
          <data name="kegiatan"><column name="mitra_id"/><column name="tanggal" type="date"/></data>
          <context><key name="instansi.nama"/><key name="tahun" type="number" optional="yes"/></context>
          <option name="petunjuk" default="no"/>
          <documents source="data.kegiatan" as="k" group-by="mitra_id, bulan_kunci(tanggal)" rows="baris"
                     sort="mitra_id desc, tanggal" key="{k.mitra_id}-{k.tanggal | bulan_kunci}" title="Laporan {k.mitra_id}">
            <let name="n" value="count(baris)"/>
            <skip when="n = 0" reason="kosong"/>
            <warn when="n > 30" message="banyak: {n}"/>
          </documents>
          <page paper="F4" orientation="landscape" margin="10mm 20mm" border="single"/>
          <header><p>{ctx.instansi.nama}</p></header>
          <footer><p>Halaman {$page} dari {$pages}</p></footer>
          <body><if test="opt.petunjuk"><p>a</p></if><else><p>b</p><p>c</p></else></body>
        </form>
        """)
        let t = try loadTemplate(path).get()
        let d = t.documents
        #expect(d.source == .member(.name("data"), "kegiatan"))
        #expect(d.itemName == "k" && d.rowsName == "baris")
        #expect(d.groupBy == [.name("mitra_id"), .call("bulan_kunci", [.name("tanggal")])])
        #expect(d.sort.map(\.expr) == [.name("mitra_id"), .name("tanggal")])
        #expect(d.sort.map(\.descending) == [true, false])
        #expect(d.key.pieces.count == 3)
        #expect(d.lets.map(\.name) == ["n"])
        #expect(d.skips.count == 1 && d.warnings.count == 1)
        #expect(t.contextKeys.map(\.path) == ["instansi.nama", "tahun"])
        #expect(t.contextKeys.map(\.required) == [true, false])
        #expect(t.options == ["petunjuk": false])
        #expect(t.page.paper == .f4 && t.page.landscape)
        #expect(abs(t.page.margin.0 - Units.mm(10)) < 0.001 && abs(t.page.margin.1 - Units.mm(20)) < 0.001)
        #expect(t.page.border != nil)
        #expect(t.header.count == 1 && t.footer.count == 1)
        guard case .conditional(let c) = try #require(t.body.first) else { Issue.record("not an <if>"); return }
        #expect(t.body.count == 1)
        #expect(c.test == .member(.name("opt"), "petunjuk"))
        #expect(c.then.count == 1 && c.otherwise.count == 2)
    }

    @Test func tableTree() throws {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <table border="none" numbers="true">
              <column width="10mm" align="center"/><column width="2*"/><column/>
              <head><row><cell rowspan="2">No</cell><cell colspan="2">Nama</cell></row><row><cell>a</cell><cell>b</cell></row></head>
              <rows source="rows" as="r" sort="tanggal desc" min-rows="5" fixed="'x', 'y'" match="kode">
                <cell>{$no}.</cell><cell><p>{nama}</p><p>{nip}</p></cell><cell fill="#e6e6e6">{$fixed}</cell>
              </rows>
            </table>
        """)
        let t = try loadTemplate(path).get()
        guard case .table(let tb) = try #require(t.body.first) else { Issue.record("not a table"); return }
        #expect(tb.columns.count == 3)
        #expect(tb.columns.map(\.width) == [.fixed(Units.mm(10)), .proportional(2), .proportional(1)])
        #expect(tb.border == .none)
        #expect(tb.numbers == [])
        #expect(tb.header.count == 2)
        guard case .rows(let rs) = try #require(tb.body.first) else { Issue.record("not <rows>"); return }
        #expect(rs.source == .name("rows") && rs.itemName == "r" && rs.minRows == 5)
        #expect(rs.fixed == ["x", "y"] && rs.match == .name("kode"))
        #expect(rs.sort.first?.descending == true)
        #expect(rs.row.cells.count == 3)
        #expect(rs.row.cells[1].content.count == 2) // two paragraphs
        #expect(rs.row.cells[2].fill != nil)
    }

    @Test func whateverIsWrongWithAFormIsATemplateError() throws {
        let f = TempFolder()
        let syntax = loadErrors(writeForm(f, name: "a.xml", body: "<p>{a b}</p>"))
        #expect(!syntax.isEmpty && syntax.allSatisfy { $0.kind == .template })
        #expect(syntax.first?.message.contains("in the text \"{a b}\" at column") == true)
        let notXML = loadErrors(f.write("b.xml", "<form id=\"x\"><body>"))
        #expect(!notXML.isEmpty && notXML.allSatisfy { $0.kind == .template })
        let missing = loadErrors(f.path + "/none.xml")
        #expect(missing.map(\.kind) == [.template] && missing.first?.message.hasPrefix("cannot read the file") == true)
    }

    @Test func pageKeepingAttributes() throws {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <p keep-with-previous="true" omit-empty="yes" space-before="6mm minus 3mm">Jumlah {n}</p>
            <spacer height="8mm minus 2mm"/>
            <table space-after="4pt minus 1pt"><column/>
              <rows source="rows" min-rows="5" fill="page"><cell continued="{tanggal | hari}">{x}</cell></rows>
            </table>
            <signatures space-before="6mm minus 3mm"><signatory><name>a</name></signatory></signatures>
        """)
        let t = try loadTemplate(path, schema: schemaPath).get()
        guard case .paragraph(let p) = t.body[0], case .spacer(let gap) = t.body[1], case .table(let tb) = t.body[2],
              case .signatures(let sig) = t.body[3], case .rows(let rs) = try #require(tb.body.first) else {
            Issue.record("unexpected tree: \(t.body)"); return
        }
        #expect(p.keepWithPrevious && p.omitEmpty)
        #expect(p.spaceBefore == FlexSpace(Units.mm(6), shrink: Units.mm(3)))
        #expect(gap == FlexSpace(Units.mm(8), shrink: Units.mm(2)))
        #expect(tb.spaceAfter == FlexSpace(4, shrink: 1))
        #expect(sig.spaceBefore.shrink == Units.mm(3))
        #expect(rs.fill == .page && rs.emptyHeight == Units.mm(10))
        #expect(rs.row.cells[0].continued?.pieces.count == 1)
    }

    @Test func badPageKeepingAttributes() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <p space-before="6mm minus 8mm">x</p>
            <table><column/><rows source="rows" fill="all"><cell continued="{a b">x</cell></rows></table>
        """)
        let errors = loadErrors(path)
        #expect(error(errors, containing: #"space-before="6mm minus 8mm" is not a space"#)?.location?.line == 6, "errors: \(errors)")
        #expect(error(errors, containing: "fill must be rows or page")?.location?.line == 7)
        #expect(error(errors, containing: "continued=")?.location?.line == 7)
    }

    @Test func misspelledAttributeNamesFileAndLine() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <table>
              <column/><column/>
              <row><cell colspna="2">x</cell></row>
            </table>
        """)
        let errors = loadErrors(path)
        let e = error(errors, containing: "colspna")
        #expect(e != nil, "errors: \(errors)")
        #expect(e?.message == "<cell> has no attribute 'colspna'")
        #expect(e?.location?.file == path)
        #expect(e?.location?.line == 8)
        #expect(e?.description.hasPrefix("\(path):8: error:") == true)
    }

    @Test func unknownElement() {
        let f = TempFolder()
        let path = writeForm(f, body: "<p>a</p>\n<para>b</para>")
        let errors = loadErrors(path)
        let e = error(errors, containing: "unknown element <para>")
        #expect(e != nil, "errors: \(errors)")
        #expect(e?.location?.line == 7)
    }

    @Test func unknownInlineElement() {
        let f = TempFolder()
        let path = writeForm(f, body: "<p>a <strong>b</strong></p>")
        #expect(error(loadErrors(path), containing: "<strong> cannot stand inside text")?.location?.line == 6)
    }

    @Test func undeclaredStyle() {
        let f = TempFolder()
        let path = writeForm(f, body: #"<p style="isi">ok</p>"# + "\n" + #"<p style="judul">x</p>"# + "\n"
                                 + #"<p>a <span style="tebal">b</span></p>"# + "\n" + #"<table style="sel"><column/><row><cell>x</cell></row></table>"#)
        let errors = loadErrors(path)
        #expect(errors.count == 3, "errors: \(errors)")
        #expect(error(errors, containing: "style 'judul' is not declared")?.location?.line == 7)
        #expect(error(errors, containing: "style 'tebal' is not declared")?.location?.line == 8)
        #expect(error(errors, containing: "style 'sel' is not declared")?.location?.line == 9)
    }

    @Test func undeclaredParentStyle() {
        let f = TempFolder()
        let path = writeForm(f, head: #"<style name="kecil" parent="induk" size="8"/>"#, body: "<p>x</p>")
        #expect(error(loadErrors(path), containing: "parent style 'induk' is not declared")?.location?.line == 3)
    }

    @Test func titleWithAnUndeclaredStyle() {
        // <title> defaults to the style "title", which need not be declared; an explicit style must be.
        let f = TempFolder()
        let path = writeForm(f, body: "<title>ok</title>\n" + #"<title style="judul">x</title>"#)
        let errors = loadErrors(path)
        #expect(error(errors, containing: "style 'judul' is not declared") != nil)
    }

    @Test func rowCoveringFewerColumns() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <table>
              <column/><column/><column/>
              <row><cell>a</cell><cell>b</cell></row>
              <row><cell colspan="2">a</cell><cell colspan="2">b</cell></row>
              <rows source="rows"><cell>a</cell></rows>
            </table>
        """)
        let errors = loadErrors(path)
        #expect(error(errors, containing: "this row covers 2 of the table's 3 columns")?.location?.line == 8, "errors: \(errors)")
        #expect(error(errors, containing: "reaches past the table's 3 columns")?.location?.line == 9)
        #expect(error(errors, containing: "this row covers 1 of the table's 3 columns")?.location?.line == 10)
    }

    @Test func rowspansCarryIntoTheNextRow() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <table>
              <column/><column/><column/>
              <head>
                <row><cell rowspan="2">No</cell><cell colspan="2">Keterlaksanaan</cell></row>
                <row><cell>Ya</cell><cell>Tidak</cell></row>
              </head>
            </table>
        """)
        #expect(loadErrors(path).isEmpty)
    }

    @Test func tableWithoutColumns() {
        let f = TempFolder()
        let path = writeForm(f, body: "<table><row><cell>x</cell></row></table>")
        #expect(error(loadErrors(path), containing: "needs at least one <column>")?.location?.line == 6)
    }

    @Test func invalidExpressionInAttributeNamesAttributeAndColumn() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <p when="a +">x</p>
            <table><column/><rows source="(a"><cell>x</cell></rows></table>
            <p>{ nama | }</p>
        """)
        let errors = loadErrors(path)
        #expect(errors.count == 3, "errors: \(errors)")
        let w = error(errors, containing: #"when="a +""#)
        #expect(w?.message.contains("at column 4") == true, "\(String(describing: w))")
        #expect(w?.location?.line == 6)
        let s = error(errors, containing: #"source="(a""#)
        #expect(s?.message.contains("at column 3") == true, "\(String(describing: s))")
        #expect(s?.location?.line == 7)
        let t = error(errors, containing: "{ nama | }")
        #expect(t?.message.contains("at column 10") == true, "\(String(describing: t))")
        #expect(t?.location?.line == 8)
    }

    @Test func invalidSortKeyAndInterpolation() {
        let f = TempFolder()
        let path = f.write("d.xml", """
        <form id="d">
          <documents source="data.x" sort="nama, tanggal menurun" key="{nama"/>
        </form>
        """)
        let errors = loadErrors(path)
        #expect(error(errors, containing: #"sort="tanggal menurun""#) != nil, "errors: \(errors)")
        #expect(error(errors, containing: #"key="{nama""#)?.message.contains("at column 1") == true)
    }

    @Test func badEnumeratedValuesAndLengths() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <p align="middle" leader="stars" keep-with-next="ya" space-after="2px">x</p>
            <list marker="roman"><item>a</item></list>
            <fields columns="3"><field label="a">b</field></fields>
        """)
        let errors = loadErrors(path)
        #expect(error(errors, containing: #"align="middle""#) != nil, "errors: \(errors)")
        #expect(error(errors, containing: "leader must be dots or line") != nil)
        #expect(error(errors, containing: #"keep-with-next="ya" must be true or false"#) != nil)
        #expect(error(errors, containing: #"space-after="2px" is not a space"#) != nil)
        #expect(error(errors, containing: "marker must be decimal, alpha, bullet or dash")?.location?.line == 7)
        #expect(error(errors, containing: "columns must be 1 or 2")?.location?.line == 8)
    }

    @Test func marginWithAnInvalidPart() {
        let f = TempFolder()
        let three = f.write("three.xml", #"<form id="a"><page margin="1mm 2mm 3mm"/></form>"#)
        #expect(error(loadErrors(three), containing: "one, two or four lengths") != nil)
        let junk = f.write("junk.xml", #"<form id="a"><page margin="20mm lebar"/></form>"#)
        #expect(!loadErrors(junk).isEmpty)
    }

    @Test func elseMustFollowIf() {
        let f = TempFolder()
        let path = writeForm(f, body: "<p>a</p>\n<else><p>b</p></else>")
        #expect(error(loadErrors(path), containing: "<else> must follow an <if>")?.location?.line == 7)
    }

    @Test func fixedRowsNeedMatch() {
        let f = TempFolder()
        let path = writeForm(f, body: #"<table><column/><rows source="rows" fixed="'a','b'"><cell>x</cell></rows></table>"#)
        #expect(error(loadErrors(path), containing: "needs match=") != nil)
    }

    @Test func signaturesHoldOneToThree() {
        let f = TempFolder()
        let four = String(repeating: "<signatory><name>x</name></signatory>", count: 4)
        let path = writeForm(f, body: "<signatures>\(four)</signatures>\n<signatures/>")
        let errors = loadErrors(path).filter { $0.message.contains("one to three") }
        #expect(errors.map { $0.location?.line } == [6, 7])
    }

    @Test func missingRequiredAttributes() {
        let f = TempFolder()
        let path = f.write("r.xml", """
        <form>
          <documents source="data.x"/>
          <body><let value="1"/><each as="x"/><include/></body>
        </form>
        """)
        let errors = loadErrors(path)
        #expect(error(errors, containing: "<form> needs the attribute 'id'")?.location?.line == 1)
        #expect(error(errors, containing: "<documents> needs the attribute 'key'")?.location?.line == 2)
        #expect(error(errors, containing: "<let> needs the attribute 'name'")?.location?.line == 3)
        #expect(error(errors, containing: "<each> needs the attribute 'in'")?.location?.line == 3)
        #expect(error(errors, containing: "<include> needs the attribute 'src'")?.location?.line == 3)
    }

    @Test func rootMustBeForm() {
        let f = TempFolder()
        let path = f.write("part.xml", "<part><p>x</p></part>")
        #expect(error(loadErrors(path), containing: "the root element is <part>") != nil)
    }

    @Test func notWellFormedXML() {
        let f = TempFolder()
        let path = f.write("bad.xml", "<form id=\"a\">\n<body><p>x</body>\n</form>")
        let errors = loadErrors(path)
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.location?.file == path })
    }

    @Test func includeSplicesThePart() throws {
        let f = TempFolder()
        f.write("parts/ttd.xml", "<part>\n  <p style=\"isi\">{a}</p>\n  <spacer height=\"2mm\"/>\n</part>")
        let path = writeForm(f, body: #"<include src="parts/ttd.xml"/>"#)
        let t = try loadTemplate(path).get()
        guard case .conditional(let c) = try #require(t.body.first) else { Issue.record("include is not spliced"); return }
        #expect(c.then.count == 2)
    }

    @Test func errorsInAPartNameThePart() {
        let f = TempFolder()
        let part = f.write("parts/ttd.xml", "<part>\n  <p colour=\"red\">x</p>\n</part>")
        let path = writeForm(f, body: #"<include src="parts/ttd.xml"/>"# + "\n" + #"<include src="parts/tidak-ada.xml"/>"#)
        let errors = loadErrors(path)
        let e = error(errors, containing: "colour")
        #expect(e?.location?.file == part && e?.location?.line == 2)
        #expect(error(errors, containing: "cannot include 'parts/tidak-ada.xml'")?.location?.line == 7)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let f = TempFolder()
        let path = writeForm(f, body: """
            <p foo="1">a</p>
            <p bar="2">b</p>
            <unknown/>
            <p style="nope">c</p>
        """)
        #expect(loadErrors(path).map { $0.location?.line ?? 0 } == [6, 7, 8, 9])
    }
}

/// Issue 14: what a template may cost to load is counted, not timed.
@Suite struct LoaderLimitsTests {

    @Test func entitiesAreExpandedWithinABudget() throws {
        let dir = TempFolder()
        let ok = dir.write("ok.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE form [<!ENTITY dinas "Dinas Pendidikan">]>
        <form id="e" title="&dinas; Kota"><documents key="x"/><body><p>Yth. &dinas; Kota Sorong</p></body></form>
        """)
        let t = try TemplateLoader.load(path: ok)
        #expect(t.title == "Dinas Pendidikan Kota")
        guard case .paragraph(let p)? = t.body.first else { Issue.record("no paragraph"); return }
        #expect("\(p.inlines)".contains("Dinas Pendidikan"), "an entity in text was dropped: \(p.inlines)")

        let many = dir.write("many.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE form [<!ENTITY e "x">]>
        <form id="e" title="\(String(repeating: "&e;", count: 2001))"><documents key="x"/><body/></form>
        """)
        #expect { _ = try TemplateLoader.load(path: many) } throws: { e in
            (e as? Diagnostics)?.all.first?.message.contains("more than 2000 entity references") == true
        }
        let decl = "<!ENTITY l0 \"lol\">" + (1...6).map { "<!ENTITY l\($0) \"\(String(repeating: "&l\($0 - 1);", count: 10))\">" }.joined()
        let laughs = dir.write("laughs.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE form [\(decl)]>
        <form id="e" title="&l6;"><documents key="x"/><body/></form>
        """)
        #expect { _ = try TemplateLoader.load(path: laughs) } throws: { e in
            (e as? Diagnostics)?.all.first?.message.contains("entit") == true
        }
        let external = dir.write("external.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE form [<!ENTITY x SYSTEM "file:///etc/hostname">]>
        <form id="e" title="&x;"><documents key="x"/><body/></form>
        """)
        #expect { _ = try TemplateLoader.load(path: external) } throws: { e in
            (e as? Diagnostics)?.all.contains { $0.message.contains("external") } == true
        }
    }

    @Test func includesAreCountedOverEveryLevel() throws {
        let dir = TempFolder()
        let form = dir.write("form.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="f" title="F"><documents key="x"/><body><include src="p0.xml"/></body></form>
        """)
        for i in 0..<20 {
            let inner = i < 19 ? String(repeating: "<include src=\"p\(i + 1).xml\"/>", count: 2) : "<p>x</p>"
            dir.write("p\(i).xml", "<?xml version=\"1.0\"?>\n<part>\(inner)</part>\n")
        }
        let started = Date()
        #expect { _ = try TemplateLoader.load(path: form) } throws: { e in
            let all = (e as? Diagnostics)?.all ?? []
            return all.filter { $0.message.contains("200 parts") }.count == 1
        }
        #expect(Date().timeIntervalSince(started) < 10)
        // A part included a few times is fine, and recorded as an input each time.
        dir.write("q.xml", "<?xml version=\"1.0\"?>\n<part><p>q</p></part>\n")
        let few = dir.write("few.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="f" title="F"><documents key="x"/><body><include src="q.xml"/><include src="q.xml"/></body></form>
        """)
        #expect(try TemplateLoader.load(path: few).parts.count == 2)
    }

    @Test func aFormIdIsMadeSafe() throws {
        let dir = TempFolder()
        let form = dir.write("form.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="../../x" title="F"><documents key="x"/><body/></form>
        """)
        #expect(try TemplateLoader.load(path: form).id == "x")
        #expect(TemplateLoader.peek(path: form)?.id == "x")
    }

    @Test func aNamedPipeIsRefusedWithoutBlocking() throws {
        let dir = TempFolder()
        let pipe = (dir.path as NSString).appendingPathComponent("pipe.xml")
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect { _ = try TemplateLoader.load(path: pipe) } throws: { e in
            (e as? Diagnostics)?.all.first?.message.contains("named pipe") == true
        }
        #expect(TemplateLoader.peek(path: pipe) == nil)
    }
}
