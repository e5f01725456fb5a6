import Foundation

extension DecimalText {
    /// The whole number `value` is, when it is one within `range`; nil for a fraction or a number outside
    /// it. Foundation's `intValue` gives garbage far outside `Int` (99999999999999999999999 → 200376420520689663),
    /// which once sized a 200 PB allocation; every number that becomes a count, a width or an index goes
    /// through here instead.
    public static func wholeNumber(_ value: Decimal, in range: ClosedRange<Int>) -> Int? {
        guard !value.isNaN, value >= Decimal(range.lowerBound), value <= Decimal(range.upperBound) else { return nil }
        var v = value
        var whole = Decimal()
        NSDecimalRound(&whole, &v, 0, .plain)
        guard whole == value else { return nil }
        return NSDecimalNumber(decimal: whole).intValue
    }

    /// The number brought into `range` and truncated to a whole number (for counts that only need to be sane).
    public static func clampedWhole(_ value: Decimal, to range: ClosedRange<Int>) -> Int {
        if value.isNaN { return range.lowerBound }
        if value <= Decimal(range.lowerBound) { return range.lowerBound }
        if value >= Decimal(range.upperBound) { return range.upperBound }
        var v = value
        var whole = Decimal()
        NSDecimalRound(&whole, &v, 0, value < 0 ? .up : .down)  // toward zero
        return NSDecimalNumber(decimal: whole).intValue
    }
}
