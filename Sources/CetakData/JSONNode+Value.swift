import CetakCore
import Foundation

extension JSONNode {
    /// The value a template sees: objects → records (dataset "", each field located), arrays →
    /// lists, numbers → exact decimals (or their text when too large for a Decimal), strings → text.
    public func toValue() -> Value {
        switch kind {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .number(let text):
            if let d = JSONNode.decimal(text) { return .number(d) }
            return .string(text)
        case .array(let items): return .list(items.map { $0.toValue() })
        case .object(let members):
            var fields: [String: Value] = [:]
            var locations: [String: SourceLocation] = [:]
            var order: [String] = []
            for m in members {
                if fields[m.key] == nil { order.append(m.key) }
                fields[m.key] = m.value.toValue()
                locations[m.key] = m.value.location.with(field: m.key)
            }
            return .record(Record(dataset: "", location: location, fields: fields, order: order, cellLocations: locations))
        }
    }

    /// The exact decimal of JSON number text, or nil when it is out of Decimal's range.
    static func decimal(_ text: String) -> Decimal? {
        guard let d = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), !d.isNaN else { return nil }
        return d
    }
}
