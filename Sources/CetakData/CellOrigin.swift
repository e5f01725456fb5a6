/// What a spreadsheet cell held besides its text: a CSV or JSON cell is always `.text`; an XLSX
/// cell says whether it was a number, a date, a formula error, ... so that typing can refuse what
/// text cannot show (an identifier stored as a number has lost digits already).
public enum CellOrigin: UInt8, Sendable, Hashable {
    /// Text as typed (every CSV and JSON cell).
    case text
    /// A number cell; its text is the shortest decimal that gives the stored value (`85.15`, `12`).
    case number
    /// A date cell (a number with a date format); its text is `YYYY-MM-DD`, with ` HH:MM` when the cell shows a time.
    case date
    /// A time-of-day cell (a time format without a date); its text is `HH.MM`.
    case time
    /// A yes/no cell; its text is `true` or `false`.
    case bool
    /// A formula that failed (`#N/A`, `#REF!`); its text is the error as shown.
    case error
    /// A formula whose result was never saved in the file; its text is empty.
    case unsavedFormula
    /// A number with a date format that names no real day (Excel's 29 February 1900, serial 60;
    /// a negative serial); its text is the number.
    case nonexistentDate
}
