import Foundation
import Hummingbird
import Logging

/// `cetak serve`: the page for clerks and its HTTP API, on Hummingbird.
public struct CetakServer: Sendable {
    /// The options.
    public let options: ServeOptions
    /// The token every request must carry (nil: none, on loopback without `--token`).
    public let token: String?

    /// A server with these options (a token is generated when it is off loopback and none is given).
    public init(options: ServeOptions) {
        self.options = options
        token = options.resolvedToken()
    }

    /// The address to give clerks: `http://HOST:PORT/` with `?token=` when one is in force.
    public func address(port: Int) -> String {
        let host = options.host == "0.0.0.0" || options.host == "::" ? (ProcessInfo.processInfo.hostName) : options.host
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)/" + (token.map { "?token=\($0)" } ?? "")
    }

    /// Serves until stopped (SIGINT, SIGTERM, or the task cancelled); `ready` gets the port once listening.
    public func run(ready: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let shop = Workshop(options: options)
        var logger = Logger(label: "cetak.serve")
        logger.logLevel = options.logWarnings ? .warning : .critical
        let app = Application(
            router: Routes.router(shop, token: token),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "cetak"),
            onServerRunning: { channel in await ready(channel.localAddress?.port ?? options.port) },
            logger: logger)
        try await app.runService()
    }
}
