import CetakCore
import Foundation

/// The creation date written into every PDF, so the same inputs give the same bytes (docs/cli.md):
/// `SOURCE_DATE_EPOCH` when it is set, else the context's `tanggal` at 00:00 UTC, else 2000-01-01.
public enum CreationDate {
    /// `SOURCE_DATE_EPOCH` of the environment: nil when unset or empty; a value that is no date a PDF can
    /// hold is an error to stop on (`SourceDateEpoch`), never silently ignored.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws(Diagnostic) -> Int64? {
        try SourceDateEpoch.parse(env["SOURCE_DATE_EPOCH"]).get()
    }

    /// The date of a run: `epoch` when given, else the context's `tanggal`, else `SourceDateEpoch.fallback` (2000-01-01).
    public static func of(epoch: Int64?, context: Value) -> Int64 {
        if let epoch { return epoch }
        if case .record(let r) = context {
            switch r["tanggal"] {
            case .date(let d): return Int64(d.daysSinceEpoch) * 86_400
            case .string(let s): if let d = CivilDate.parse(s) { return Int64(d.daysSinceEpoch) * 86_400 }
            default: break
            }
        }
        return SourceDateEpoch.fallback
    }
}
