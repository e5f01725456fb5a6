import ArgumentParser
import Cetak
import CetakCore
import CetakServer
import Foundation

/// `cetak serve`: the page for clerks on this machine or, with `--host 0.0.0.0` and a token, the office's network.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the page for clerks: upload data, see what is rejected, preview, download every PDF.")

    @Option(name: .long, help: "Address to listen on (127.0.0.1: this machine only; 0.0.0.0: the network, token required).")
    var host = "127.0.0.1"
    @Option(name: .long, help: "Port.") var port = 8080
    @Option(name: .long, help: "Token every request must carry (default: $CETAK_TOKEN; generated when off loopback and not given).")
    var token: String?
    @Option(name: .long, help: "Largest upload in MB.") var uploadLimit = 50
    @OptionGroup var t: TemplateOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0…65535") }
        if uploadLimit < 1 { throw ValidationError("--upload-limit must be at least 1 (MB)") }
        if let token, token.count < 8 { throw ValidationError("--token must be at least 8 characters") }
    }

    func run() async throws {
        let forms = t.options(form: "")
        var o = ServeOptions(templates: forms.templates)
        o.localTemplates = forms.localTemplates
        o.host = host
        o.port = port
        o.token = token ?? ProcessInfo.processInfo.environment["CETAK_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        o.uploadLimit = uploadLimit * 1024 * 1024
        o.sourceDateEpoch = try sourceDateEpoch()
        let server = CetakServer(options: o)
        do {
            try await server.run { port in
                var text = "cetak serve: buka \(server.address(port: port))\n"
                if !server.options.isLoopback { text += "(dari komputer lain di jaringan kantor: pakai alamat IP atau nama komputer ini)\n" }
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        } catch {
            // Most often the port is taken (another cetak serve?) or the address is not this machine's.
            throw stop([Diagnostic(.usage, "cetak serve: cannot listen on \(host):\(port): \(error)")])
        }
    }
}
