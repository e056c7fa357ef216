import Benchmark
import Foundation
import RecallModel

/// A review card in the middle of its life, reviewed a few days after it came due.
private func reviewCard(_ index: Int, now: Date) -> CardSchedule {
    var card = CardSchedule.new(due: now.addingTimeInterval(-Double(index % 5) * 86_400))
    card.phase = .review
    card.step = nil
    card.memory = MemoryState(stability: 2 + Double(index % 97), difficulty: 1 + Double(index % 9))
    card.lastReview = card.due.addingTimeInterval(-Double(2 + index % 30) * 86_400)
    card.reps = 4
    return card
}

/// A collection of `count` cards: a fifth new, the rest reviewed, a tenth of them due today.
private func collection(_ count: Int, now: Date) -> ([Card], DeckProgress) {
    var cards: [Card] = []
    cards.reserveCapacity(count)
    var progress = DeckProgress(deck: "bench")
    progress.schedules.reserveCapacity(count)
    let question = Question.cloze(
        ClozeQuestion(
            text: "____", answer: "1952", value: .year(1952), sentence: "", context: nil,
            source: SourceReference(sentence: "", line: 1)))
    for index in 0..<count {
        let id = "card-\(index)"
        cards.append(Card(id: id, factID: "fact-\(index / 3)", question: question))
        if index % 5 != 0 {
            var schedule = reviewCard(index, now: now)
            schedule.due = now.addingTimeInterval(index % 10 == 1 ? -3600 : Double(1 + index % 60) * 86_400)
            progress.schedules[id] = schedule
        }
    }
    return (cards, progress)
}

let benchmarks: @Sendable () -> Void = {
    let now = Date(timeIntervalSince1970: 1_780_000_000)
    let batch = 10_000
    optimizerBenchmarks()

    Benchmark(
        "FSRS next state, one review (×10,000)",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(2))
    ) { benchmark in
        let scheduler = FSRSScheduler(fuzz: false)
        let cards = (0..<batch).map { reviewCard($0, now: now) }
        let ratings = Rating.allCases
        var generator = SeededGenerator(seed: 1)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for index in 0..<batch {
                blackHole(
                    scheduler.review(cards[index], rating: ratings[index & 3], at: now, using: &generator))
            }
        }
    }

    Benchmark(
        "FSRS memory model only (×10,000)",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(2))
    ) { benchmark in
        let model = FSRS()
        let memories = (0..<batch).map {
            MemoryState(stability: 2 + Double($0 % 97), difficulty: 1 + Double($0 % 9))
        }
        let ratings = Rating.allCases
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for index in 0..<batch {
                blackHole(
                    model.nextMemory(memories[index], elapsedDays: 3 + index % 40, rating: ratings[index & 3])
                )
            }
        }
    }

    Benchmark(
        "Queue: index 1,000,000 cards and align their schedules (once per session)",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
        let (cards, progress) = collection(1_000_000, now: now)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let index = DeckIndex(cards: cards)
            blackHole(index.schedules(in: progress))
        }
    }

    Benchmark(
        "Queue: build a day over 1,000,000 cards",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 5)
    ) { benchmark in
        let (cards, progress) = collection(1_000_000, now: now)
        let index = DeckIndex(cards: cards)
        let schedules = index.schedules(in: progress)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(
                StudyQueue(
                    index: index, schedules: schedules, reviews: progress.reviews, settings: DeckSettings(),
                    now: now,
                    timeZone: .gmt))
        }
    }

    Benchmark(
        "Queue: pick next and answer, 1,000,000 cards (×10,000)",
        configuration: .init(
            metrics: [.throughput, .wallClock], maxDuration: .seconds(10), maxIterations: 20)
    ) { benchmark in
        let (cards, progress) = collection(1_000_000, now: now)
        var settings = DeckSettings()
        settings.reviewsPerDay = 10_000_000
        settings.newCardsPerDay = 10_000_000
        let index = DeckIndex(cards: cards)
        let template = StudyQueue(
            index: index, schedules: index.schedules(in: progress), reviews: [], settings: settings, now: now,
            timeZone: .gmt)
        let answered = reviewCard(0, now: now.addingTimeInterval(30 * 86_400))
        for _ in benchmark.scaledIterations {
            var queue = template
            benchmark.startMeasurement()
            for _ in 0..<batch {
                guard let position = queue.nextPosition(at: now) else { break }
                queue.answered(
                    position: position, before: progress.schedules[index.cardIDs[position]], after: answered)
            }
            benchmark.stopMeasurement()
            blackHole(queue)
        }
    }

    Benchmark(
        "Answer check: typed dates of every form (×1,000)",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(2))
    ) { benchmark in
        let questions = answerCheckCards.map { card in
            var finder = DateFinder()
            let date = finder.dates(in: card).first!
            return Question.cloze(
                ClozeQuestion(
                    text: "____", answer: date.text, value: date.value, sentence: card, context: nil,
                    source: SourceReference(sentence: card, line: 1)))
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for index in 0..<1_000 {
                let typed = answerCheckTyped[index % answerCheckTyped.count]
                blackHole(AnswerChecker.check(typed, against: questions[index % questions.count]))
            }
        }
    }

    Benchmark(
        "Answer check: the same, each card read once when shown (AnswerKey) (×1,000)",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(2))
    ) { benchmark in
        let keys = answerCheckCards.map { card in
            var finder = DateFinder()
            let date = finder.dates(in: card).first!
            return AnswerKey(
                Question.cloze(
                    ClozeQuestion(
                        text: "____", answer: date.text, value: date.value, sentence: card, context: nil,
                        source: SourceReference(sentence: card, line: 1))))
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for index in 0..<1_000 {
                let typed = answerCheckTyped[index % answerCheckTyped.count]
                blackHole(keys[index % keys.count].check(typed))
            }
        }
    }
}

/// Cards and answers as students type them: right, wrong by a digit, misspelt, partial, ranges, eras.
private let answerCheckCards = [
    "16 December 1925", "March 1947", "between 1878 and 1921", "seventh century BC", "late 1905", "1952",
    "the 1990s", "spring 1943",
]
private let answerCheckTyped = [
    "16 Dec 1925", "March 1974", "1878-1921", "7th century", "1905", "in 1952", "1990s", "1943",
    "December 16, 1925", "Mrach 1947", "from 1878 to 1921", "7th century BC", "late 1905", "1953", "1980s",
    "summer 1943", "1925-12-16", "1947", "1887", "6th century BC", "early 1905", "December 1952", "the 1990s",
    "spring 1943", "16 Decmber 1925", "April 1947", "1878 to 1922", "seventh century BC", "the end of 1905",
    "1952", "1995", "spring 1944",
]
