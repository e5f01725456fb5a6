import Foundation

/// What one request sent (multipart/form-data, docs/cli.md): the form, the data files and the context saved
/// in the request's folder, the `set NAME=value` lines, and the other fields (`key`, `page`, …).
struct Upload: Sendable {
    /// The request's folder, removed when the answer is done.
    let folder: UploadFolder
    /// Fields that are not files, in the order sent.
    var fields: [(name: String, value: String)] = []
    /// Data files (`data`), as saved.
    var dataFiles: [String] = []
    /// Images sent with the data (logos, photos): kept for the context and data to name.
    var images: [String] = []
    /// The context file (`context`), as saved.
    var contextFile: String?

    /// The last value of a field (query parameters of the same name count too: `?key=…`).
    func field(_ name: String) -> String? {
        fields.last { $0.name == name }?.value
    }

    /// The `set` lines as name and value (`kepala_dinas.nama=Drs. X` → (`kepala_dinas.nama`, `Drs. X`)).
    func assignments() throws(ServeError) -> [(String, String)] {
        try fields.filter { $0.name == "set" }.map { f throws(ServeError) in
            guard let eq = f.value.firstIndex(of: "="), eq != f.value.startIndex else {
                throw ServeError.bad("set berbentuk NAMA=nilai, bukan '\(f.value)'")
            }
            return (String(f.value[..<eq]).trimmingCharacters(in: .whitespaces), String(f.value[f.value.index(after: eq)...]))
        }
    }

    /// Extensions of the files that are pictures for the forms, not data.
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg"]
}
