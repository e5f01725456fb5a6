import Foundation
import HTTPTypes
import Hummingbird

/// The page for clerks: one HTML document, its script and its style, held in the binary (an installed
/// `cetak` needs no files beside it and no CDN: offices are often offline). Every text of the data is
/// put on the page with `textContent`, never as HTML, so a participant named `<script>` is text.
enum Page {
    /// The policy of the page: its own script and style only, pictures from itself or made in the page.
    static let policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static func headers(_ type: String) -> HTTPFields {
        var h = Reply.baseHeaders(type)
        h[HTTPField.Name("Content-Security-Policy")!] = policy
        return h
    }

    /// Characters a query value keeps as they are (RFC 3986 unreserved).
    static let queryText = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// The page; its own files are asked for with the same token.
    static func html(token: String?) -> Response {
        let q = token.map { "?token=" + ($0.addingPercentEncoding(withAllowedCharacters: queryText) ?? "") } ?? ""
        let body = document.replacingOccurrences(of: "{Q}", with: q)
        return Response(status: .ok, headers: headers("text/html; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// A file of the page.
    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: headers(type), body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// What a browser gets without the token (401).
    static func locked() -> Response {
        let text = """
        <!doctype html><html lang="id"><head><meta charset="utf-8"><title>cetak — perlu token</title></head>
        <body style="font-family:sans-serif;max-width:40em;margin:3em auto;line-height:1.5">
        <h1>Alamat ini perlu token</h1>
        <p>Buka alamat lengkap yang dicetak oleh <code>cetak serve</code> saat dijalankan, misalnya
        <code>http://server:8080/?token=…</code>. Tanyakan alamat itu kepada pengelola komputer kantor.</p>
        </body></html>
        """
        return Response(status: .unauthorized, headers: headers("text/html; charset=utf-8"), body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static let icon = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="4" y="2" width="24" height="28" rx="3" fill="#1f5f8b"/>\
    <path d="M9 10h14M9 15h14M9 20h9" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/></svg>
    """
}
