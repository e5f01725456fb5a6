@testable import CetakBind
import CetakCore
import Foundation
import Testing

/// Issue 14: arguments out of range, letter-number widths and growing values end in a message, never a crash.
@Suite struct EvalLimitsTests {
    let scope = Scope(context: .record(Record(dataset: "", location: nil, fields: ["tahun": .number(2026)])), data: MemoryData(sets: [:]))

    func message(_ text: String, _ s: Scope? = nil) -> String? {
        do { _ = try ev(text, s ?? scope); return nil } catch let e as Diagnostic { return e.message } catch { return "\(error)" }
    }

    @Test func formatterArgumentsOutsideTheirRangeAreErrors() throws {
        #expect(try ev("desimal(2.345, 2)", scope) == .string("2,35"))
        #expect(try ev("desimal(2.5, 0)", scope) == .string("3"))
        #expect(try ev("desimal(1, 10)", scope) == .string("1,0000000000"))
        #expect(message("desimal(1, 99999999999999999999999)")?.contains("from 0 to 10, not 99999999999999999999999") == true)
        #expect(message("desimal(1, 100000000)")?.contains("from 0 to 10") == true)
        #expect(message("desimal(1, 11)") != nil)
        #expect(message("desimal(1, 2.5)") != nil)
        #expect(message("desimal(1, -1)") != nil)
        #expect(try ev("bulat(1234.5, -2)", scope) == .number(1200))
        #expect(message("bulat(1.5, -9223372036854775807)")?.contains("from -10 to 10") == true)
        #expect(try ev("persen(99999999999999999999, 1)", scope) == .number(Decimal(100_000_000_000_000_000)))  // counts capped at 10^15: no overflow
        #expect(try ev("[1, 2, 3][99999999999999999999]", scope) == .null)
        #expect(try ev("[1, 2, 3][2]", scope) == .number(2))
        #expect(try ev("[1, 2, 3][1.5]", scope) == .null)
    }

    @Test func letterNumberWidthsFrom0To12() throws {
        let ctx = Value.record(Record(dataset: "", location: nil, fields: ["tahun": .number(2026)]))
        #expect(try LetterNumber.format("800/{seq:3}/{tahun}", seq: 7, context: ctx) == "800/007/2026")
        #expect(try LetterNumber.format("{seq:12}", seq: 7, context: ctx) == "000000000007")
        #expect(try LetterNumber.format("{seq}", seq: 7, context: ctx) == "7")
        // The boundaries: 0 (no padding) and 12 are widths; -1 and 13 are not, and the message says 0 to 12.
        #expect(try LetterNumber.format("{seq:0}", seq: 7, context: ctx) == "7")
        #expect(try LetterNumber.format("{seq:12}", seq: 1_234_567_890_123, context: ctx) == "1234567890123")
        for bad in ["{seq:-1}", "{seq:13}", "{seq:-9223372036854775808}", "{seq:9999999999}", "{seq:x}"] {
            #expect("\(bad)") { try LetterNumber.format(bad, seq: 1, context: ctx) } throws: { e in
                (e as? Diagnostic)?.message.contains("{seq:N} takes N from 0 to 12 digits") == true
            }
        }
    }

    @Test func doublingTextOrListsStopsWithAMessage() throws {
        var s = scope.with(["a0": .string("abcdefgh")])
        var stopped: String?
        for i in 1...40 {
            do { s = s.with(["a\(i)": try ev("a\(i - 1) + a\(i - 1)", s)]) } catch { stopped = "\(i): \((error as? Diagnostic)?.message ?? "\(error)")"; break }
        }
        #expect(stopped?.hasPrefix("22: ") == true, "\(stopped ?? "no stop")")  // 8 · 2^21 = 16 MiB fits, 2^22 does not
        s = scope.with(["b0": .string("x")])
        stopped = nil
        for i in 1...40 {
            do { s = s.with(["b\(i)": try ev("[b\(i - 1), b\(i - 1)]", s)]) } catch { stopped = "\(i): \((error as? Diagnostic)?.message ?? "\(error)")"; break }
        }
        #expect(stopped?.contains("more than 1000000 items") == true, "\(stopped ?? "no stop")")
        #expect(message("join([1, 2], 'x')") == nil)
    }

    @Test func proyeksiTahunIsOneOrTwo() throws {
        let calon = Value.record(Record(dataset: "calon", location: nil, fields: [:]))
        let s = scope.with(["c": calon])
        for bad in ["3", "2.5", "-1", "'dua'"] {
            #expect(message("seleksi(c, \(bad))", s)?.contains("proyeksi_tahun") == true, "\(bad)")
        }
    }
}
