// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        // Libraries for the benchmarks and fuzz targets, which build outside this package.
        .library(name: "RecallModel", targets: ["RecallModel"]),
        .library(name: "RecallStorage", targets: ["RecallStorage"]),
        .library(name: "RecallInterop", targets: ["RecallInterop"]),
        .library(name: "RecallApp", targets: ["RecallApp"]),
        .library(name: "RecallTestSupport", targets: ["RecallTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CZstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        // The layers, each allowed to use only the ones listed before it (ARCHITECTURE.md).
        .target(
            name: "RecallModel",
            dependencies: [.product(name: "HeapModule", package: "swift-collections")]
        ),
        .target(name: "RecallStorage", dependencies: ["RecallModel"]),
        .target(
            name: "RecallInterop",
            dependencies: [
                "RecallModel",
                "RecallStorage",
                "CSQLite",
                "CZstd",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "RecallApp",
            dependencies: ["RecallModel", "RecallStorage", "RecallInterop"],
            // The sample text, compiled into the program so that `recall` works from any folder.
            resources: [.embedInCode("Sample/turkey-russia.txt")]
        ),
        .target(
            name: "RecallConsole", dependencies: ["RecallModel", "RecallStorage", "RecallApp", "CReadline"]),
        .target(name: "RecallTestSupport", dependencies: ["RecallModel", "RecallStorage", "RecallConsole"]),
        .executableTarget(
            name: "recall",
            dependencies: [
                "RecallModel",
                "RecallStorage",
                "RecallInterop",
                "RecallApp",
                "RecallConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "RecallTests",
            dependencies: [
                "RecallModel", "RecallStorage", "RecallInterop", "RecallApp", "RecallConsole",
                "RecallTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RecallEndToEndTests",
            dependencies: ["recall"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
