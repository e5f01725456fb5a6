import Foundation
import CetakCore

/// A date from ISO text in tests; a far-off sentinel when the text is wrong (the test then fails on value).
func day(_ iso: String) -> CivilDate {
    CivilDate.parse(iso) ?? CivilDate(daysSinceEpoch: 0)
}

/// An exact decimal from text in tests (never through Double).
func dec(_ text: String) -> Decimal {
    DecimalText.parse(text) ?? Decimal.nan
}
