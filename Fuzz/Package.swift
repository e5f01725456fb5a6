// swift-tools-version:6.0
import PackageDescription

/// libFuzzer targets for cetak's readers: a separate package, so the main build and `swift test`
/// never see `-sanitize=fuzzer`. Build and run them with `make fuzz` from the repository root:
///
///     swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
///
/// Each target exports `LLVMFuzzerTestOneInput`; libFuzzer supplies `main`.
let package = Package(
    name: "cetak-fuzz",
    dependencies: [
        .package(name: "cetak", path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "fuzz-csv", dependencies: ["FuzzDriver", .product(name: "Cetak", package: "cetak")]),
        .executableTarget(name: "fuzz-json", dependencies: ["FuzzDriver", .product(name: "Cetak", package: "cetak")]),
        .executableTarget(name: "fuzz-template", dependencies: ["FuzzDriver", .product(name: "Cetak", package: "cetak")]),
        .executableTarget(name: "fuzz-expression", dependencies: ["FuzzDriver", .product(name: "Cetak", package: "cetak")]),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzDriver", .product(name: "Cetak", package: "cetak")]),
        .executableTarget(name: "fuzz-joiner", dependencies: ["FuzzDriver", .product(name: "Cetak", package: "cetak")]),
    ]
)
