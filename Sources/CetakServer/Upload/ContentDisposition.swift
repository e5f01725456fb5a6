import Foundation

/// The `name` and `filename` of a multipart part's `Content-Disposition` header (RFC 7578, RFC 6266):
/// parameters may be quoted (`"a; b.csv"`, with `\"` escapes) or be tokens, and `filename*=UTF-8''…`
/// (percent-encoded) wins over `filename`. MultipartKit splits the parts; its own parameter reader
/// cuts values at `=`, so names like `data(1)=x.csv` need this.
struct ContentDisposition: Equatable {
    /// The form field (`data`, `form`, …).
    var name: String?
    /// The file name the browser sent, when the part is a file.
    var filename: String?

    /// Reads a header value such as `form-data; name="data"; filename="peserta.csv"`.
    init(_ header: String) {
        var params: [String: String] = [:]
        let scalars = Array(header.unicodeScalars)
        var i = 0
        // Skip the disposition type.
        while i < scalars.count, scalars[i] != ";" { i += 1 }
        while i < scalars.count {
            i += 1  // the ';'
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            var key = ""
            while i < scalars.count, scalars[i] != "=", scalars[i] != ";" { key.unicodeScalars.append(scalars[i]); i += 1 }
            key = key.trimmingCharacters(in: .whitespaces).lowercased()
            guard i < scalars.count, scalars[i] == "=" else { continue }
            i += 1
            while i < scalars.count, scalars[i] == " " { i += 1 }
            var value = ""
            if i < scalars.count, scalars[i] == "\"" {
                i += 1
                while i < scalars.count, scalars[i] != "\"" {
                    if scalars[i] == "\\", i + 1 < scalars.count { i += 1 }
                    value.unicodeScalars.append(scalars[i])
                    i += 1
                }
                while i < scalars.count, scalars[i] != ";" { i += 1 }
            } else {
                while i < scalars.count, scalars[i] != ";" { value.unicodeScalars.append(scalars[i]); i += 1 }
                value = value.trimmingCharacters(in: .whitespaces)
            }
            if !key.isEmpty { params[key] = value }
        }
        name = params["name"]
        filename = params["filename*"].flatMap(Self.extended) ?? params["filename"]
    }

    /// Decodes `UTF-8''na%C3%AFve.csv` (RFC 5987).
    static func extended(_ v: String) -> String? {
        let parts = v.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}
