// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that `swift build` and `swift test` at the root never
// compile package-benchmark. Run them with `swift package --disable-sandbox benchmark` here. The root
// package is named "Recall" here, so the benchmarks build whatever the checkout folder is called.
let package = Package(
    name: "RecallBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Recall", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Scheduling",
            dependencies: [
                .product(name: "RecallModel", package: "Recall"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Scheduling",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Progress",
            dependencies: [
                .product(name: "RecallModel", package: "Recall"),
                .product(name: "RecallStorage", package: "Recall"),
                .product(name: "RecallInterop", package: "Recall"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Progress",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ProgressLoad",
            dependencies: [
                .product(name: "RecallModel", package: "Recall"),
                .product(name: "RecallStorage", package: "Recall"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ProgressLoad",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Merge",
            dependencies: [
                .product(name: "RecallModel", package: "Recall"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Merge",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "DeckBuilding",
            dependencies: [
                .product(name: "RecallModel", package: "Recall"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DeckBuilding",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
