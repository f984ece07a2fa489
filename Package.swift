// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Feuillet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "feuillet", targets: ["feuillet"]),
        .library(name: "FeuilletRender", targets: ["FeuilletRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // The studio's HTTP server; without the swift-configuration and full-Foundation traits,
        // which the studio does not use and which would only add to the build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
    ],
    targets: [
        // C libraries from Debian packages, one system-library target each.
        .systemLibrary(name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
                       providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CHyphen", path: "Sources/CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CCmark", path: "Sources/CCmark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CSpng", path: "Sources/CSpng", pkgConfig: "spng", providers: [.apt(["libspng-dev"])]),
        .systemLibrary(name: "CQPDF", path: "Sources/CQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CJpeg", path: "Sources/CJpeg", providers: [.apt(["libturbojpeg0-dev", "libexif-dev"])]),
        .systemLibrary(name: "CRsvg", path: "Sources/CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .systemLibrary(name: "CQrencode", path: "Sources/CQrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CLCMS2", path: "Sources/CLCMS2", pkgConfig: "lcms2", providers: [.apt(["liblcms2-dev"])]),

        // Stages, dependencies pointing one way.
        .target(name: "FeuilletModel", dependencies: ["CCmark", .product(name: "Yams", package: "Yams"), .product(name: "SwiftCSV", package: "SwiftCSV")]),
        .target(name: "FeuilletStyle", dependencies: ["FeuilletModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "FeuilletTypesetting", dependencies: ["FeuilletModel", "FeuilletStyle", "CHyphen"]),
        .target(name: "FeuilletLayout", dependencies: ["FeuilletTypesetting", "FeuilletStyle", "FeuilletModel", "CPangoCairo", "CQrencode"]),
        .target(name: "FeuilletRender", dependencies: ["FeuilletLayout", "CPangoCairo", "CSpng", "CQPDF", "CJpeg", "CRsvg", "CLCMS2"]),
        .target(name: "FeuilletPipeline", dependencies: ["FeuilletRender", "FeuilletLayout", "FeuilletTypesetting", "FeuilletStyle", "FeuilletModel"]),
        .target(name: "FeuilletBatch", dependencies: ["FeuilletPipeline", "FeuilletRender", "FeuilletLayout", "FeuilletTypesetting", "FeuilletStyle", "FeuilletModel",
                                                      .product(name: "Yams", package: "Yams")]),
        .target(name: "FeuilletStudio", dependencies: ["FeuilletPipeline", "FeuilletRender", "FeuilletLayout", "FeuilletTypesetting", "FeuilletStyle", "FeuilletModel",
                                                       .product(name: "Hummingbird", package: "hummingbird"),
                                                       .product(name: "Yams", package: "Yams")]),
        .target(name: "FeuilletCLI", dependencies: [
            "FeuilletBatch", "FeuilletStudio", "FeuilletPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "feuillet", dependencies: ["FeuilletCLI"]),
        // Fuzz targets and the `feuillet-fuzz` driver (libFuzzer with `make fuzz`, else a mutator).
        .target(name: "FeuilletFuzzing", dependencies: ["FeuilletPipeline", "FeuilletModel", "FeuilletStyle", "FeuilletTypesetting", "FeuilletLayout"]),
        .executableTarget(name: "feuillet-fuzz", dependencies: ["FeuilletFuzzing"]),

        // Shared by the tests of every stage: the repository, tools, the sample article through the pipeline.
        .target(name: "FeuilletTestSupport", dependencies: ["FeuilletPipeline", "FeuilletLayout", "FeuilletStyle", "FeuilletModel", "FeuilletTypesetting"],
                path: "Tests/FeuilletTestSupport"),
        .testTarget(name: "FeuilletModelTests", dependencies: ["FeuilletModel"], exclude: ["Fixtures"]),
        .testTarget(name: "FeuilletStyleTests", dependencies: ["FeuilletStyle"]),
        .testTarget(name: "FeuilletTypesettingTests", dependencies: ["FeuilletTypesetting"]),
        .testTarget(name: "FeuilletLayoutTests", dependencies: ["FeuilletLayout", "FeuilletPipeline", "FeuilletTestSupport"]),
        .testTarget(name: "FeuilletRenderTests", dependencies: ["FeuilletRender", "FeuilletPipeline", "FeuilletTestSupport"]),
        .testTarget(name: "FeuilletPipelineTests", dependencies: ["FeuilletPipeline", "FeuilletTestSupport"]),
        .testTarget(name: "FeuilletBatchTests", dependencies: ["FeuilletBatch", "FeuilletLayout", "FeuilletPipeline", "FeuilletTypesetting", "FeuilletTestSupport"]),
        .testTarget(name: "FeuilletEndToEndTests", dependencies: ["FeuilletCLI", "FeuilletPipeline", "FeuilletRender", "FeuilletTypesetting", "FeuilletTestSupport"],
                    exclude: ["Corpus", "Golden", "Fixtures"]),  // read by path, not bundled
        .testTarget(name: "FeuilletFuzzTests", dependencies: ["FeuilletFuzzing"]),
        .testTarget(name: "FeuilletStudioTests", dependencies: ["FeuilletStudio", "FeuilletPipeline", "FeuilletStyle", "FeuilletTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
