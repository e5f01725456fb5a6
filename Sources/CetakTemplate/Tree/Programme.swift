import CetakCore

/// The data contract of one programme (`Templates/<programme>/programme.xml`): its datasets with
/// every column, and the context keys its forms need — what a workbook to fill in is made from.
public struct Programme: Sendable {
    /// The programme id, the name of its templates folder (`kemitraan`).
    public var id: String
    /// Its title (`Program Kemitraan Kepala Sekolah`).
    public var title: String
    /// The manifest file.
    public var file: String
    /// Its datasets, in the order a workbook shows them.
    public var datasets: [ProgrammeDataset]
    /// The context keys its forms need, in the order a `konteks` sheet lists them.
    public var context: [ProgrammeField]

    /// The dataset of a name (lower-case), if the programme has it.
    public func dataset(_ name: String) -> ProgrammeDataset? { datasets.first { $0.name == name.lowercased() } }
}

/// One dataset of a programme: a sheet of a workbook, a CSV file.
public struct ProgrammeDataset: Sendable {
    /// The dataset name (`peserta`), the sheet's and the file's name.
    public var name: String
    /// What one row is, in Indonesian.
    public var note: String
    /// Every column, in the order of the contract.
    public var columns: [ProgrammeField]
    /// Where it is declared.
    public var location: SourceLocation

    /// The column of a name (lower-case), if the dataset has it.
    public func column(_ name: String) -> ProgrammeField? { columns.first { $0.name == name.lowercased() } }
}

/// A column of a dataset or a key of the context: name, type, allowed values, a note and an example.
public struct ProgrammeField: Sendable {
    /// Column name (lower-case) or dotted context key (`kepala_dinas.nip`, `penilai.1.nama`).
    public var name: String
    /// How the value is written and read.
    public var type: FieldType
    /// The values to choose from (a drop-down list); empty when any value goes.
    public var values: [String]
    /// True when `values` are suggestions and other values are allowed too.
    public var open: Bool
    /// A short note for the person filling it in, in Indonesian.
    public var note: String
    /// An example value (dates as YYYY-MM-DD).
    public var example: String
    /// Where it is declared.
    public var location: SourceLocation
}

/// The types of the data contract.
public enum FieldType: String, Sendable, CaseIterable {
    /// Text as it is.
    case text
    /// A calendar day (a date cell in a workbook).
    case date
    /// A number, decimal point or comma.
    case number
    /// Yes or no (ya/tidak).
    case bool
    /// Digits that name something (NIP, NPSN, NIK, telephone): text, never a number, so no digit is lost.
    case identifier
    /// The path of an image file (PNG or JPEG), relative to the context file or the workbook.
    case image
}
