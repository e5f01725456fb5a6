import Glibc

/// A new folder only this user can enter (mode 0700) with an unguessable name, made by mkdtemp(3):
/// nobody else can plant a file or a link in it.
public enum PrivateFolder {
    /// Makes `<prefix>XXXXXX` with the six letters chosen by mkdtemp (`/tmp/cetak-` → `/tmp/cetak-a8Zq1x`);
    /// returns its path, or nil with errno set.
    public static func make(prefix: String) -> String? {
        var template = Array((prefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buf in buf.baseAddress.flatMap { mkdtemp($0) } }
        guard made != nil else { return nil }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
