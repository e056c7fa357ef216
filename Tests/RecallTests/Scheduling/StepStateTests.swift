import Foundation
import Testing

@testable import RecallModel

/// Learning and relearning walk their steps the one same way; they differ in which steps they walk
/// and in where leaving them takes the card.
@Suite struct StepStateTests {
    let start = time("2026-03-01T09:00:00Z")
    let memory = CardMemory(fsrs: MemoryState(stability: 3, difficulty: 6), ease: 2.2, intervalDays: 9)

    @Test func bothWalkTheirOwnStepsAlike() {
        var sm2 = SM2Scheduler()
        sm2.fuzz = false
        sm2.learningSteps = [60, 600, 3600]
        sm2.relearningSteps = [60, 600, 3600]
        for step in 0..<3 {
            for rating in Rating.allCases {
                var a = SeededGenerator(seed: 1)
                var b = SeededGenerator(seed: 1)
                let learning = LearningState(step: step, due: start, lastReview: start, memory: memory)
                    .answered(rating, at: start, rules: sm2, using: &a)
                let relearning = RelearningState(step: step, due: start, lastReview: start, memory: memory)
                    .answered(rating, at: start, rules: sm2, using: &b)
                let move = LearningSteps(sm2.learningSteps).move(from: step, rating: rating)
                switch (learning, relearning, move) {
                case (.learning(let l), .relearning(let r), .stay(let next, let wait)):
                    #expect(l.step == (next ?? step) && l.due == start.addingTimeInterval(wait))
                    #expect(l.step == r.step && l.due == r.due && l.memory == r.memory)
                case (.review(let graduated), .review(let relearned), .leave(let easy)):
                    // SM-2 graduates to its starting ease and graduating (or easy) interval, and
                    // returns a relearned card at its own interval times its ease (and bonus).
                    #expect(graduated.memory.ease == 2.5 && graduated.memory.intervalDays == (easy ? 4 : 1))
                    #expect(relearned.memory.ease == 2.2 && relearned.memory.intervalDays == (easy ? 26 : 20))
                default:
                    Issue.record("\(rating) at step \(step): \(learning) but \(relearning)")
                }
            }
        }
    }

    @Test func eachWalksItsOwnSteps() {
        var fsrs = FSRSScheduler(fuzz: false)
        fsrs.learningSteps = [60, 600]
        fsrs.relearningSteps = [300, 900]
        var generator = SeededGenerator(seed: 1)
        let learning = LearningState(step: 0, due: start, lastReview: nil, memory: CardMemory())
            .answered(.good, at: start, rules: fsrs, using: &generator)
        let relearning = RelearningState(step: 0, due: start, lastReview: start, memory: memory)
            .answered(.good, at: start, rules: fsrs, using: &generator)
        guard case .learning(let l) = learning, case .relearning(let r) = relearning else {
            Issue.record("Good on the first of two steps stays in the steps: \(learning), \(relearning)")
            return
        }
        #expect(l.step == 1 && l.due == start.addingTimeInterval(600))
        #expect(r.step == 1 && r.due == start.addingTimeInterval(900))
    }
}
