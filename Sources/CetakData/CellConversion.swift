import CetakCore

/// Why a cell's text is not a value of its column's type.
public struct ConversionFailure: Error, Sendable, Hashable {
    /// The message, quoting the value: `"8a" is not a number`.
    public var text: String
}

/// Reads one cell's raw text as a value of a column type.
public enum CellConversion {
    /// The value, or why the text is not one: empty (after trimming) is null for every type;
    /// text keeps its inside as is and loses only outer spaces and line breaks. `origin` says what
    /// a spreadsheet cell held (`CellOrigin`): a number cell is no identifier, a formula error no value.
    public static func value(_ raw: String, as type: ColumnSpec.Kind, origin: CellOrigin = .text) -> Result<Value, ConversionFailure> {
        // A NUL is no letter: it would cut the text wherever it goes through C (a PDF title), silently.
        if raw.utf8.contains(0) {
            return .failure(ConversionFailure(text: "the cell holds a NUL character (byte 0), which is no letter: the file may be damaged; retype the cell"))
        }
        if origin != .text, let failure = refused(raw, as: type, origin: origin) { return .failure(failure) }
        let t = trimmedOuter(raw)
        if t.isEmpty { return .success(.null) }
        switch type {
        case .text:
            if origin == .date, let d = (FastParse.date(t) ?? nil) ?? CivilDate.parse(t) { return .success(.string(DateText.long(d))) }
            return .success(.string(t))
        case .identifier:
            if IdentifierColumn.isScientific(t) {
                return .failure(ConversionFailure(text: "\"\(t)\" is a number the spreadsheet shortened (scientific notation): its last digits are lost. "
                    + "Format the column as Text, type the numbers again in full and save"))
            }
            return .success(.string(t))
        case .date:
            if let d = FastParse.date(t) ?? nil { return .success(.date(d)) }
            switch DateText.parse(t) {
            case .date(let d, _): return .success(.date(d))
            case .monthFirst:
                return .failure(ConversionFailure(text: "\"\(t)\" can only be read month first (as a US-locale spreadsheet writes dates); dates are read day first: write it as DD/MM/YYYY or YYYY-MM-DD"))
            case .weekdayMismatch(let d, let written):
                return .failure(ConversionFailure(text: "\"\(t)\": \(DateText.long(d)) is not a \(written) (is the day or the weekday wrong?)"))
            case .notADate:
                return .failure(ConversionFailure(text: "\"\(t)\" is not a date (write e.g. 22/07/2019, 22 Juli 2019 or 2019-07-22)"))
            }
        case .number:
            if let n = FastParse.number(t) ?? DecimalText.parse(t) { return .success(.number(n)) }
            return .failure(ConversionFailure(text: "\"\(t)\" is not a number"))
        case .bool:
            if let b = FastParse.yesNo(t) ?? YesNo.parse(t) { return .success(.bool(b)) }
            return .failure(ConversionFailure(text: "\"\(t)\" is not yes or no (ya/tidak, y/t, yes/no, 1/0, true/false, sudah/belum, ✓)"))
        }
    }

    /// Why a spreadsheet cell cannot be read as the type at all, whatever its text.
    static func refused(_ raw: String, as type: ColumnSpec.Kind, origin: CellOrigin) -> ConversionFailure? {
        switch origin {
        case .error:
            return ConversionFailure(text: "the cell shows the formula error \(raw): correct the formula or type the value")
        case .unsavedFormula:
            return ConversionFailure(text: "the cell holds a formula whose result is not saved in the file: open the workbook in Excel or LibreOffice and save it again")
        case .nonexistentDate:
            return ConversionFailure(text: "the date cell holds no real day (day number \(raw) of the spreadsheet's calendar: "
                + "29 February 1900, which Excel counts but never was, or a day before 1900): type the right date")
        case .number where type == .identifier:
            return ConversionFailure(text: "the cell holds a number (\(raw)), and a spreadsheet keeps only 15 digits of a number and shows long ones as 1,97506E+17: "
                + "format the column as Text and type the identifiers again in full")
        case .number where type == .date:
            return ConversionFailure(text: "the cell holds the number \(raw), not a date: give the column a date format "
                + "(a spreadsheet keeps a date as a number of days and shows it as a date only through its format)")
        case .date where type == .number, .time where type == .number, .time where type == .date:
            return ConversionFailure(text: "the cell holds a \(origin == .time ? "time" : "date") (\(raw)), not a \(type == .date ? "date" : "number")")
        default:
            return nil
        }
    }

    /// The text without leading and trailing white space (spaces, tabs, line breaks, no-break
    /// spaces); returns the same string, uncopied, in the common case of nothing to trim.
    public static func trimmedOuter(_ s: String) -> String { s.trimmedOuter }
}
