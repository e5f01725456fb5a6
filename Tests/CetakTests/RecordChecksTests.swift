@testable import Cetak
import CetakCore
import CetakTemplate
import Foundation
import Testing

/// What a template declares beyond types: valid NIPs, number ranges, unique keys, derived columns.
@Suite struct RecordChecksTests {
    func inputs(_ csv: String, derive: String = "nilai * 2") throws -> RunInputs {
        let dir = makeTemporaryFolder()
        try """
        <form id="t" title="t">
          <data name="calon" key="nip">
            <column name="nip" type="nip"/><column name="nilai" type="number" min="0" max="100"/>
            <derive name="dobel" value="\(derive)"/>
          </data>
          <documents source="data.calon" as="c" key="{c.nip}"/>
          <body><p>{c.nip}</p></body>
        </form>
        """.write(toFile: dir + "/t.xml", atomically: true, encoding: .utf8)
        try csv.write(toFile: dir + "/calon.csv", atomically: true, encoding: .utf8)
        let t = try TemplateLoader.load(path: dir + "/t.xml")
        return try RunInputs.load(template: t, dataFiles: [dir + "/calon.csv"], contextFile: nil, blank: false)
    }

    @Test func badNIPsRangesAndDuplicateKeysRejectOnlyTheirRecords() throws {
        let r = try inputs("""
        nip,nilai
        197205141998031006,85
        1972051419980310,80
        197202301998031006,80
        198101232005012003,100.5
        198101232005012003,-1
        "19810123 200501 2 003",70,5
        198101232005012003,90
        """.replacingOccurrences(of: "70,5", with: "\"70,5\""))
        let kept = r.data.values(of: "calon") ?? []
        #expect(kept.map { $0.record?["nip"].text } == ["197205141998031006", "198101232005012003"])
        // The spaced NIP is normalised to its digits; the later duplicate names the first line.
        #expect(kept.last?.record?["dobel"] == .number(141))
        let messages = r.rejected.map(\.message)
        #expect(r.rejected.count == 5)
        #expect(r.rejected[0].location?.line == 3 && r.rejected[0].location?.field == "nip")
        #expect(messages[0].contains("not a valid NIP"))
        #expect(r.rejected[1].location?.line == 4)
        #expect(messages[2].contains("above 100"))
        #expect(messages[3].contains("below 0"))
        #expect(messages[4].contains("first is on line 7"))
        #expect(r.rejected[4].location?.line == 8)
    }

    @Test func everyRejectionIsARecordsAndASecondKeyLeavesTheFirstUsable() throws {
        let r = try inputs("nip,nilai\n197205141998031006,85\n197205141998031006,80\n1972051419980310,80\n")
        #expect(r.rejected.count == 2 && r.rejected.allSatisfy { $0.kind == .record })
        // The second record with a key is left out; the key still finds the first, never "rejected".
        #expect(r.data.rejection(in: "calon", key: "197205141998031006") == nil)
        #expect(r.data.rejection(in: "calon", key: "1972051419980310")?.message.contains("not a valid NIP") == true)
    }

    @Test func aDerivedColumnStopsOnAMistakeOfTheTemplateAndRejectsOnAValue() throws {
        let csv = "nip,nilai\n197205141998031006,85\n198101232005012003,90\n"
        #expect { _ = try inputs(csv, derive: "nilai * faktor") } throws: { e in
            let d = (e as? Diagnostics)?.errors.first
            return d?.kind == .template && d?.message.hasPrefix("unknown name 'faktor'") == true && d?.location?.file.hasSuffix("t.xml") == true
        }
        let r = try inputs(csv, derive: "seleksi($row, nilai)")
        #expect(r.rejected.count == 2 && r.rejected.allSatisfy { $0.kind == .record && $0.message.hasPrefix("dobel: ") })
    }
}
