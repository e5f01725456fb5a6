/// A dotted path into the context: `lpmp.kepala.nama`, list items numbered from 1 (`penilai.2.nama`).
/// The one reading of such paths for the context file, the konteks sheet, `set` values, letter number
/// patterns and the server's inspection.
public struct ContextPath: Sendable, Hashable, CustomStringConvertible {
    /// The parts between the dots (empty parts dropped).
    public let parts: [String]

    /// Reads `a.b.c`.
    public init(_ text: String) { parts = text.split(separator: ".").map(String.init) }

    /// A path of parts.
    public init(parts: [String]) { self.parts = parts }

    /// The path as written, with dots.
    public var description: String { parts.joined(separator: ".") }

    /// The value at the path (record members by name, list items by number from 1), or nil when absent.
    public func value(in root: Value) -> Value? { find(in: root)?.value }

    /// The value at the path and the most precise place known for it (the member's cell or key, else
    /// the nearest record's), or nil when absent.
    public func find(in root: Value) -> (value: Value, location: SourceLocation?)? {
        var x = root
        var at: SourceLocation? = root.record?.location
        for p in parts {
            switch x {
            case .record(let r):
                guard let next = r.value(p) else { return nil }
                at = r.location(of: p) ?? r.location ?? at
                x = next
            case .list(let items):
                guard let n = Int(p), n >= 1, n <= items.count else { return nil }
                x = items[n - 1]
            default:
                return nil
            }
        }
        return (x, at)
    }

    /// `root` with `new` at the path: members and list items (by number) followed, missing records made on
    /// the way, anything else in the way replaced by a record; `at`, when given, becomes the member's location.
    public func setting(_ new: Value, in root: Value, at: SourceLocation? = nil) -> Value {
        Self.setting(root, parts[...], new, at: at)
    }

    private static func setting(_ value: Value, _ path: ArraySlice<String>, _ new: Value, at: SourceLocation?) -> Value {
        guard let first = path.first else { return new }
        let rest = path.dropFirst()
        switch value {
        case .record(let r):
            var fields = r.fields
            var order = r.order
            var locations = r.cellLocations
            if !r.has(first) { order.append(first) }
            fields[first] = setting(r.value(first) ?? .null, rest, new, at: at)
            if rest.isEmpty, let at { locations[first] = at }
            return .record(Record(dataset: r.dataset, location: r.location, fields: fields, order: order, cellLocations: locations))
        case .list(var items):
            if let n = Int(first), n >= 1, n <= items.count {
                items[n - 1] = setting(items[n - 1], rest, new, at: at)
                return .list(items)
            }
            fallthrough
        default:
            return setting(.record(Record(dataset: "", location: at, fields: [:])), path, new, at: at)
        }
    }

    /// A key with a numbered part after its first: the part before it, the number, the part after
    /// (`penilai`, `1`, `nama` of `penilai.1.nama`); nil when no part but the first is a number.
    public var numbered: (group: String, item: String, rest: String)? {
        guard let i = parts.indices.dropFirst().first(where: { Self.isNumber(parts[$0]) }) else { return nil }
        return (parts[..<i].joined(separator: "."), parts[i], parts[(i + 1)...].joined(separator: "."))
    }

    /// True for a part that is an item number (digits only).
    public static func isNumber(_ s: String) -> Bool { !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber } }
}
