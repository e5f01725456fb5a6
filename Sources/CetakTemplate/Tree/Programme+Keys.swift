extension Programme {
    /// True when the manifest lists a key a template declares: the key itself, or keys under it
    /// (a declared `penilai` is listed as `penilai.1.nama`, …).
    public func lists(contextKey declared: String) -> Bool {
        context.contains { $0.name == declared || $0.name.hasPrefix(declared + ".") }
    }

    /// The manifest's context keys a form needs, from the keys it declares: each declared key, the
    /// keys under it, and the keys beside it in the same group (`lpmp.logo` beside a declared
    /// `lpmp.nama`: parts such as the letterhead read a whole group). Top-level keys count only
    /// when declared themselves. In manifest order.
    public func contextKeys(declared: [String]) -> [ProgrammeField] {
        let names = Set(declared)
        let groups = Set(declared.compactMap(Self.group))
        return context.filter { key in
            names.contains(key.name) || names.contains { key.name.hasPrefix($0 + ".") }
                || Self.group(key.name).map(groups.contains) == true
        }
    }

    /// A dotted key's group: everything before its last dot (`lpmp.kepala` of `lpmp.kepala.nama`), nil for a top-level key.
    static func group(_ key: String) -> String? {
        key.lastIndex(of: ".").map { String(key[..<$0]) }
    }
}
