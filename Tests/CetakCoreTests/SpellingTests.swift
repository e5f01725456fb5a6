import Testing
@testable import CetakCore

@Suite struct SpellingTests {
    func d(_ a: String, _ b: String) -> Int { Spelling.distance(Array(a), Array(b)) }

    @Test func distanceCountsEditsAndSwaps() {
        #expect(d("tanggal", "tanggal") == 0)
        #expect(d("tangal", "tanggal") == 1)     // a letter left out
        #expect(d("rendr", "render") == 1)
        #expect(d("redner", "render") == 1)      // two letters swapped
        #expect(d("", "abc") == 3)
        #expect(d("abc", "") == 3)
        #expect(d("sa04", "sa05") == 1)
        #expect(d("kitten", "sitting") == 3)
    }

    @Test func suggestsTheClosestKnownNames() {
        let forms = ["laporan-bulanan", "laporan-ojl1", "laporan-ojl2", "sa04", "sa05", "sttpp"]
        #expect(Spelling.suggestions(for: "laporan-bulanann", among: forms) == ["laporan-bulanan"])
        #expect(Spelling.suggestions(for: "sa4", among: forms) == ["sa04"])
        #expect(Spelling.suggestions(for: "laporan-ojl", among: forms) == ["laporan-ojl1", "laporan-ojl2"])
        #expect(Spelling.suggestions(for: "STTPP", among: forms).isEmpty)   // the same name but for case is not a typo
        #expect(Spelling.suggestions(for: "xyz", among: forms).isEmpty)
    }

    @Test func didYouMeanReadsAsASentence() {
        #expect(Spelling.didYouMean("rendr", among: ["list", "check", "render"]) == " (did you mean 'render'?)")
        #expect(Spelling.didYouMean("sa0", among: ["sa04", "sa05", "sa01"]) == " (did you mean 'sa01', 'sa04' or 'sa05'?)")
        #expect(Spelling.didYouMean("qqq", among: ["render"]) == "")
    }
}
