import CNettle

/// A running MD5 digest (Nettle), for the document ID that ISO 32000-1 §14.4 suggests: a hash of
/// the file's own bytes, so the same content always gets the same ID and other content another.
final class MD5Digest {
    private var context = md5_ctx()

    /// Starts an empty digest.
    init() { nettle_md5_init(&context) }

    /// Adds bytes.
    func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        nettle_md5_update(&context, bytes.count, base.assumingMemoryBound(to: UInt8.self))
    }

    /// Adds bytes.
    func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

    /// The 16 bytes of the digest (the digest starts again empty afterwards).
    func finish() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(MD5_DIGEST_SIZE))
        out.withUnsafeMutableBufferPointer { nettle_md5_digest(&context, Int(MD5_DIGEST_SIZE), $0.baseAddress) }
        return out
    }
}
