import Benchmark
import Foundation
import RecallModel
import RecallStorage

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the progress of a student with `cards` cards and `reviews` reviews over a year, with card
/// ids as the deck builder makes them (16 hex digits), and returns the store that holds it.
///
/// The progress is built and dropped here, and freed memory handed back to the system, so that the
/// memory measured below is the loading's own.
private func writeProgress(cards: Int, reviews: Int, now: Date) -> FileProgressStore {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "recall-bench-load-\(UUID().uuidString)")
    let store = FileProgressStore(workspace: Workspace(root: folder))
    do {
        let ids = (0..<cards).map { String(format: "%016llx", UInt64($0) &* 0x9E37_79B9_7F4A_7C15) }
        var progress = DeckProgress(deck: "bench")
        let scheduler = FSRSScheduler(fuzz: false)
        var generator = SeededGenerator(seed: 1)
        progress.reviews.reserveCapacity(reviews)
        for index in 0..<reviews {
            let id = ids[index % cards]
            let time = now.addingTimeInterval(
                -365 * 86_400 + Double(index) * (365 * 86_400 / Double(reviews)))
            let before = progress.schedules[id]
            let rating: Rating = Double.random(in: 0..<1, using: &generator) < 0.88 ? .good : .again
            let after = scheduler.review(before ?? .new(due: time), rating: rating, at: time)
            progress.schedules[id] = after
            progress.reviews.append(
                ReviewLog(
                    cardID: id, time: time, rating: rating,
                    elapsedDays: before?.lastReview.map { FSRSScheduler.elapsedDays(from: $0, to: time) },
                    durationMs: 8000, kind: before == nil ? .learning : .review,
                    answer: index % 3 == 0 ? "1952" : nil, before: before, after: after))
        }
        try? store.save(progress)
    }
    releaseFreedMemory()
    return store
}

/// glibc's `malloc_trim(0)`, which the Glibc module does not export: returns freed heap to the system.
private func releaseFreedMemory() {
    #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        typealias MallocTrim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    #endif
}

let benchmarks: @Sendable () -> Void = {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let store = writeProgress(cards: 100_000, reviews: 1_000_000, now: now)

    Benchmark(
        "Progress: load 100,000 cards with 1,000,000 reviews",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try store.load(deck: "bench")) }
    }

    Benchmark(
        "Progress: write a snapshot of 100,000 cards with 1,000,000 reviews",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(30), maxIterations: 3)
    ) { benchmark in
        let progress = try store.load(deck: "bench")!
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { try store.save(progress) }
    }
}
