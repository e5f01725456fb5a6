@_exported import CetakTestSupport
import CetakCore
import CetakData
import CetakXLSX
import Foundation
import ZIPFoundation

/// Paths and helpers of the XLSX reader's tests.
enum Fixture {
    /// The fixture folder (workbooks saved by LibreOffice: Tests/make-xlsx-fixtures.py).
    static let folder = repositoryRoot + "/Tests/CetakXLSXTests/Fixtures"

    static func path(_ name: String) -> String { folder + "/" + name }

    /// A workbook package made here from its XML parts, for what LibreOffice never writes (inline
    /// strings, 17-digit numbers, serial 60, cells without references, ISO date cells) — the parts
    /// Excel and other writers produce. `sheets`: name → the `<sheetData>` (and more) of the sheet.
    static func package(sheets: [(String, String)], sharedStrings: [String] = [], numFmts: String = "",
                        cellXfs: [Int] = [0], date1904: Bool = false, stored: Bool = false, prolog: String = "") throws -> Data {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: stored ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try add("_rels/.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        let sheetList = sheets.enumerated().map { i, s in "<sheet name=\"\(s.0)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 10)\"/>" }.joined()
        try add("xl/workbook.xml", """
            <?xml version="1.0"?><workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr date1904="\(date1904 ? 1 : 0)"/>\
            <sheets>\(sheetList)</sheets></workbook>
            """)
        let sheetRels = sheets.indices.map { i in "<Relationship Id=\"rId\(i + 10)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>" }.joined()
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRels)\
            <Relationship Id="rId1" Type="\(rel)/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>
            """)
        let xfs = cellXfs.map { "<xf numFmtId=\"\($0)\"/>" }.joined()
        try add("xl/styles.xml", """
            <?xml version="1.0"?><styleSheet xmlns="\(main)"><numFmts>\(numFmts)</numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>\(xfs)</cellXfs></styleSheet>
            """)
        try add("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\">" + sharedStrings.joined() + "</sst>")
        for (i, s) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(i + 1).xml", "<?xml version=\"1.0\"?>\(prolog)<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\">\(s.1)</worksheet>")
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
