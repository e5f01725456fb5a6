import HTTPTypes
import Hummingbird

/// Lets a request through only when it may use the server: with the token when one is in force
/// (`Authorization: Bearer T` or `?token=T`; 401 without), with a loopback `Host` on a loopback server
/// (a web page elsewhere that points its own name at 127.0.0.1 — DNS rebinding — gets 403), and for
/// anything but GET with an `Origin`, if sent, of this server (another site's form cannot post here).
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    let token: String?
    let loopback: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let authority = request.head.authority ?? ""
        if loopback, !Access.isLoopback(Access.hostName(ofAuthority: authority)) {
            throw ServeError(status: .forbidden, message: "server ini hanya menjawab sebagai localhost atau 127.0.0.1, bukan sebagai '\(authority)'")
        }
        if let token {
            let bearer = request.headers[.authorization].flatMap { h -> String? in
                let parts = h.split(separator: " ", maxSplits: 1)
                return parts.count == 2 && parts[0].lowercased() == "bearer" ? String(parts[1]) : nil
            }
            let given = bearer ?? request.uri.queryParameters.get("token")
            guard let given, Access.sameToken(given, token) else {
                if request.method == .get, !request.uri.path.hasPrefix("/api/") { return Page.locked() }
                throw ServeError(status: .unauthorized, message: "token tidak ada atau salah: buka alamat lengkap yang dicetak cetak serve (…?token=…) atau kirim Authorization: Bearer <token>")
            }
        }
        if request.method != .get, request.method != .head, let origin = request.headers[.origin] {
            guard let from = Access.authority(ofOrigin: origin), from == authority.lowercased() else {
                throw ServeError(status: .forbidden, message: "halaman dari situs lain (\(origin)) tidak boleh mengirim data ke server ini")
            }
        }
        return try await next(request, context)
    }
}
