// swift-tools-version:6.0
import PackageDescription

/// cetak: XML templates + CSV/JSON data → print-ready PDF forms.
let package = Package(
    name: "cetak",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "cetak", targets: ["cetak"]),
        .library(name: "Cetak", targets: ["Cetak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),

        .target(name: "CetakCore"),
        .target(name: "CetakRules", dependencies: ["CetakCore"]),
        .target(name: "CetakData", dependencies: ["CetakCore"]),
        .target(name: "CetakTemplate", dependencies: ["CetakCore", "CLibXML2"]),
        .target(name: "CetakBind", dependencies: ["CetakCore", "CetakRules", "CetakData", "CetakTemplate", "CQRencode"]),
        .target(name: "CetakLayout", dependencies: ["CetakCore", "CHarfBuzz", "CFreeType", "CFontconfig"]),
        .target(name: "CetakPDF", dependencies: ["CetakCore", "CCairo", "CFreeType"]),
        .target(name: "Cetak", dependencies: ["CetakCore", "CetakData", "CetakTemplate", "CetakBind", "CetakLayout", "CetakPDF"]),
        .target(name: "CetakServer", dependencies: [
            "Cetak", "CetakCore", "CetakPDF",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .executableTarget(name: "cetak", dependencies: [
            "Cetak", "CetakServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "CetakTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CetakCoreTests", dependencies: ["CetakCore"]),
        .testTarget(name: "CetakRulesTests", dependencies: ["CetakRules"]),
        .testTarget(name: "CetakDataTests", dependencies: ["CetakData"]),
        .testTarget(name: "CetakTemplateTests", dependencies: ["CetakTemplate", "CetakCore"]),
        .testTarget(name: "CetakBindTests", dependencies: ["CetakBind"]),
        .testTarget(name: "CetakLayoutTests", dependencies: ["CetakLayout", "CetakCore"]),
        .testTarget(name: "CetakPDFTests", dependencies: ["CetakPDF"]),
        .testTarget(name: "CetakTests", dependencies: ["Cetak", "CetakPDF", "CetakTestSupport"], exclude: ["Fixtures", "References"]),
        .testTarget(name: "CetakServerTests", dependencies: [
            "CetakServer", "Cetak", "CetakTestSupport",
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
    ]
)
