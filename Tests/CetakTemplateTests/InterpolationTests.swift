import Testing
import CetakCore
@testable import CetakTemplate

private func interp(_ s: String) throws -> [Interpolation.Piece] { try Interpolation.parse(s).pieces }

private func interpError(_ text: String) -> Diagnostic? {
    do { _ = try Interpolation.parse(text); return nil } catch { return error }
}

@Suite("Interpolation")
struct InterpolationTests {
    @Test func plainText() throws {
        #expect(try interp("Laporan Bulanan") == [.text("Laporan Bulanan")])
        #expect(try interp("") == [])
        #expect(try Interpolation.parse("tanpa nilai").isLiteral)
    }

    @Test func textAndHoles() throws {
        #expect(try interp("Halo {nama}!") == [.text("Halo "), .expr(.name("nama")), .text("!")])
        #expect(try interp("{k.mitra_id}-{k.tanggal | bulan_kunci}")
                == [.expr(.member(.name("k"), "mitra_id")), .text("-"), .expr(.call("bulan_kunci", [.member(.name("k"), "tanggal")]))])
        #expect(try !Interpolation.parse("{a}").isLiteral)
    }

    @Test func adjacentHoles() throws {
        #expect(try interp("{a}{b}") == [.expr(.name("a")), .expr(.name("b"))])
    }

    @Test func doubledBracesAreLiteral() throws {
        #expect(try interp("{{") == [.text("{")])
        #expect(try interp("}}") == [.text("}")])
        #expect(try interp("{{nama}}") == [.text("{nama}")])
        #expect(try interp("a {{ {b} }} c") == [.text("a { "), .expr(.name("b")), .text(" } c")])
    }

    @Test func bracesInsideQuotedTextDoNotCloseTheHole() throws {
        #expect(try interp("{if(x, '}', '{')}") == [.expr(.call("if", [.name("x"), .literal(.string("}")), .literal(.string("{"))]))])
    }

    @Test func unclosedBraceGivesItsColumn() {
        let e = interpError("Halo {nama")
        #expect(e?.expressionColumn == 6)
        #expect(e?.message.contains("never closed") == true)
        #expect(interpError("{")?.expressionColumn == 1)
    }

    @Test func strayClosingBrace() {
        let e = interpError("ab } cd")
        #expect(e?.expressionColumn == 4)
        #expect(e?.message.contains("'}}'") == true)
    }

    @Test func errorInsideAHoleCountsFromTheStartOfTheText() {
        // "x {a +}": the expression "a +" ends at column 4 of itself, column 7 of the text.
        #expect(interpError("x {a +}")?.expressionColumn == 7)
        #expect(interpError("{(a}")?.expressionColumn == 4)
        #expect(interpError("ab {'open}")?.expressionColumn == 4) // the quote hides the closing brace
    }
}
