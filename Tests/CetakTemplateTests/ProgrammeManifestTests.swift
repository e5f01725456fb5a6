import CetakCore
import Foundation
import Testing
@testable import CetakTemplate

/// The programme manifests (`Templates/<programme>/programme.xml`) against the templates and the
/// sample data: what a form declares is in the manifest, so the workbook and the forms cannot drift.
@Suite("Programme manifests")
struct ProgrammeManifestTests {
    /// The programme folders: those holding form templates.
    static let programmes: [String] = {
        let forms = shippedFormFiles().map { (($0 as NSString).deletingLastPathComponent as NSString).lastPathComponent }
        return forms.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }()

    static func manifest(_ id: String) throws -> Programme {
        try ProgrammeLoader.load(path: "\(templatesDir)/\(id)/programme.xml", schema: schemaPath)
    }

    static func forms(_ id: String) throws -> [Template] {
        try shippedFormFiles().filter { ($0 as NSString).deletingLastPathComponent.hasSuffix("/" + id) }
            .map { try loadTemplate($0, schema: schemaPath).get() }
    }

    @Test func everyProgrammeHasAManifest() {
        #expect(Self.programmes.sorted() == ["diklat", "kemitraan", "sekolah-model"])
    }

    @Test(arguments: programmes)
    func manifestLoadsAndIsNamedAfterItsFolder(_ id: String) throws {
        let p = try Self.manifest(id)
        #expect(p.id == id)
        #expect(!p.datasets.isEmpty)
        for d in p.datasets { for c in d.columns { #expect(!c.note.isEmpty && !c.example.isEmpty, "\(d.name).\(c.name)") } }
        for k in p.context { #expect(!k.note.isEmpty && !k.example.isEmpty, "\(k.name)") }
    }

    @Test(arguments: programmes)
    func everyColumnAFormDeclaresIsInTheManifestWithItsType(_ id: String) throws {
        let p = try Self.manifest(id)
        for t in try Self.forms(id) {
            for d in t.datasets {
                guard let md = p.dataset(d.name) else { Issue.record("\(t.file): dataset '\(d.name)' is not in the manifest"); continue }
                for c in d.columns {
                    guard let mc = md.column(c.name) else { Issue.record("\(t.file): column '\(d.name).\(c.name)' is not in the manifest"); continue }
                    #expect(Self.fits(c.type, mc.type), "\(t.file): \(d.name).\(c.name) is \(c.type) in the form, \(mc.type) in the manifest")
                }
            }
        }
    }

    @Test(arguments: programmes)
    func everyContextKeyAFormDeclaresIsListed(_ id: String) throws {
        let p = try Self.manifest(id)
        for t in try Self.forms(id) {
            for k in t.contextKeys {
                #expect(p.lists(contextKey: k.path), "\(t.file):\(k.location.line): context key '\(k.path)' is not in the manifest")
                if let m = p.context.first(where: { $0.name == k.path }) {
                    #expect(Self.fits(k.type, m.type), "\(t.file): \(k.path) is \(k.type) in the form, \(m.type) in the manifest")
                }
            }
        }
    }

    @Test(arguments: programmes)
    func everyContextKeyOfTheManifestIsNeededByAForm(_ id: String) throws {
        let p = try Self.manifest(id)
        let needed = Set(try Self.forms(id).flatMap { p.contextKeys(declared: $0.contextKeys.map(\.path)).map(\.name) })
        for k in p.context {
            #expect(needed.contains(k.name), "\(p.file):\(k.location.line): no form of \(id) declares '\(k.name)' or its group: remove it")
        }
    }

    /// The sample data follows the contract: each `Data/<programme>/<dataset>.csv` has the manifest's columns, in order.
    @Test(arguments: programmes)
    func theSampleDataHasTheManifestsColumns(_ id: String) throws {
        let p = try Self.manifest(id)
        let folder = ((templatesDir as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Data/\(id)")
        for d in p.datasets {
            let path = "\(folder)/\(d.name).csv"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { Issue.record("no \(path)"); continue }
            var header = String(text.prefix { !$0.isNewline })
            if header.hasPrefix("\u{FEFF}") { header.removeFirst() }
            let sep: Character = header.filter { $0 == ";" }.count > header.filter { $0 == "," }.count ? ";" : ","
            #expect(header.split(separator: sep).map { $0.trimmingCharacters(in: .whitespaces).lowercased() } == d.columns.map(\.name), "\(path)")
        }
    }

    /// A form's type fits the manifest's: a NIP is an identifier, text may be an identifier or an image path.
    static func fits(_ form: ValueType, _ manifest: FieldType) -> Bool {
        switch form {
        case .nip: return manifest == .identifier
        case .text: return [.text, .identifier, .image].contains(manifest)
        case .date: return manifest == .date
        case .number: return manifest == .number
        case .bool: return manifest == .bool
        }
    }

    @Test func contextKeysOfAFormTakeTheirGroupAndWhatIsUnderThem() throws {
        let p = try Self.manifest("diklat")
        let keys = p.contextKeys(declared: ["tempat", "instansi.nama", "penilai"]).map(\.name)
        #expect(keys.contains("tempat") && !keys.contains("tanggal"), "top-level keys only when declared")
        #expect(keys.contains("instansi.logo") && keys.contains("instansi.alamat"), "the group of a declared key")
        #expect(keys.contains("penilai.2.jabatan"), "keys under a declared key")
        #expect(!keys.contains("kepala_dinas.nama") && !keys.contains("diklat.ketua.nama"))
        #expect(p.lists(contextKey: "penilai") && p.lists(contextKey: "diklat.ketua.nip") && !p.lists(contextKey: "diklat.ketua.pangkat"))
    }

    @Test func manifestMistakesAreNamedWithTheirLine() {
        let f = TempFolder()
        let path = f.write("x/programme.xml", """
            <programme id="x" title="X">
              <dataset name="a" note="n">
                <column name="tgl" type="date" note="n" example="31/02/2020"/>
                <column name="peran" values="inti|mitra" note="n" example="imbas"/>
                <column name="tgl" note="n"/>
                <column name="ok" type="bool" values="ya|tidak" note="n"/>
                <column name="w" type="waktu" note="n"/>
                <column name="k" values="a,b|c" note="n"/>
              </dataset>
              <context><key name="tempat"/></context>
            </programme>
            """)
        let errors: [Diagnostic]
        do { _ = try ProgrammeLoader.load(path: path); errors = [] } catch { errors = error.all }
        func at(_ line: Int, _ text: String) -> Bool { errors.contains { $0.location?.line == line && $0.message.contains(text) } }
        #expect(at(3, "is not a date"), "\(errors)")
        #expect(at(4, "is not one of the values"))
        #expect(at(5, "declared twice"))
        #expect(at(6, "takes no values"))
        #expect(at(7, "type=\"waktu\""))
        #expect(at(8, "comma"))
        #expect(at(10, "'note'"))
        #expect(!errors.contains { $0.message.contains("programme id") }, "the folder is x, as the id")
        let form = f.write("form.xml", "<form id=\"a\"><body><p>x</p></body></form>")
        #expect(throws: Diagnostics.self) { try ProgrammeLoader.load(path: form) }
    }

    @Test func theIdIsTheNameOfTheManifestsFolder() throws {
        let f = TempFolder()
        let text = #"<programme id="kemitraan" title="K"><context><key name="tempat" note="n"/></context></programme>"#
        #expect(try ProgrammeLoader.load(path: f.write("kemitraan/programme.xml", text)).id == "kemitraan")
        #expect(try ProgrammeLoader.load(path: f.write("a/../kemitraan/programme.xml", text)).id == "kemitraan")
        let wrong = f.write("kemitraan-2026/programme.xml", text)
        #expect {
            try ProgrammeLoader.load(path: wrong)
        } throws: { e in
            let d = (e as? Diagnostics)?.all
            return d?.count == 1 && d?.first?.location?.file == wrong && d?.first?.location?.line == 1
                && d?.first?.message.contains("the programme id 'kemitraan' is not the name of its folder 'kemitraan-2026'") == true
        }
    }
}
