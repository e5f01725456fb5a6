import CetakCore
import Foundation
import Testing
@testable import CetakTemplate

/// The validator's findings in words a template author can act on, never libxml2's own.
@Suite struct SchemaWordsTests {
    func words(_ m: String, _ element: String? = nil, _ parent: String? = nil) -> String? {
        SchemaWords.explain(.init(message: m, element: element, parent: parent))
    }

    @Test func namesTheElementsInvolved() {
        #expect(words("Expecting an element column, got nothing", "table") == "<table> is missing a <column> element here")
        #expect(words("Element cell has extra content: fields") == "<fields> cannot stand inside <cell>")
        #expect(words("Element table has extra content: text") == "text cannot stand directly inside <table>")
        #expect(words("Did not expect element foo there", "foo", "body") == "<foo> is not allowed here inside <body>")
        #expect(words("Expecting element row, got cel") == "<cel> is not allowed here: <row> was expected")
        #expect(words("Extra element row in interleave", nil, "table") == "<row> is not allowed here inside <table>, or is given twice")
        #expect(words("Invalid attribute colspna for element cell")?.hasPrefix("<cell> does not take colspna=") == true)
        #expect(words("Element column failed to validate attributes") == "<column> lacks an attribute it needs, or has one it does not take")
    }

    @Test func dropsWhatOnlySumsUp() {
        #expect(words("Invalid sequence in interleave") == nil)
        #expect(SchemaWords.isSummary("Element table failed to validate content"))
        #expect(!SchemaWords.isSummary("Did not expect element foo there"))
    }

    /// Every mutation that both the schema and the loader reject is reported in our words.
    @Test(arguments: rejectedByBoth.indices)
    func noMessageIsLibxml2s(_ i: Int) {
        let (from, to) = rejectedByBoth[i]
        let f = TempFolder()
        f.write("parts/p.xml", "<part><p>bagian</p><if test=\"true\"><p>a</p></if><else/></part>")
        let path = f.write("contoh.xml", kitchenSink.replacingOccurrences(of: from, with: to))
        let errors = loadErrors(path, schema: schemaPath)
        #expect(!errors.isEmpty)
        let raw = ["Expecting an element", "got nothing", "Invalid attribute", "failed to validate", "has extra content", "interleave", "Did not expect"]
        for e in errors {
            #expect(!raw.contains { e.message.contains($0) }, "libxml2's words for \(to): \(e)")
            #expect(e.location?.line != nil, "no line for \(e)")
        }
    }

    /// What only the schema objects to is still said with its line.
    @Test func schemaOnlyFindingKeepsItsLine() {
        let f = TempFolder()
        let path = writeForm(f, body: "<table><column width=\"1*\"/>\nteks lepas<row><cell>a</cell></row></table>")
        let errors = loadErrors(path, schema: schemaPath)
        #expect(errors.map(\.message) == ["text cannot stand directly inside <table>"], "\(errors)")
        #expect(errors.first?.location?.line == 6)
    }
}
