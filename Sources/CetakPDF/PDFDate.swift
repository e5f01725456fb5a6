import CetakCore

/// Formats epoch seconds as the UTC ISO 8601 form `cairo_pdf_surface_set_metadata` accepts
/// for dates (`YYYY-MM-DDThh:mm:ssZ`); pure arithmetic, no time zone or clock involved.
/// Seconds outside the years 0001–9999 are brought into them: no overflow, no five-digit year.
func iso8601UTC(epochSeconds raw: Int64) -> String {
    let epochSeconds = min(max(raw, -62_135_596_800), SourceDateEpoch.range.upperBound)
    let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
    let secondOfDay = epochSeconds - days * 86_400
    let date = CivilDate(daysSinceEpoch: Int(days))
    let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
    func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
        + "\(pad(secondOfDay / 3_600, 2)):\(pad(secondOfDay % 3_600 / 60, 2)):\(pad(secondOfDay % 60, 2))Z"
}
