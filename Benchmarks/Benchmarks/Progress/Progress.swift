import Benchmark
import Foundation
import RecallInterop
import RecallModel
import RecallStorage

/// A deck of `cards` cloze cards over as many facts, and progress with `reviews` reviews spread over a year.
private func collection(cards: Int, reviews: Int, now: Date) -> (Deck, DeckProgress) {
    let question = Question.cloze(
        ClozeQuestion(
            text: "In ____ it happened.", answer: "1952", value: .year(1952),
            sentence: "In 1952 it happened.",
            context: nil, source: SourceReference(sentence: "In 1952 it happened.", line: 1)))
    let deckCards = (0..<cards).map { Card(id: "card-\($0)", factID: "fact-\($0)", question: question) }
    let facts = (0..<cards).map {
        Fact(
            text: "Fact \($0) happened in 1952.", source: "Fact \($0) happened in 1952.", line: $0 + 1,
            dates: [])
    }
    var deck = Deck(
        name: "bench", source: "bench.txt", attribution: nil, builtAt: now, facts: facts, cards: deckCards)
    deck.settings.fuzz = false
    var progress = DeckProgress(deck: "bench")
    let scheduler = FSRSScheduler(fuzz: false)
    var generator = SeededGenerator(seed: 1)
    var schedules: [String: CardSchedule] = [:]
    schedules.reserveCapacity(cards)
    progress.reviews.reserveCapacity(reviews)
    for index in 0..<reviews {
        let id = "card-\(index % cards)"
        let time = now.addingTimeInterval(-365 * 86_400 + Double(index) * (365 * 86_400 / Double(reviews)))
        let before = schedules[id]
        let rating: Rating = Double.random(in: 0..<1, using: &generator) < 0.88 ? .good : .again
        let after = scheduler.review(before ?? .new(due: time), rating: rating, at: time)
        schedules[id] = after
        progress.reviews.append(
            ReviewLog(
                cardID: id, time: time, rating: rating, elapsedDays: nil, durationMs: 8000,
                kind: before == nil ? .learning : .review,
                answer: nil, before: before, after: after))
    }
    progress.schedules = schedules
    return (deck, progress)
}

let benchmarks: @Sendable () -> Void = {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let (bigDeck, bigProgress) = collection(cards: 100_000, reviews: 1_000_000, now: now)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "recall-bench-\(UUID().uuidString)")

    Benchmark(
        "Progress: save one answer (journal append and fsync)",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(5), maxIterations: 2000)
    ) { benchmark in
        let small = FileProgressStore(workspace: Workspace(root: folder.appendingPathComponent("small")))
        let schedule = bigProgress.schedules["card-1"]!
        var sequence = 0
        for _ in benchmark.scaledIterations {
            sequence += 1
            let review = bigProgress.reviews[sequence % 1000]
            try small.append(
                [ProgressChange(sequence: sequence, cardID: "card-1", schedule: schedule, review: review)],
                deck: "journal")
        }
    }

    Benchmark(
        "Stats: 100,000 cards with 1,000,000 reviews",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                DeckStats.compute(
                    deck: bigDeck, progress: bigProgress, now: now, timeZone: .gmt,
                    exam: now.addingTimeInterval(30 * 86_400)))
        }
    }

    Benchmark(
        "Cram: plan 10,000 cards over 30 days",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        let states = (0..<10_000).map { index in
            ExamPlanner.CardState(
                id: "card-\(index)", memory: bigProgress.schedules["card-\(index)"]?.memory,
                lastReview: bigProgress.schedules["card-\(index)"]?.lastReview)
        }
        let planner = ExamPlanner(exam: now.addingTimeInterval(30 * 86_400))
        for _ in benchmark.scaledIterations { blackHole(planner.plan(states, from: now, perDay: 300)) }
    }

    Benchmark(
        "Report: a class of 200 progress files",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(20), maxIterations: 5)
    ) { benchmark in
        let (deck, _) = collection(cards: 300, reviews: 0, now: now)
        let entries = (0..<200).map { student -> ClassReport.Entry in
            let (_, progress) = collection(cards: 300, reviews: 3000 + student, now: now)
            return ClassReport.Entry(
                name: "student-\(student)", file: "s\(student).progress.json", progress: progress)
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(ClassReport.make(deck: deck, entries: entries, warnings: [], now: now, timeZone: .gmt))
        }
    }
}
