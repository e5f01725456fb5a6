import CetakData

/// A data file to fill a workbook with: `peserta.csv`, or `NAME=FILE` for a file of any name.
public struct DataInput: Sendable, Equatable {
    /// The dataset it is for; nil: the file's base name.
    public var dataset: String?
    /// The file.
    public var path: String

    /// Reads `NAME=FILE` or `FILE`.
    public init(argument: String) {
        if let eq = argument.firstIndex(of: "="), eq != argument.startIndex,
           !argument[..<eq].contains("/"), !argument[..<eq].contains(".") {
            dataset = argument[..<eq].lowercased()
            path = String(argument[argument.index(after: eq)...])
        } else {
            dataset = nil
            path = argument
        }
    }

    /// The dataset name: the given one, or the file's base name.
    public var datasetName: String { dataset ?? DataTable.datasetName(of: path) }
}
