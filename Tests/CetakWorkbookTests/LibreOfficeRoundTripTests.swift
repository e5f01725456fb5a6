import CetakCore
import CetakData
import CetakTemplate
import Foundation
import Testing
@testable import CetakWorkbook

/// The workbooks opened by a real spreadsheet program: LibreOffice (headless) saves every sheet as
/// CSV, and each cell must read back as the sample data's value — NIPs with all 18 digits, dates
/// the same day, numbers the same number.
@Suite("LibreOffice round trip")
struct LibreOfficeRoundTripTests {
    static let soffice = "/usr/bin/soffice"

    /// Converts workbooks to one CSV per sheet (`<name>-<sheet>.csv` in `out`), cells as shown.
    static func convert(_ workbooks: [String], to out: String, profile: String) throws {
        #expect(FileManager.default.isExecutableFile(atPath: soffice), "LibreOffice is missing: make deps installs libreoffice-calc-nogui")
        let filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
        let r = try runTool(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", filter,
                                      "--outdir", out] + workbooks)
        #expect(r.code == 0, "soffice: \(r.err)")
    }

    @Test func filledWorkbooksReadBackAsTheSampleData() throws {
        let f = TempFolder()
        var books: [String] = []
        var plans: [String: WorkbookPlan] = [:]
        for id in Repo.programmes {
            let plan = try Repo.samplePlan(id, at: "\(Repo.data)/\(id)/\(id).xlsx").plan
            plans[id] = plan
            books.append("\(f.path)/\(id).xlsx")
            try WorkbookWriter.write(plan, to: books.last!)
        }
        try Self.convert(books, to: f.path + "/csv", profile: f.path + "/profile")
        for id in Repo.programmes {
            let p = try Repo.programme(id)
            for source in try Repo.dataFiles(id) {
                let d = try #require(p.dataset(DataTable.datasetName(of: source)))
                let original = try DataTable.load(path: source)
                let back = try DataTable.load(path: "\(f.path)/csv/\(id)-\(d.name).csv")
                #expect(back.columns == d.columns.map(\.name), "\(id)/\(d.name)")
                #expect(back.rows.count == original.rows.count, "\(id)/\(d.name)")
                for (a, b) in zip(original.rows, back.rows) {
                    for c in d.columns {
                        let x = a[c.name] ?? "", y = b[c.name] ?? ""
                        #expect(same(x, y, c.type), "\(source):\(a.line):\(c.name): \"\(x)\" came back as \"\(y)\"")
                    }
                }
            }
            // The konteks sheet: every key with the context file's value.
            let back = try DataTable.load(path: "\(f.path)/csv/\(id)-konteks.csv")
            let node = try JSONReader.parse(try #require(FileManager.default.contents(atPath: "\(Repo.data)/\(id)/konteks.json")), file: "konteks.json")
            let leaves = Dictionary(ContextFill.flatten(node, prefix: "").map { ($0.key, ContextFill.text($0.node)) }, uniquingKeysWith: { a, _ in a })
            let rows = try #require(plans[id]?.sheet("konteks")).rows
            #expect(back.rows.count == rows.count)
            let fields = Dictionary(p.context.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
            for row in back.rows {
                let key = row["kunci"] ?? ""
                var type = fields[key]?.type ?? .text
                if fields[key] == nil, let n = ContextPath(key).numbered,
                   let f = p.context.first(where: { ContextPath($0.name).numbered.map { $0.group == n.group && $0.rest == n.rest } == true }) {
                    type = f.type
                }
                #expect(same(leaves[key] ?? "", row["nilai"] ?? "", type), "\(id) konteks \(key): \"\(leaves[key] ?? "")\" came back as \"\(row["nilai"] ?? "")\"")
            }
        }
    }

    @Test func blankWorkbooksOpenWithTheContractsHeadersAndKeys() throws {
        let f = TempFolder()
        var books: [String] = []
        for id in Repo.programmes {
            books.append("\(f.path)/\(id).xlsx")
            try WorkbookWriter.write(WorkbookMaker.blank(.programme(Repo.programme(id))), to: books.last!)
        }
        try Self.convert(books, to: f.path + "/csv", profile: f.path + "/profile")
        for id in Repo.programmes {
            let p = try Repo.programme(id)
            for d in p.datasets {
                let text = try String(contentsOfFile: "\(f.path)/csv/\(id)-\(d.name).csv", encoding: .utf8)
                #expect(text.split(separator: "\n").first.map(String.init) == d.columns.map(\.name).joined(separator: ","), "\(id)/\(d.name)")
            }
            let konteks = try DataTable.load(path: "\(f.path)/csv/\(id)-konteks.csv")
            #expect(konteks.rows.map { $0["kunci"] ?? "" } == p.context.map(\.name))
            for (row, k) in zip(konteks.rows, p.context) {
                #expect(same(k.example, row["nilai"] ?? "", k.type), "\(id) \(k.name)")
            }
        }
        // LibreOffice takes in the drop-down lists and the notes: saved as OpenDocument, the
        // kemitraan workbook has its five lists and a note on every header.
        let r = try runTool(Self.soffice, ["-env:UserInstallation=file://" + f.path + "/profile", "--headless", "--convert-to", "ods",
                                           "--outdir", f.path + "/ods", books[0]])
        #expect(r.code == 0, "soffice: \(r.err)")
        let content = try XLSXFile(path: f.path + "/ods/kemitraan.ods").text("content.xml")
        let k = try Repo.programme("kemitraan")
        #expect(content.components(separatedBy: "<table:content-validation ").count - 1 == 5)
        #expect(content.components(separatedBy: "<office:annotation").count - 1 == k.datasets.reduce(3) { $0 + $1.columns.count })
        #expect(content.contains("of:cell-content-is-in-list(&quot;inti&quot;;&quot;mitra&quot;;&quot;imbas&quot;;&quot;korwas&quot;)"))
    }

    /// The same value of a contract type: dates the same day (day first), numbers the same number,
    /// yes/no the same answer, anything else the same text.
    func same(_ original: String, _ back: String, _ type: FieldType) -> Bool {
        let a = CellConversion.trimmedOuter(original), b = CellConversion.trimmedOuter(back)
        switch type {
        case .date: return value(a, .date) == value(b, .date) && !(value(a, .date) == nil && a != b)
        case .number: return value(a, .number) == value(b, .number) && !(value(a, .number) == nil && a != b)
        case .bool: return value(a, .bool) == value(b, .bool)
        case .text, .identifier, .image: return a == b
        }
    }

    func value(_ text: String, _ kind: ColumnSpec.Kind) -> Value? {
        if case .success(let v) = CellConversion.value(text, as: kind) { return v }
        return nil
    }
}
