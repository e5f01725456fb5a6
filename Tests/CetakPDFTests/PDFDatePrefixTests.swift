import Foundation
import Testing
@testable import CetakPDF

@Suite("D: prefix repair of cairo 1.16 Info dates")
struct PDFDatePrefixTests {
    /// Every in-use entry of the (single, classic) xref table must point at "<n> 0 obj".
    private func xrefIsConsistent(_ pdf: [UInt8]) throws -> Bool {
        let text = String(decoding: pdf, as: UTF8.self)
        let startxref = try #require(text.range(of: "startxref", options: .backwards))
        let xrefOffset = try #require(Int(text[startxref.upperBound...].split(separator: "\n")[0]))
        let table = Array(pdf[xrefOffset...])
        let header = String(decoding: table.prefix(40), as: UTF8.self).split(separator: "\n")
        #expect(header[0] == "xref")
        let count = try #require(Int(header[1].split(separator: " ")[1]))
        var entry = 5 + header[1].utf8.count + 1
        for object in 0..<count {
            let line = String(decoding: table[entry..<entry + 20], as: UTF8.self)
            entry += 20
            guard line.contains(" n ") else { continue }
            let offset = try #require(Int(line.prefix(10)))
            if !String(decoding: pdf[offset..<offset + 12], as: UTF8.self).hasPrefix("\(object) 0 obj") { return false }
        }
        return true
    }

    @Test func insertsPrefixAndKeepsCrossReferencesValid() throws {
        let dir = try Fixture.directory(); defer { Fixture.remove(dir) }
        try Fixture.write([(try Fixture.page(1), "Satu"), (try Fixture.page(2), "Dua")], to: dir + "/d.pdf")
        let fixed = [UInt8](try Fixture.bytes(dir + "/d.pdf"))
        let text = String(decoding: fixed, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20190901073000Z)") && text.contains("/ModDate (D:20190901073000Z)"))
        #expect(try xrefIsConsistent(fixed))
        // Already-prefixed input is left alone, as is anything that is not a cairo PDF.
        #expect(PDFDatePrefix.fixed(fixed) == fixed)
        let junk = Array("not a pdf /CreationDate (2019) startxref 5".utf8)
        #expect(PDFDatePrefix.fixed(junk) == junk)
    }
}
