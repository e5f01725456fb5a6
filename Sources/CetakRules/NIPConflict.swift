import CetakCore

/// A disagreement between a NIP and a separately stated value (a warning, not an error).
public enum NIPConflict: Sendable, Hashable, CustomStringConvertible {
    /// `tanggal_lahir` differs from the NIP's birth date.
    case tanggalLahir(nip: CivilDate, stated: CivilDate)
    /// `jenis_kelamin` differs from the NIP's sex digit.
    case jenisKelamin(nip: JenisKelamin, stated: JenisKelamin)

    /// Names both values, for the run report.
    public var description: String {
        switch self {
        case let .tanggalLahir(nip, stated):
            return "tanggal_lahir \(stated) tidak sama dengan tanggal lahir pada NIP (\(nip))"
        case let .jenisKelamin(nip, stated):
            return "jenis_kelamin \(stated.rawValue) tidak sama dengan jenis kelamin pada NIP (\(nip.rawValue))"
        }
    }
}
