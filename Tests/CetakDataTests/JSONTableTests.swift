import CetakCore
import CetakData
import Testing

@Suite("JSON tables")
struct JSONTableTests {
    @Test func arrayOfObjectsBecomesATable() throws {
        let text = """
            [
              {"NIP": "197205141998031006", "makalah": 85, "lulus": true, "catatan": null},
              {"nip": "198101232005012003", "makalah": "70,5", "extra": "x"}
            ]
            """
        let t = try JSONTable.read(text: text, file: "Data/nilai.json")
        #expect(t.name == "nilai")
        #expect(t.format == .json)
        #expect(t.columns == ["nip", "makalah", "lulus", "catatan", "extra"])
        #expect(t.rows.map(\.line) == [2, 3])
        #expect(t.rows[0].values == ["197205141998031006", "85", "true", "", ""])
        #expect(t.rows[1]["makalah"] == "70,5")
        #expect(t.rows[1]["lulus"] == "")
        #expect(t.rows[0].location(of: "makalah") == SourceLocation(file: "Data/nilai.json", line: 2, column: 44, field: "makalah"))
    }

    @Test func nonArrayIsAnErrorWithLocation() {
        #expect {
            _ = try JSONTable.read(text: "\n  {\"a\": 1}", file: "Data/x.json")
        } throws: { error in
            (error as? Diagnostics)?.errors.first?.description
                == "Data/x.json:2:3: error: expected an array of objects (one per row), found an object"
        }
    }

    @Test func nonObjectElementIsAnError() {
        #expect {
            _ = try JSONTable.read(text: "[{\"a\": 1},\n 5]", file: "x.json")
        } throws: { error in
            let d = (error as? Diagnostics)?.errors.first
            return d?.location?.line == 2 && d?.location?.column == 2 && d?.message.contains("found a number") == true
        }
    }

    @Test func nestedValueRejectsOnlyThatRow() throws {
        let t = try JSONTable.read(text: "[{\"a\": 1},\n{\"a\": [1]},\n{\"a\": 3}]", file: "x.json")
        #expect(t.rows.map { $0["a"] } == ["1", "3"])
        #expect(t.rejected.count == 1)
        #expect(t.rejected[0].location?.line == 2)
        #expect(t.rejected[0].location?.field == "a")
        #expect(t.rejected[0].message.contains("an array"))
    }

    @Test func emptyArrayIsZeroRowsAndLacksNoColumn() throws {
        let t = try JSONTable.read(text: "[]", file: "x.json")
        #expect(t.rows.isEmpty)
        #expect(t.missingColumns([ColumnSpec("nip", required: true)]).isEmpty)
    }
}
