import CetakCore
import Foundation

/// Equal rule results held once: `seleksi()` makes nine requirement records per candidate, and most
/// candidates share most of them (the same verdict, the same fact: "golongan III/c", "usia 48 tahun 2
/// bulan"), so a run of 20,000 candidates keeps one record per distinct result, not 180,000. A
/// value handed out is the same value a new one would be (records compare by their fields); only
/// the memory is shared. Bounded: once `limit` results are kept, new ones are made as before.
final class SharedValues: @unchecked Sendable {
    /// At most this many distinct results are kept.
    static let limit = 16_384

    private var kept: [[String]: Value] = [:]
    private let lock = NSLock()

    /// The value kept under `key`, or the one `make` makes (kept, while there is room).
    func value(_ key: [String], _ make: () -> Value) -> Value {
        if let v = lock.withLock({ kept[key] }) { return v }
        let v = make()
        lock.withLock { if kept.count < Self.limit, kept[key] == nil { kept[key] = v } }
        return v
    }

    /// The requirement records of `seleksi()`.
    static let requirements = SharedValues()
}
