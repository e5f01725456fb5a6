import Cetak
import CetakCore
import Foundation
import Testing

/// `cetak render --set NAME=VALUE` reads its values as the server reads `set` (RenderOptions.assign): a switch
/// takes yes/no words, a context key any text; anything else is exit 2 with the server's message.
@Suite struct SetOptionTests {
    static let template = """
        <?xml version="1.0" encoding="UTF-8"?>
        <form id="setmini" title="Set">
          <data name="peserta" key="id"><column name="id"/></data>
          <context><key name="tempat"/></context>
          <option name="petunjuk" default="true"/>
          <documents source="data.peserta" as="p" key="{p.id}"/>
          <page paper="a4" margin="20mm"/>
          <style name="body" font="Liberation Serif" size="11"/>
          <body><p>{p.id} di {ctx.tempat}</p><if test="opt.petunjuk"><p>PETUNJUK</p></if></body>
        </form>
        """

    func run(_ sets: [String]) throws -> (code: Int32, err: String, text: String) {
        let f = TestFolder(); defer { f.remove() }
        try f.write("setmini.xml", Self.template)
        try f.write("peserta.csv", "id\nA1\n")
        try f.write("konteks.json", #"{"tempat": "Jayapura"}"#)
        let r = try runTool(Repo.cetak, ["render", f.path + "/setmini.xml", "--data", f.path + "/peserta.csv", "--context", f.path + "/konteks.json",
                                         "--out", f.path + "/out", "--templates", Repo.templates, "--quiet"] + sets.flatMap { ["--set", $0] })
        var text = ""
        if r.code == 0 {
            var o = RenderOptions(form: f.path + "/setmini.xml", templates: Repo.templates)
            o.dataFiles = [f.path + "/peserta.csv"]
            o.contextFile = f.path + "/konteks.json"
            let template = try Renderer.loadTemplate(o)
            for s in sets { let p = s.split(separator: "=", maxSplits: 1).map(String.init); try o.assign(p[0], p[1], for: template) }
            text = try RenderOutcome.pages(o, key: "A1")
        }
        return (r.code, r.err, text)
    }

    @Test func aSwitchTakesYesNoWordsAndAContextKeyAnyText() throws {
        let r = try run(["petunjuk=tidak", "tempat=Sorong"])
        #expect(r.code == 0, "\(r.err)")
        #expect(r.text.contains("A1 di Sorong") && !r.text.contains("PETUNJUK"), "\(r.text)")
        #expect(try run(["petunjuk=false"]).code == 0)
        #expect(try run(["petunjuk=ya"]).text.contains("PETUNJUK"))
    }

    @Test func aWrongValueOrNameIsExitTwoWithTheServersMessage() throws {
        let bad = try run(["petunjuk=mungkin"])
        #expect(bad.code == 2)
        #expect(bad.err.contains("petunjuk is a switch of form 'setmini': give ya or tidak, not \"mungkin\""), "\(bad.err)")
        let unknown = try run(["warna=merah"])
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("form 'setmini' has no switch or context key 'warna' (it has: petunjuk, tempat)"), "\(unknown.err)")
        let noValue = try run(["petunjuk"])
        #expect(noValue.code != 0 && noValue.err.contains("--set takes NAME=VALUE"), "\(noValue.err)")
    }
}
