import CetakCore
import Foundation
import Testing
@testable import CetakWorkbook

/// Writing: atomic replacement, errors naming the file, cell names.
@Suite("Workbook writer")
struct WorkbookWriterTests {
    static func plan(sheet: String) -> WorkbookPlan {
        WorkbookPlan(title: "t", sheets: [SheetPlan(name: sheet, columns: [SheetColumn(header: "a", note: "", width: 10)],
                                                      rows: [[.text("x")]])])
    }

    @Test func aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws {
        let f = TempFolder()
        let path = f.write("w.xlsx", "the old workbook")
        #expect {
            try WorkbookWriter.write(Self.plan(sheet: "a[b"), to: path)
        } throws: { e in
            let d = (e as? Diagnostics)?.all.first
            return d?.location?.file == path && d?.message.contains("sheet name 'a[b'") == true
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old workbook")
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.path) == ["w.xlsx"])
        try WorkbookWriter.write(Self.plan(sheet: "ok"), to: path)
        #expect(try XLSXFile(path: path).sheetNames() == ["ok"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: f.path) == ["w.xlsx"])
    }

    @Test func theFolderIsMadeWhenMissing() throws {
        let f = TempFolder()
        try WorkbookWriter.write(Self.plan(sheet: "s"), to: f.path + "/a/b/w.xlsx")
        #expect(FileManager.default.fileExists(atPath: f.path + "/a/b/w.xlsx"))
    }

    @Test func aTextLongerThanACellHoldsIsAnErrorNamingTheCell() throws {
        let f = TempFolder()
        let long = String(repeating: "x", count: 32_768)
        let plan = WorkbookPlan(title: "t", sheets: [SheetPlan(name: "s", columns: [SheetColumn(header: "a", note: "", width: 10)],
                                                               rows: [[.empty], [.text(long)]])])
        #expect {
            try WorkbookWriter.write(plan, to: f.path + "/w.xlsx")
        } throws: { e in
            (e as? Diagnostics)?.all.first?.message.contains("sheet 's', cell A3") == true
        }
        #expect(!FileManager.default.fileExists(atPath: f.path + "/w.xlsx"))
    }

    @Test func cellNames() {
        #expect(CellName.of(row: 0, column: 0) == "A1")
        #expect(CellName.of(row: 16, column: 1) == "B17")
        #expect(CellName.column(25) == "Z")
        #expect(CellName.column(26) == "AA")
        #expect(CellName.column(29) == "AD")
        #expect(CellName.column(701) == "ZZ")
        #expect(CellName.column(702) == "AAA")
    }

    @Test func aListMessageFitsExcelsLimit() {
        let many = Choices(values: (1...60).map { "pilihan \($0)" }, open: false)
        #expect(WorkbookWriter.message(many).count <= 255)
        #expect(WorkbookWriter.message(Choices(values: ["L", "P"], open: false)) == "Pilih salah satu: L, P.")
    }
}
