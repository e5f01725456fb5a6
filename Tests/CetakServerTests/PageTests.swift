import Cetak
import Foundation
import Testing

/// `GET /`, the page's own files, `GET /api/forms` and the sample-workbook link.
@Suite struct PageTests {
    @Test func pageHasAFileInputAndItsOwnFiles() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let page = try await HTTP.get(server, "/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(page.text.contains(#"<input id="files" type="file" multiple"#))
        #expect(page.text.contains(#"<html lang="id">"#))
        #expect(page.text.contains("Unduh contoh workbook"))
        // Every label names a control of the page (keyboard and screen-reader use).
        for match in page.text.matches(of: /<label[^>]* for="([^"]+)"/) {
            #expect(page.text.contains("id=\"\(match.1)\""), "label for \(match.1) has no control")
        }
        // No file from elsewhere: the office may be offline.
        #expect(!page.text.contains("http://") && !page.text.contains("https://"))
        #expect(page.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
        for (path, type) in [("/app.js", "text/javascript"), ("/app.css", "text/css"), ("/favicon.svg", "image/svg+xml")] {
            let a = try await HTTP.get(server, path)
            #expect(a.status == 200 && a.header("Content-Type")?.hasPrefix(type) == true, "\(path)")
            #expect(!a.text.contains("https://"), "\(path) reaches outside")
        }
        // Data reaches the page as text only.
        let js = try await HTTP.get(server, "/app.js").text
        #expect(!js.contains("innerHTML") && !js.contains("insertAdjacentHTML") && !js.contains("document.write"))
    }

    @Test func formsListsEveryFormOfTheCatalog() async throws {
        let server = try await LiveServer.start()
        defer { Task { await server.stop() } }
        let a = try await HTTP.get(server, "/api/forms")
        #expect(a.status == 200)
        #expect(a.header("Content-Type")?.hasPrefix("application/json") == true)
        let forms = a.json["forms"] as? [[String: Any]] ?? []
        let catalog = FormCatalog(folder: Repo.templates).entries
        #expect(forms.count == catalog.count && catalog.count == 27)
        #expect(forms.compactMap { $0["id"] as? String } == catalog.map(\.id))
        let sa04 = try #require(forms.first { $0["id"] as? String == "sa04" })
        #expect(sa04["title"] as? String == "SA.04 Rekapitulasi Hasil Seleksi Administrasi Calon Pengawas Sekolah/Madrasah")
        #expect(sa04["datasets"] as? [String] == ["calon"])
        #expect(sa04["programme"] as? String == "diklat")
        let keys = (sa04["context"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys.contains("tempat") && keys.contains("tanggal"))
        let tanggal = (sa04["context"] as? [[String: Any]])?.first { $0["key"] as? String == "tanggal" }
        #expect(tanggal?["type"] as? String == "date")
        let programmes = a.json["programmes"] as? [[String: Any]] ?? []
        #expect(Set(programmes.compactMap { $0["id"] as? String }) == ["diklat", "kemitraan", "sekolah-model"])
        #expect(programmes.first { $0["id"] as? String == "kemitraan" }?["title"] as? String == "Program Kemitraan Kepala Sekolah")
    }
}
