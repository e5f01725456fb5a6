import Testing
@testable import CetakCore

/// Flexible space: "6mm minus 3mm".
@Suite struct FlexSpaceTests {
    @Test func parsesALengthAndWhatMayGo() throws {
        let s = try #require(FlexSpace.parse("6mm minus 3mm"))
        #expect(abs(s.natural - Units.mm(6)) < 1e-9 && abs(s.shrink - Units.mm(3)) < 1e-9)
        #expect(FlexSpace.parse("10pt") == FlexSpace(10))
        #expect(FlexSpace.parse("4pt minus 4pt") == FlexSpace(4, shrink: 4))
    }

    @Test func refusesMoreThanTheLengthOrAWrongUnit() {
        #expect(FlexSpace.parse("6mm minus 8mm") == nil)
        #expect(FlexSpace.parse("6mm minus 2px") == nil)
        #expect(FlexSpace.parse("6mm plus 2mm") == nil)
        #expect(FlexSpace(5, shrink: 9).shrink == 5)
    }
}
