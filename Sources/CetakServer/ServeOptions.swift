import Cetak
import Foundation

/// How `cetak serve` runs: where it listens, the token, the templates, the limits.
public struct ServeOptions: Sendable {
    /// Address to listen on (`127.0.0.1`: this machine only; `0.0.0.0`: the office's network).
    public var host = "127.0.0.1"
    /// Port (0: any free port, as tests use).
    public var port = 8080
    /// The token every request must carry; generated when the server is off loopback and none is given.
    public var token: String?
    /// The folder of the built-in forms (see `TemplateSearch`).
    public var templates: String
    /// Folders whose forms are used before the built-in ones of the same id (a local `./Templates`).
    public var localTemplates: [String] = []
    /// The largest upload accepted, in bytes (larger: 413).
    public var uploadLimit = 50 * 1024 * 1024
    /// Documents rendered at once (by default the cores); a batch runs with this many workers.
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    /// Fixed PDF creation date (`SOURCE_DATE_EPOCH`), as the CLI takes it.
    public var sourceDateEpoch: Int64?
    /// Where each request's folder is made.
    public var temporaryFolder = NSTemporaryDirectory()
    /// Log warnings and errors on standard error (off: only what stops the server).
    public var logWarnings = true
    /// How long the results of a render stay for download after it finished.
    public var keepResults: Duration = .seconds(3600)

    /// Options for the templates folder.
    public init(templates: String) { self.templates = templates }

    /// The forms of the local folders and the built-in folder, as the CLI finds them.
    public var catalog: FormCatalog { RenderOptions(form: "", templates: templates, localTemplates: localTemplates).catalog }

    /// True when only this machine can reach the server.
    public var isLoopback: Bool { Access.isLoopback(host) }

    /// The token in force: the given one, or one generated (off loopback), or nil (loopback without one).
    func resolvedToken() -> String? {
        if let token, !token.isEmpty { return token }
        return isLoopback ? nil : Access.newToken()
    }
}
