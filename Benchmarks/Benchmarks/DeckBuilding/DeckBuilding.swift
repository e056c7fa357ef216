import Benchmark
import Foundation
import RecallModel

/// About `bytes` of prose: the sample text, the varied test text and the eight WikiWars articles
/// repeated, so that dates, citations, headings and every date form recur as in a long book.
private func prose(bytes: Int) -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let sample =
        (try? String(contentsOf: root.appendingPathComponent("Decks/turkey-russia.txt"), encoding: .utf8))
        ?? ""
    let varied =
        (try? String(
            contentsOf: root.appendingPathComponent("Tests/RecallTests/Fixtures/varied-history.txt"),
            encoding: .utf8))
        ?? ""
    var unit = sample + "\n\n" + varied + "\n\n"
    // The WikiWars articles (../shared/dates/wikiwars/texts), denser in dates than the sample, are read
    // where they are, never copied here.
    let wikiwars = root.deletingLastPathComponent().appendingPathComponent("shared/dates/wikiwars/texts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: wikiwars.path)) ?? []
    let articles = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
        try? String(contentsOf: wikiwars.appendingPathComponent($0), encoding: .utf8)
    }
    if articles.isEmpty {
        print("DeckBuilding: \(wikiwars.path) not found; the input is the sample and the varied text only")
    }
    for article in articles { unit += article + "\n\n" }
    var text = ""
    text.reserveCapacity(bytes + unit.utf8.count)
    while text.utf8.count < bytes { text += unit }
    return text
}

let benchmarks: @Sendable () -> Void = {
    let size = 10_000_000
    let text = prose(bytes: size)

    Benchmark(
        "Build a deck from 10 MB of prose",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident, .throughput], maxDuration: .seconds(30),
            maxIterations: 3)
    ) { benchmark in
        let source = SourceText(name: "book.txt", text: text)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(
                try DeckBuilder().build(
                    source, name: "book", builtAt: Date(timeIntervalSince1970: 1_780_000_000)))
        }
    }

    Benchmark(
        "Find facts in 10 MB of prose",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 3)
    ) { benchmark in
        let source = SourceText(name: "book.txt", text: text)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(FactSelector().read(source))
        }
    }

    // Issue 15: one sentence of 1.5 MB of consecutive dates (`1952 1953 1954 …`) took minutes, as
    // every date read the whole sentence again; it must build in well under a second.
    let run = "In " + String(repeating: "1952 1953 1954 ", count: 100_000) + "things happened."

    Benchmark(
        "Build a deck from one 1.5 MB sentence of consecutive dates",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 3)
    ) { benchmark in
        let source = SourceText(name: "dates.txt", text: run)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(
                try DeckBuilder().build(
                    source, name: "dates", builtAt: Date(timeIntervalSince1970: 1_780_000_000)))
        }
    }
}
