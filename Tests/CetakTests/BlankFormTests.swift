import Cetak
import CetakCore
import Foundation
import Testing

/// Forms for handwriting: empty rows that compute nothing, letterhead lines left out when empty,
/// blanks where a borderless table's values go, lines to write on after empty fields, rows to the
/// bottom of the page.
@Suite struct BlankFormTests {
    /// A small form over `calon.csv` (nama, ok) and a context, laid out blank or over `rows`.
    static func render(blank: Bool, rows: [(String, String)] = [], fill: String = "rows", context: String = "{}") throws -> [Frame] {
        let dir = makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let form = """
            <form id="uji">
              <data name="calon"><column name="nama"/><column name="nip" optional="true"/><column name="ok" type="bool"/></data>
              <context><key name="tempat" optional="true"/><key name="telepon" optional="true"/><key name="nomor" optional="true"/></context>
              <body>
                <p omit-empty="true">KOP {ctx.telepon}</p>
                <table border="none"><column/><column/>
                  <row><cell>Nomor</cell><cell>{ctx.nomor}</cell></row>
                </table>
                <fields><field label="Waktu">{ctx.tempat}</field></fields>
                <table><column width="10mm"/><column/><column/>
                  <rows source="data.calon" min-rows="3" fill="\(fill)">
                    <cell>{$no}.</cell>
                    <cell><p>{nama}</p><p>NIP. {nip}</p></cell>
                    <cell>{if(ok, 'Ada', 'Tidak Ada')}</cell>
                  </rows>
                </table>
                <p keep-with-previous="true">{ctx.tempat}, 1 Januari 2026</p>
              </body>
            </form>
            """
        try form.write(toFile: dir + "/uji.xml", atomically: true, encoding: .utf8)
        var o = RenderOptions(form: dir + "/uji.xml", templates: Repo.templates)
        o.blank = blank
        if !blank {
            let csv = "nama,nip,ok\n" + rows.map { "\($0.0),,\($0.1)" }.joined(separator: "\n") + "\n"
            try csv.write(toFile: dir + "/calon.csv", atomically: true, encoding: .utf8)
            try context.write(toFile: dir + "/konteks.json", atomically: true, encoding: .utf8)
            o.dataFiles = [dir + "/calon.csv"]
            o.contextFile = dir + "/konteks.json"
        }
        return try #require(try Repo.layoutAll(o).first).frames
    }

    @Test func emptyRowsComputeNothingButTheirNumber() throws {
        let frames = try Self.render(blank: false, rows: [("Ani", "tidak")])
        let text = frames.map(\.text).joined(separator: "\n")
        // The data row says what it says; the two empty rows only their numbers, no "Tidak Ada", no lone "NIP.".
        #expect(text.components(separatedBy: "Tidak Ada").count - 1 == 1)
        #expect(text.components(separatedBy: "NIP.").count - 1 == 1)
        #expect(text.contains("2.\n3."))
        let blank = try Self.render(blank: true).map(\.text).joined(separator: "\n")
        #expect(!blank.contains("Tidak Ada") && !blank.contains("NIP."))
        #expect(blank.contains("1.\n2.\n3."))
    }

    @Test func aLineWhoseValuesAreAllEmptyIsLeftOut() throws {
        let blank = try Self.render(blank: true).map(\.text).joined(separator: "\n")
        #expect(!blank.contains("KOP"))
        let filled = try Self.render(blank: false, rows: [("Ani", "ya")], context: #"{"telepon": "0986 211234"}"#)
        #expect(filled[0].text.hasPrefix("KOP 0986 211234"))
    }

    @Test func aBlankFormHasBlanksForNomorPlaceAndDate() throws {
        let lines = try Self.render(blank: true)[0].text.split(separator: "\n")
        #expect(lines.contains("Nomor " + "………………………"))
        #expect(lines.contains("………………………, 1 Januari 2026"))
        #expect(!lines.contains { $0.hasPrefix(",") })
    }

    @Test func anEmptyFieldGetsALineToWriteOn() throws {
        let frame = try Self.render(blank: false, rows: [("Ani", "ya")])[0]
        // The field "Waktu" has no value: a dotted leader follows its colon, in a document with data too.
        let dotted = frame.items.compactMap { if case .line(let l) = $0, !l.dash.isEmpty { return l } else { return nil } }
        #expect(dotted.count == 1)
        #expect(frame.text.contains("Waktu :"))
    }

    @Test func fillPageRowsUseTheSheetWhenTheTableIsEmpty() throws {
        let blank = try Self.render(blank: true, fill: "page")
        #expect(blank.count == 1)
        let rows = blank[0].runs.filter { $0.text.hasSuffix(".") && Int($0.text.dropLast()) != nil }
        // A4 portrait less margins and the lines above: some twenty rows of 10 mm, numbered in order.
        #expect(rows.count >= 20)
        #expect(rows.map(\.text) == (1...rows.count).map { "\($0)." })
        // With data, min-rows pads as before.
        let filled = try Self.render(blank: false, rows: [("Ani", "ya")], fill: "page")
        #expect(filled[0].text.contains("3.") && !filled[0].text.contains("4."))
    }
}
