import Foundation

/// The rules of who may use the server: the token, the loopback names, the Host and Origin checks.
enum Access {
    /// True for addresses only this machine can reach.
    static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return h == "localhost" || h == "::1" || h.hasPrefix("127.")
    }

    /// A new token: 128 random bits as 32 hexadecimal digits.
    static func newToken() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &g)) }.joined()
    }

    /// Compares in time that does not depend on where the texts differ.
    static func sameToken(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return diff == 0
    }

    /// The host name of a `Host` header or an origin's authority (`localhost:8080` → `localhost`, `[::1]:80` → `::1`).
    static func hostName(ofAuthority authority: String) -> String {
        let a = authority.lowercased()
        if a.hasPrefix("["), let end = a.firstIndex(of: "]") { return String(a[a.index(after: a.startIndex)..<end]) }
        return String(a.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The authority (`host:port`) of an `Origin` header (`http://localhost:8080`), or nil for `null`.
    static func authority(ofOrigin origin: String) -> String? {
        guard let r = origin.range(of: "://") else { return nil }
        let rest = origin[r.upperBound...]
        return String(rest.split(separator: "/", maxSplits: 1).first ?? "").lowercased()
    }
}
