/// The verdict on one requirement, with what SA.03 prints about it.
public struct HasilPersyaratan: Sendable, Hashable, Identifiable {
    /// R1 … R9.
    public let id: PersyaratanID
    /// The requirement, in Indonesian.
    public let label: String
    /// The proof document (Bukti Dokumen).
    public let proof: String
    /// True when the requirement is met.
    public let met: Bool
    /// The fact the verdict rests on ("usia 53 tahun 11 bulan", "golongan III/c", "data tidak ada").
    public let fact: String
    /// True when the data the requirement needs is there (SA.03 "Ada" / "Tidak Ada").
    public let dataPresent: Bool

    /// Creates a verdict.
    public init(id: PersyaratanID, label: String, proof: String, met: Bool, fact: String, dataPresent: Bool) {
        self.id = id
        self.label = label
        self.proof = proof
        self.met = met
        self.fact = fact
        self.dataPresent = dataPresent
    }

    /// "Memenuhi" or "Tidak Memenuhi".
    public var verdict: String { met ? "Memenuhi" : "Tidak Memenuhi" }
    /// "Ada" or "Tidak Ada".
    public var ada: String { dataPresent ? "Ada" : "Tidak Ada" }
    /// "✓" or "✗" (SA.04).
    public var mark: String { met ? "\u{2713}" : "\u{2717}" }
}

/// The outcome of the seleksi administrasi of one candidate.
public struct HasilSeleksi: Sendable, Hashable {
    /// The nine verdicts, R1 first.
    public let results: [HasilPersyaratan]

    /// Creates an outcome from verdicts.
    public init(results: [HasilPersyaratan]) { self.results = results }

    /// True iff every requirement is met (MS).
    public var memenuhiSyarat: Bool { !results.isEmpty && results.allSatisfy(\.met) }
    /// "MS" or "TMS".
    public var code: String { memenuhiSyarat ? "MS" : "TMS" }
    /// "MEMENUHI SYARAT" or "TIDAK MEMENUHI SYARAT".
    public var kesimpulan: String { memenuhiSyarat ? "MEMENUHI SYARAT" : "TIDAK MEMENUHI SYARAT" }
    /// The requirements not met.
    public var unmet: [HasilPersyaratan] { results.filter { !$0.met } }

    /// The verdict on one requirement.
    public subscript(_ id: PersyaratanID) -> HasilPersyaratan? { results.first { $0.id == id } }
}
