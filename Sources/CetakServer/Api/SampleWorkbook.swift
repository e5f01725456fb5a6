import Cetak
import CetakCore
import CetakWorkbook
import Foundation

/// `GET /api/workbook?programme=ID` (or `?form=ID`): the workbook `cetak workbook` writes for a programme
/// or a form — a sheet per dataset and `konteks` — made by the same library calls, in a folder of the
/// request's own that is removed once the answer is sent.
enum SampleWorkbook {
    /// The content type of an .xlsx file.
    static let type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// Writes the workbook of `name` into a new folder under `parent`; the folder goes with the returned owner.
    static func make(_ name: String, catalog: FormCatalog, parent: String, templates: String, created: Int64?)
        throws(ServeError) -> (path: String, folder: UploadFolder) {
        let folder = try UploadFolder(parent: parent, templates: templates)
        let path = folder.file(name + ".xlsx")
        do throws(Diagnostics) {
            let scope = try catalog.workbookScope(name)
            try WorkbookWriter.write(WorkbookMaker.blank(scope), to: path, created: created ?? SourceDateEpoch.fallback)
        } catch {
            throw ServeError(error, folder: folder)
        }
        return (path, folder)
    }
}
