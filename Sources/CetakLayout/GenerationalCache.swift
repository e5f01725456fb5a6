/// A bounded cache of two generations of at most `limit` entries each. A hit in the older generation
/// moves the entry to the newer one; when the newer one is full it becomes the older one and the
/// older one is dropped. What recurs (a template's own words, common names) stays; what is used once
/// (the names and numbers of a long batch) is gone within two generations, so memory stays flat
/// however long the batch.
struct GenerationalCache<Key: Hashable, Value> {
    /// Entries per generation.
    let limit: Int
    private var young: [Key: Value] = [:]
    private var old: [Key: Value] = [:]

    /// Creates an empty cache.
    init(limit: Int) { self.limit = max(1, limit) }

    /// Number of entries held.
    var count: Int { young.count + old.count }

    /// The value for `key`, if held.
    mutating func value(_ key: Key) -> Value? {
        if let v = young[key] { return v }
        guard let v = old.removeValue(forKey: key) else { return nil }
        insert(key, v)
        return v
    }

    /// Holds `value` for `key`.
    mutating func insert(_ key: Key, _ value: Value) {
        if young.count >= limit {
            old = young
            young = Dictionary(minimumCapacity: limit)
        }
        young[key] = value
    }
}
