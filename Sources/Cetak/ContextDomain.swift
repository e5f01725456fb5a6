import CetakBind
import CetakCore
import CetakTemplate
import Foundation

/// The values a context key may take, as its `<key values min max>` declares them (`proyeksi_tahun` is 1
/// or 2): a value outside them is an error naming the context file and key — a run never reads 3, 2.5 or
/// -1 as the default.
enum ContextDomain {
    /// Why `value` (already typed) is not allowed for `key`, or nil.
    static func problem(_ key: ContextKeyDecl, _ value: Value) -> String? {
        guard !value.isEmpty else { return nil }
        var allowed = ""
        if let values = key.values {
            let ok = values.contains { ValueOrder.equal(value, DecimalText.parse($0).map(Value.number) ?? .string($0)) }
            if ok { return nil }
            allowed = "one of " + values.joined(separator: ", ")
        } else if key.min != nil || key.max != nil {
            let n: Decimal? = { if case .number(let d) = value { return d }; return DecimalText.parse(value.text) }()
            if let n, key.min.map({ n >= $0 }) ?? true, key.max.map({ n <= $0 }) ?? true { return nil }
            allowed = [key.min.map { "at least \(DecimalText.plain($0))" }, key.max.map { "at most \(DecimalText.plain($0))" }]
                .compactMap { $0 }.joined(separator: " and ")
            if n == nil { allowed = "a number " + allowed }
        } else {
            return nil
        }
        return "context key '\(key.path)': \"\(value.text)\" is not allowed here; it must be \(allowed)"
    }
}
