import CLCMS2
import CetakCore

/// The sRGB ICC profile of the PDF/A output intent, made by LittleCMS (`cmsCreate_sRGBProfile`).
///
/// LittleCMS writes a version 4 profile (588 bytes: parametric tone curves); its header is set to
/// version 4.2, the ICC.1:2004-10 that ISO 32000-1 (and so PDF/A-2) refers to — the tags it writes
/// are all of that version. A version 2 profile would need sampled curves (8.8 KB in every file).
/// Made once per process.
enum SRGBProfile {
    /// The profile's bytes, or why LittleCMS could not make them.
    static let bytes: Result<[UInt8], Diagnostic> = make()

    /// The name PDF/A readers show for the output condition.
    static let identifier = "sRGB IEC61966-2.1"

    private static func make() -> Result<[UInt8], Diagnostic> {
        let failure = Diagnostic.archive(path: "<sRGB profile>", reason: "LittleCMS could not create the sRGB profile")
        guard let profile = cmsCreate_sRGBProfile() else { return .failure(failure) }
        defer { cmsCloseProfile(profile) }
        cmsSetProfileVersion(profile, 4.2)
        var size: cmsUInt32Number = 0
        guard cmsSaveProfileToMem(profile, nil, &size) != 0, size >= 128 else { return .failure(failure) }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        let saved = bytes.withUnsafeMutableBytes { cmsSaveProfileToMem(profile, $0.baseAddress, &size) }
        guard saved != 0 else { return .failure(failure) }
        bytes = Array(bytes.prefix(Int(size)))
        // dateTimeNumber at bytes 24–35: year, month, day, hours, minutes, seconds (big-endian UInt16).
        let fixed: [UInt16] = [2000, 1, 1, 0, 0, 0]
        for (k, v) in fixed.enumerated() { bytes[24 + 2 * k] = UInt8(v >> 8); bytes[25 + 2 * k] = UInt8(v & 0xFF) }
        return .success(bytes)
    }
}
