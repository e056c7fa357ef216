import Foundation
import Testing

@testable import RecallModel

/// A card's four next states, asked at once, are what answering each rating alone gives.
@Suite struct NextStatesTests {
    let now = time("2026-03-01T09:00:00Z")

    /// A deck's scheduler with steps, limits and fuzz drawn at random (fuzz on).
    func scheduler(_ sm2: Bool, using generator: inout SeededGenerator) -> CardScheduler {
        var settings = DeckSettings()
        settings.scheduler = sm2 ? .sm2 : .fsrs
        settings.learningSteps = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            TimeInterval(Int.random(in: 1...120, using: &generator) * 60)
        }
        settings.relearningSteps = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
            TimeInterval(Int.random(in: 1...60, using: &generator) * 60)
        }
        settings.maximumInterval = Int.random(in: 30...36_500, using: &generator)
        settings.desiredRetention = Double.random(in: 0.7...0.97, using: &generator)
        settings.fuzz = true
        return CardScheduler(settings: settings)
    }

    /// A stored schedule in any phase, as the schedulers and the Anki import leave them: steps past
    /// the deck's, memory or none, SM-2's ease and interval or none, due early, on time or late.
    func schedule(using generator: inout SeededGenerator) -> CardSchedule {
        let day = 86_400.0
        var card = CardSchedule.new(due: now)
        guard Int.random(in: 0..<8, using: &generator) > 0 else { return card }
        card.phase = CardSchedule.Phase.allCases.randomElement(using: &generator)!
        card.step = card.phase == .review ? nil : Int.random(in: 0...4, using: &generator)
        let elapsed = Double.random(in: 0...400, using: &generator) * day
        card.lastReview = now.addingTimeInterval(-elapsed)
        card.due = now.addingTimeInterval(Double.random(in: -200...200, using: &generator) * day)
        if Bool.random(using: &generator) {
            card.memory = MemoryState(
                stability: Double.random(in: 0.1...800, using: &generator),
                difficulty: Double.random(in: 1...10, using: &generator))
        }
        if Bool.random(using: &generator) {
            card.ease = Double.random(in: 1.3...3.5, using: &generator)
            card.intervalDays = Double(Int.random(in: 0...600, using: &generator))
        }
        card.reps = Int.random(in: 1...50, using: &generator)
        card.lapses = Int.random(in: 0...card.reps, using: &generator)
        card.isLeech = Bool.random(using: &generator)
        card.suspended = Bool.random(using: &generator)
        return card
    }

    @Test(arguments: [false, true])
    func eachNextStateIsThatRatingAnsweredAlone(sm2: Bool) {
        var generator = SeededGenerator(seed: sm2 ? 2 : 1)
        var fuzzed = 0
        for _ in 0..<3_000 {
            let scheduler = scheduler(sm2, using: &generator)
            let card = schedule(using: &generator)
            let seed = generator.next()
            let next = scheduler.nextStates(card, at: now, using: SeededGenerator(seed: seed))
            let other = scheduler.nextStates(card, at: now, using: SeededGenerator(seed: seed &+ 1))
            for rating in Rating.allCases {
                var alone = SeededGenerator(seed: seed)
                let answered = scheduler.review(card, rating: rating, at: now, using: &alone)
                #expect(next[rating] == answered, "\(rating) on \(card)")
                if other[rating] != answered { fuzzed += 1 }
            }
        }
        // The fuzz draw is exercised: another seed moves some of the due dates.
        #expect(fuzzed > 100)
    }

    @Test(arguments: [false, true])
    func thePreviewIsEachRatingAnsweredWithoutFuzz(sm2: Bool) {
        var generator = SeededGenerator(seed: sm2 ? 4 : 3)
        for _ in 0..<3_000 {
            let scheduler = scheduler(sm2, using: &generator)
            let card = schedule(using: &generator)
            let preview = scheduler.preview(card, at: now)
            #expect(preview.count == 4)
            for rating in Rating.allCases {
                var unused = SeededGenerator(seed: 0)
                let due: Date
                switch scheduler {
                case .fsrs(var rules):
                    rules.fuzz = false
                    due = rules.review(card, rating: rating, at: now, using: &unused).due
                case .sm2(var rules):
                    rules.fuzz = false
                    due = rules.review(card, rating: rating, at: now, using: &unused).due
                }
                #expect(preview[rating] == due.timeIntervalSince(now), "\(rating) on \(card)")
            }
        }
    }

    @Test func theFourAreInTheButtonsOrder() {
        let states = NextStates { rating -> Int in rating.rawValue }
        #expect([states.again, states.hard, states.good, states.easy] == [Int]([1, 2, 3, 4]))
        #expect(Rating.allCases.map { states[$0] } == [1, 2, 3, 4])
    }
}
