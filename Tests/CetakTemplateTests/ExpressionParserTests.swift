import Testing
import CetakCore
@testable import CetakTemplate

private func parse(_ s: String) throws -> Expr { try ExprParser.parse(s) }
private func n(_ s: String) -> Expr { .name(s) }
private func str(_ s: String) -> Expr { .literal(.string(s)) }

/// Parses `text`, expecting a syntax error, and returns it.
private func parseError(_ text: String) -> Diagnostic? {
    do { _ = try ExprParser.parse(text); return nil } catch { return error }
}

@Suite("Expression parser")
struct ExpressionParserTests {
    @Test func andBindsTighterThanOr() throws {
        #expect(try parse("a or b and c") == .binary(.or, n("a"), .binary(.and, n("b"), n("c"))))
        #expect(try parse("a and b or c") == .binary(.or, .binary(.and, n("a"), n("b")), n("c")))
    }

    @Test func notAppliesToTheComparison() throws {
        #expect(try parse("not a = b") == .unary(.not, .binary(.eq, n("a"), n("b"))))
        #expect(try parse("not a and b") == .binary(.and, .unary(.not, n("a")), n("b")))
    }

    @Test func arithmeticPrecedence() throws {
        let one = Expr.literal(.number("1")), two = Expr.literal(.number("2")), three = Expr.literal(.number("3"))
        #expect(try parse("1 + 2 * 3") == .binary(.add, one, .binary(.mul, two, three)))
        #expect(try parse("(1 + 2) * 3") == .binary(.mul, .binary(.add, one, two), three))
        #expect(try parse("1 - 2 - 3") == .binary(.sub, .binary(.sub, one, two), three))
        #expect(try parse("-x * 2") == .binary(.mul, .unary(.neg, n("x")), two))
        #expect(try parse("a + 1 > b") == .binary(.gt, .binary(.add, n("a"), one), n("b")))
    }

    @Test func comparisonOperators() throws {
        #expect(try parse("a = b") == .binary(.eq, n("a"), n("b")))
        #expect(try parse("a == b") == .binary(.eq, n("a"), n("b")))
        #expect(try parse("a != b") == .binary(.ne, n("a"), n("b")))
        #expect(try parse("a <= b") == .binary(.le, n("a"), n("b")))
        #expect(try parse("a >= b") == .binary(.ge, n("a"), n("b")))
        #expect(try parse("a < b") == .binary(.lt, n("a"), n("b")))
    }

    @Test func formatterAfterABar() throws {
        #expect(try parse("x | tanggal") == .call("tanggal", [n("x")]))
        #expect(try parse("x | desimal(1)") == .call("desimal", [n("x"), .literal(.number("1"))]))
        #expect(try parse("k.tanggal | bulan_kunci | upper") == .call("upper", [.call("bulan_kunci", [.member(n("k"), "tanggal")])]))
        // The bar is the loosest operator.
        #expect(try parse("a + b | nip") == .call("nip", [.binary(.add, n("a"), n("b"))]))
    }

    @Test func whereInsideACall() throws {
        #expect(try parse("count(rows where terlaksana)") == .call("count", [.filter(n("rows"), n("terlaksana"))]))
    }

    @Test func whereIsLooserThanOr() throws {
        let e = try parse("data.kegiatan where mitra_id = mitra.id and tahap = 'ojl1'")
        #expect(e == .filter(.member(n("data"), "kegiatan"),
                             .binary(.and, .binary(.eq, n("mitra_id"), .member(n("mitra"), "id")),
                                     .binary(.eq, n("tahap"), str("ojl1")))))
        #expect(try parse("rows where a or b") == .filter(n("rows"), .binary(.or, n("a"), n("b"))))
    }

    @Test func datasetLookup() throws {
        #expect(try parse("data.peserta[mitra.pasangan_id]")
                == .index(.member(n("data"), "peserta"), .member(n("mitra"), "pasangan_id")))
        #expect(try parse("data.peserta[k.id].nama") == .member(.index(.member(n("data"), "peserta"), .member(n("k"), "id")), "nama"))
    }

    @Test func membershipInAList() throws {
        #expect(try parse("tahap in ['ojl2','ojl3']") == .binary(.in, n("tahap"), .list([str("ojl2"), str("ojl3")])))
        #expect(try parse("[]") == .list([]))
    }

    @Test func dollarNames() throws {
        #expect(try parse("$no") == n("$no"))
        #expect(try parse("$prev.nama") == .member(n("$prev"), "nama"))
        #expect(try parse("$no + 1") == .binary(.add, n("$no"), .literal(.number("1"))))
    }

    @Test func literals() throws {
        #expect(try parse("true") == .literal(.bool(true)))
        #expect(try parse("false") == .literal(.bool(false)))
        #expect(try parse("null") == .literal(.null))
        #expect(try parse("12.50") == .literal(.number("12.50")))
        #expect(try parse("'ojl 1'") == str("ojl 1"))
        #expect(try parse("\"ojl 1\"") == str("ojl 1"))
    }

    @Test func doubledQuotesInsideText() throws {
        #expect(try parse("'Jum''at'") == str("Jum'at"))
        #expect(try parse("\"say \"\"hi\"\"\"") == str("say \"hi\""))
        #expect(try parse("'a \"b\"'") == str("a \"b\""))
        #expect(try parse("''") == str(""))
    }

    @Test func functionCalls() throws {
        #expect(try parse("if(not empty(x), '✓', '')")
                == .call("if", [.unary(.not, .call("empty", [n("x")])), str("✓"), str("")]))
        #expect(try parse("persen(terlaksana, count(rows))") == .call("persen", [n("terlaksana"), .call("count", [n("rows")])]))
        #expect(try parse("now()") == .call("now", []))
    }

    @Test func danglingOperatorPointsAtTheEnd() {
        let e = parseError("a +")
        #expect(e?.expressionColumn == 4)
        #expect(e?.message.contains("end of expression") == true)
    }

    @Test func unclosedParenthesis() {
        let e = parseError("(a")
        #expect(e?.expressionColumn == 3)
        #expect(e?.message.contains("')'") == true)
    }

    @Test func unclosedText() {
        let e = parseError("'open")
        #expect(e?.expressionColumn == 1)
        #expect(e?.message.contains("never closed") == true)
        #expect(parseError("x = \"open")?.expressionColumn == 5)
    }

    @Test func otherErrorsAndTheirColumns() {
        #expect(parseError("a b")?.expressionColumn == 3)
        #expect(parseError("a b")?.kind == .template)              // unexpected 'b' after the expression
        #expect(parseError("a where")?.expressionColumn == 8)          // nothing after where
        #expect(parseError("x |")?.expressionColumn == 4)              // no formatter name
        #expect(parseError("a.")?.expressionColumn == 3)               // no field name
        #expect(parseError("a # b")?.expressionColumn == 3)            // unknown character
        #expect(parseError("$ + 1")?.expressionColumn == 1)            // a lone $
        #expect(parseError("1.2.3")?.expressionColumn == 1)            // not a number
        #expect(parseError("x and or y")?.expressionColumn == 7)       // keyword where a value belongs
        #expect(parseError("data.p[k")?.expressionColumn == 9)         // unclosed bracket
        #expect(parseError("")?.expressionColumn == 1)                 // empty
    }
}
