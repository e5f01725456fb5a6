import Foundation
import CetakCore

/// The nine checked grade components of one candidate (each 0–100).
public struct DiklatComponents: Sendable, Hashable {
    /// The values by component.
    public let values: [DiklatComponent: Decimal]

    /// Checks that every component is present and within 0–100.
    public init(_ values: [DiklatComponent: Decimal]) throws(DiklatGradeError) {
        for c in DiklatComponent.allCases {
            guard let v = values[c] else { throw .missing(c) }
            guard v >= 0, v <= 100 else { throw .outOfRange(c, v) }
        }
        self.values = values
    }

    /// Reads the components from texts by column name ("87.5" or "87,5").
    public init(texts: [String: String]) throws(DiklatGradeError) {
        var out: [DiklatComponent: Decimal] = [:]
        for c in DiklatComponent.allCases {
            let t = texts[c.column]?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !t.isEmpty else { throw .missing(c) }
            guard let v = DecimalText.parse(t) else { throw .notANumber(c, t) }
            out[c] = v
        }
        try self.init(out)
    }

    /// Reads the components from a `nilai` record (numbers, or texts with point or comma).
    public init(record: Record) throws(DiklatGradeError) {
        var out: [DiklatComponent: Decimal] = [:]
        for c in DiklatComponent.allCases {
            switch record[c.column] {
            case .number(let n): out[c] = n
            case .null: throw .missing(c)
            case .string(let s):
                let t = s.trimmingCharacters(in: .whitespaces)
                guard !t.isEmpty else { throw .missing(c) }
                guard let v = DecimalText.parse(t) else { throw .notANumber(c, t) }
                out[c] = v
            case let other: throw .notANumber(c, other.text)
            }
        }
        try self.init(out)
    }

    /// The value of one component.
    public subscript(_ c: DiklatComponent) -> Decimal { values[c] ?? 0 }
}
