/// The version of cetak, kept in this one place: `cetak --version` prints it, every PDF names it as
/// its Creator (and a merged PDF as its Producer), and `make deb` reads it from the line below for
/// the package's version. Change it here only.
public enum CetakVersion {
    /// The version number, `MAJOR.MINOR.PATCH`.
    public static let number = "0.3.0"

    /// The program and its version, as PDFs carry it: `cetak 0.3.0`.
    public static var producer: String { "cetak \(number)" }
}
