import Foundation

/// One `--data` argument, as `cetak render` and `cetak workbook` read it: `FILE`, or `NAME=FILE` for a
/// file of any name (`kegiatan=export(3).csv`).
public struct DataArgument: Sendable, Equatable {
    /// The dataset named with `NAME=`, lower-cased; nil: the file's base name decides.
    public let dataset: String?
    /// The file.
    public let path: String

    /// Reads `FILE` or `NAME=FILE`; NAME is letters, digits, `_` and `-`. A path that exists as written is
    /// a file even with a `=` in it.
    public init(_ argument: String) {
        if let eq = argument.firstIndex(of: "="), !FileManager.default.fileExists(atPath: argument) {
            let name = argument[..<eq]
            let isName = !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
            if isName {
                dataset = name.lowercased()
                path = String(argument[argument.index(after: eq)...])
                return
            }
        }
        dataset = nil
        path = argument
    }

    /// The dataset it is for: the one named, or the file's base name (`peserta.csv` → `peserta`).
    public var datasetName: String { dataset ?? DataTable.datasetName(of: path) }
}
