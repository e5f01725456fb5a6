// swift-tools-version:6.0
import PackageDescription

/// cetak: XML templates + CSV/JSON data → print-ready PDF forms.
/// Linux only (Debian/Ubuntu): it uses Glibc and the system libraries of the apt providers below;
/// no Apple platform is claimed. Each target depends on exactly the modules its sources import.
let package = Package(
    name: "cetak",
    products: [
        .executable(name: "cetak", targets: ["cetak"]),
        .library(name: "Cetak", targets: ["Cetak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
        .systemLibrary(name: "CTurboJPEG", pkgConfig: "libturbojpeg", providers: [.apt(["libturbojpeg0-dev"])]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CZlibChecksum", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // PDF/A and font embedding (CetakPDF): hinting-free font copies, the sRGB output profile, the document ID.
        .systemLibrary(name: "CHarfBuzzSubset", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
        .systemLibrary(name: "CLCMS2", pkgConfig: "lcms2", providers: [.apt(["liblcms2-dev"])]),
        .systemLibrary(name: "CNettle", pkgConfig: "nettle", providers: [.apt(["nettle-dev"])]),

        .target(name: "CetakCore"),
        .target(name: "CetakRules", dependencies: ["CetakCore"]),
        .target(name: "CetakData", dependencies: ["CetakCore"]),
        .target(name: "CetakTemplate", dependencies: ["CetakCore", "CLibXML2"]),
        .target(name: "CetakXLSX", dependencies: [
            "CetakCore", "CetakData", "CLibXML2", "CZlibChecksum",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "CetakBind", dependencies: ["CetakCore", "CetakRules", "CetakTemplate", "CQRencode"]),
        .target(name: "CetakLayout", dependencies: ["CetakCore", "CHarfBuzz", "CFontconfig"]),
        .target(name: "CetakPDF", dependencies: ["CetakCore", "CCairo", "CFreeType", "CTurboJPEG", "CHarfBuzzSubset", "CLCMS2", "CNettle"]),
        .target(name: "CetakWorkbook", dependencies: ["CetakCore", "CetakData", "CetakTemplate", "CXLSXWriter"]),
        .target(name: "Cetak", dependencies: ["CetakCore", "CetakData", "CetakXLSX", "CetakRules", "CetakTemplate", "CetakBind", "CetakLayout",
                                              "CetakPDF", "CetakWorkbook"]),
        .target(name: "CetakServer", dependencies: [
            "Cetak", "CetakCore", "CetakTemplate", "CetakWorkbook",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .executableTarget(name: "cetak", dependencies: [
            "Cetak", "CetakCore", "CetakData", "CetakPDF", "CetakTemplate", "CetakWorkbook", "CetakServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .target(name: "CetakTestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CetakCoreTests", dependencies: ["CetakCore", "CetakTestSupport"]),
        .testTarget(name: "CetakRulesTests", dependencies: ["CetakRules", "CetakCore"]),
        .testTarget(name: "CetakDataTests", dependencies: ["CetakData", "CetakCore", "CetakTestSupport"]),
        .testTarget(name: "CetakXLSXTests", dependencies: ["CetakXLSX", "CetakData", "CetakCore", "CetakTestSupport",
                                                          .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CetakTemplateTests", dependencies: ["CetakTemplate", "CetakCore", "CetakTestSupport"]),
        .testTarget(name: "CetakBindTests", dependencies: ["CetakBind", "CetakCore", "CetakTemplate", "CetakTestSupport"]),
        .testTarget(name: "CetakLayoutTests", dependencies: ["CetakLayout", "CetakCore"]),
        .testTarget(name: "CetakPDFTests", dependencies: ["CetakPDF", "CetakCore", "CTurboJPEG", "CetakTestSupport"]),
        .testTarget(name: "CetakWorkbookTests", dependencies: ["CetakWorkbook", "CetakTemplate", "CetakData", "CetakCore", "Cetak",
                                                              "CetakTestSupport"]),
        .testTarget(name: "CetakTests", dependencies: ["Cetak", "CetakCore", "CetakPDF", "CetakTemplate", "CetakData", "CetakTestSupport"],
                    exclude: ["Fixtures", "References"]),
        .testTarget(name: "CetakServerTests", dependencies: [
            "CetakServer", "Cetak", "CetakTestSupport",
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
    ]
)
