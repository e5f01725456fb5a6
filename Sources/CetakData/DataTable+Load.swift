import CetakCore
import Foundation

extension DataTable {
    /// Reads a `.csv` or `.json` file; an unreadable, missing or malformed file throws, naming it.
    public static func load(path: String, dataset: String? = nil, expecting: [ColumnSpec]? = nil) throws(Diagnostics) -> DataTable {
        let bytes = try readBytes(path: path)
        return try load(bytes: consume bytes, file: path, dataset: dataset, expecting: expecting)
    }

    /// Reads the bytes of a `.csv` or `.json` file, chosen by the file name's extension; `dataset`
    /// names the dataset (default: the file's base name), `expecting` finds a CSV header under titles.
    public static func load(bytes: consuming [UInt8], file: String, dataset: String? = nil, expecting: [ColumnSpec]? = nil) throws(Diagnostics) -> DataTable {
        switch (file as NSString).pathExtension.lowercased() {
        case "csv", "txt", "tsv": return try CSVReader.read(consume bytes, file: file, dataset: dataset, expecting: expecting)
        case "json":
            var t = try JSONTable.read(bytes, file: file)
            if let dataset { t.name = dataset }
            return t
        default:
            throw Diagnostics([Diagnostic(.error, at: SourceLocation(file: file), unsupported(file))])
        }
    }

    /// Why a file of this kind cannot be read, in words that say what to do instead.
    public static func unsupported(_ file: String) -> String {
        switch (file as NSString).pathExtension.lowercased() {
        case "xls": return "is an Excel 97–2003 workbook (.xls): save it as an Excel Workbook (.xlsx) or as CSV"
        case "ods": return "is an OpenDocument spreadsheet (.ods): save it as an Excel Workbook (.xlsx) or as CSV"
        case "xlsx", "xlsm": return "is a workbook: it is read with the form (cetak render ... --data FILE.xlsx)"
        default: return "is not a .csv, .json or .xlsx file"
        }
    }

    /// The bytes of a file, or an error naming it and saying why it cannot be read.
    public static func readBytes(path: String) throws(Diagnostics) -> [UInt8] {
        // A regular file only (a named pipe would block), at most 256 MB.
        do { return try InputFile.read(path) } catch {
            throw Diagnostics(error.readFailure())
        }
    }
}
