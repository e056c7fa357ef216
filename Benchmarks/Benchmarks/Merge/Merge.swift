import Benchmark
import Foundation
import RecallModel

/// Two machines' progress on a deck of `cards` cards: `reviews` reviews in all over a year, the
/// even ones on one machine and the odd ones on the other, so the merge interleaves them.
private func machines(cards: Int, reviews: Int) -> (Deck, DeckProgress, DeckProgress) {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let question = Question.cloze(
        ClozeQuestion(
            text: "In ____ it happened.", answer: "1952", value: .year(1952), sentence: "In 1952 it happened.",
            context: nil, source: SourceReference(sentence: "In 1952 it happened.", line: 1)))
    let deckCards = (0..<cards).map { Card(id: "card-\($0)", factID: "fact-\($0)", question: question) }
    let deck = Deck(name: "bench", source: "bench.txt", attribution: nil, builtAt: now, facts: [], cards: deckCards)
    let step = ReviewStep(settings: deck.settings)
    var generator = SeededGenerator(seed: 1)
    var sides = [DeckProgress(deck: "bench"), DeckProgress(deck: "bench")]
    var states: [String: CardSchedule] = [:]
    for index in 0..<reviews {
        let card = "card-\(index % cards)"
        let time = now.addingTimeInterval(Double(index) * (365 * 86_400 / Double(reviews)))
        let rating: Rating = Double.random(in: 0..<1, using: &generator) < 0.88 ? .good : .again
        let id = ReviewID.random(using: &generator)
        let (before, after) = step.apply(states[card], rating: rating, at: time, id: id)
        states[card] = after
        sides[index % 2].reviews.append(
            ReviewLog(
                cardID: card, time: time, rating: rating, elapsedDays: nil, durationMs: 8000,
                kind: ReviewStep.kind(before: before, cram: false), answer: nil, before: before, after: after,
                id: id, machine: MachineID(value: UInt64(1 + index % 2))))
    }
    return (deck, sides[0], sides[1])
}

let benchmarks: @Sendable () -> Void = {
    for (cards, reviews, label) in [(1_000, 10_000, "10,000"), (100_000, 1_000_000, "1,000,000")] {
        Benchmark(
            "Replay: a merged history of \(label) reviews",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
        ) { benchmark in
            // The replay alone: one history holding both machines' reviews, with nothing else in
            // memory (a merge also holds its two sides while it replays: the next benchmark).
            var merged = DeckProgress(deck: "bench")
            var settings = DeckSettings()
            do {
                let (deck, first, second) = machines(cards: cards, reviews: reviews)
                settings = deck.settings
                merged = first
                merged.reviews.append(contentsOf: second.reviews)
                merged.reviews.sort { $0.time < $1.time }
            }
            let step = ReviewStep(settings: settings)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                ProgressReplay.replay(&merged, step: step)
            }
            benchmark.stopMeasurement()
            blackHole(merged)
        }
        Benchmark(
            "Merge: two machines' histories, \(label) reviews, replayed",
            configuration: .init(
                metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(30), maxIterations: 5)
        ) { benchmark in
            let (deck, first, second) = machines(cards: cards, reviews: reviews)
            let step = ReviewStep(settings: deck.settings)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(ProgressMerge.merge(first, second, step: step))
            }
            benchmark.stopMeasurement()
        }
    }
}
