import CetakCore
import Foundation

extension DataTable {
    /// Reads a `.csv` or `.json` file; an unreadable, missing or malformed file throws, naming it.
    public static func load(path: String) throws(Diagnostics) -> DataTable {
        let bytes = try readBytes(path: path)
        return try load(bytes: bytes, file: path)
    }

    /// Reads the bytes of a `.csv` or `.json` file, chosen by the file name's extension.
    public static func load(bytes: [UInt8], file: String) throws(Diagnostics) -> DataTable {
        switch (file as NSString).pathExtension.lowercased() {
        case "csv", "txt", "tsv": return try CSVReader.read(bytes, file: file)
        case "json": return try JSONTable.read(bytes, file: file)
        default:
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), "is neither a .csv nor a .json file")])
        }
    }

    /// The bytes of a file, or an error naming it and saying why it cannot be read.
    static func readBytes(path: String) throws(Diagnostics) -> [UInt8] {
        // A regular file only (a named pipe would block), at most 256 MB.
        do { return try InputFile.read(path) } catch {
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: path), "cannot read the file: \(error.reason)")])
        }
    }
}
