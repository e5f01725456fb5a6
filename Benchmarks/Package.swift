// swift-tools-version:6.1
import PackageDescription

/// In-process benchmarks of cetak's parts (CSV reading, bind + layout, shaping, PDF writing), with
/// ordo-one/benchmark: a separate package, so the main build and `swift test` never resolve the
/// harness. Run from the repository root:
///
///     swift package --package-path Benchmarks benchmark
///
/// The whole-process comparison with Typst, ReportLab and raw Cairo is `make bench` (bench/run.py).
let package = Package(
    name: "cetak-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "cetak", path: ".."),
        // The malloc interposer (not the default set of traits) gives the malloc metrics on Swift 6.3.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // The peer of cetak's CSV reader.
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "CetakBenchmarks",
            dependencies: [
                .product(name: "Cetak", package: "cetak"),
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "CetakBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
