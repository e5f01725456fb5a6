import CetakCore

/// A Nomor Induk Pegawai: birth date, TMT CPNS, sex and serial packed in 18 digits.
public struct NIP: Sendable, Hashable, CustomStringConvertible {
    /// The 18 digits, without spaces.
    public let digits: String
    /// Date of birth (digits 1–8).
    public let birthDate: CivilDate
    /// Start of civil service as CPNS: the first day of the month of digits 9–14.
    public let tmtCPNS: CivilDate
    /// Sex (digit 15).
    public let sex: JenisKelamin
    /// Serial number (digits 16–18), e.g. "001".
    public let serial: String

    /// Parses a NIP; spaces anywhere are ignored ("19650810 198902 2 001").
    public init(_ text: String) throws(NIPError) {
        // Plain digits, as nearly every NIP is written, need no filtering (a big batch parses thousands).
        let plain = text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        let compact = plain ? text : String(text.filter { !$0.isWhitespace })
        let bytes = Array(compact.utf8)
        guard bytes.count == 18, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw .notEighteenDigits(text)
        }
        let n = bytes.map { Int($0) - 48 }
        func number(_ from: Int, _ count: Int) -> Int { n[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
        guard let birth = CivilDate(year: number(0, 4), month: number(4, 2), day: number(6, 2)) else {
            throw .invalidBirthDate(text)
        }
        guard let tmt = CivilDate(year: number(8, 4), month: number(12, 2), day: 1) else {
            throw .invalidTMT(text)
        }
        switch n[14] {
        case 1: sex = .lakiLaki
        case 2: sex = .perempuan
        default: throw .invalidSex(text)
        }
        digits = compact
        birthDate = birth
        tmtCPNS = tmt
        serial = String(compact.suffix(3))
    }

    /// The NIP, or nil when the text is not a valid one.
    public static func parse(_ text: String) -> NIP? { try? NIP(text) }

    /// Grouped 8-6-1-3: "19650810 198902 2 001".
    public var grouped: String { NIP.groupDigits(digits) }

    /// The grouped form.
    public var description: String { grouped }

    /// Groups a text of 18 digits (spaces ignored) 8-6-1-3; any other text comes back unchanged.
    public static func group(_ text: String) -> String {
        // Plain digits, as nearly every NIP is written, need no filtering (a big batch parses thousands).
        let plain = text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        let compact = plain ? text : String(text.filter { !$0.isWhitespace })
        guard compact.utf8.count == 18, compact.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return text }
        return groupDigits(compact)
    }

    /// Where the NIP disagrees with a stated birth date or sex (empty when it agrees or nothing is stated).
    public func conflicts(tanggalLahir: CivilDate?, jenisKelamin: JenisKelamin?) -> [NIPConflict] {
        var out: [NIPConflict] = []
        if let t = tanggalLahir, t != birthDate { out.append(.tanggalLahir(nip: birthDate, stated: t)) }
        if let s = jenisKelamin, s != sex { out.append(.jenisKelamin(nip: sex, stated: s)) }
        return out
    }

    private static func groupDigits(_ d: String) -> String {
        let c = Array(d)
        return String(c[0..<8]) + " " + String(c[8..<14]) + " " + String(c[14]) + " " + String(c[15..<18])
    }
}
