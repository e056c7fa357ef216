import Benchmark
import Foundation
import RecallModel

/// The optimizer on the log of 5,000 simulated cards (about 30,000 reviews, 25,000 of them on a
/// later day): five passes of Adam through every history, each pass with its gradient and its
/// evaluation.
let optimizerBenchmarks: @Sendable () -> Void = {
    Benchmark(
        "Optimizer: fit 5,000 simulated cards",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        var generator = SeededGenerator(seed: 7)
        let weights = try! FSRSParameters(weights: [
            0.5, 2.0, 4.0, 15.0, 6.0, 0.9, 2.5, 0.01, 1.6, 0.15, 0.9, 1.7, 0.08, 0.3, 1.8, 0.4, 2.2, 0.6, 0.2,
            0.1, 0.4,
        ])
        let histories = ReviewSimulator(parameters: weights).histories(cards: 5_000, using: &generator)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try! FSRSOptimizer().fit(histories))
        }
    }
}
