import Foundation
import CetakCore

/// Why a set of grade components cannot be graded (the record is rejected).
public enum DiklatGradeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The component has no value.
    case missing(DiklatComponent)
    /// The component's text is not a number.
    case notANumber(DiklatComponent, String)
    /// The component is outside 0–100.
    case outOfRange(DiklatComponent, Decimal)

    /// The component at fault.
    public var component: DiklatComponent {
        switch self {
        case .missing(let c), .notANumber(let c, _), .outOfRange(let c, _): return c
        }
    }

    /// A message naming the component and the value (Indonesian).
    public var description: String {
        switch self {
        case .missing(let c): return "nilai \(c.column) kosong"
        case let .notANumber(c, text): return "nilai \(c.column) \"\(text)\" bukan angka"
        case let .outOfRange(c, v): return "nilai \(c.column) \(DecimalText.plain(v)) di luar rentang 0–100"
        }
    }
}
