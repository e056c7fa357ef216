// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Recall",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "recall", targets: ["recall"]),
        .library(name: "RecallKit", targets: ["RecallKit"]),
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
        .target(
            name: "RecallKit",
            dependencies: [
                "CSQLite",
                "CZstd",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "recall",
            dependencies: [
                "RecallKit",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The sample text, compiled into the program so that `recall` works from any folder.
            resources: [.embedInCode("Sample/turkey-russia.txt")]
        ),
        .testTarget(
            name: "RecallKitTests",
            dependencies: ["RecallKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RecallEndToEndTests",
            dependencies: ["recall"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
