import CCairo

/// Cairo's own text for a status code.
func cairoStatusText(_ status: cairo_status_t) -> String {
    guard let text = cairo_status_to_string(status) else { return "cairo status \(status.rawValue)" }
    return String(cString: text)
}
