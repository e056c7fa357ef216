import Foundation
import Testing

@testable import RecallModel

@Suite struct CardStateTests {
    let start = time("2026-03-01T09:00:00Z")

    /// Records as the schedulers and the Anki import write them, in every phase.
    var records: [CardSchedule] {
        var learning = CardSchedule.new(due: start)
        learning.step = 1
        learning.memory = MemoryState(stability: 2.3, difficulty: 5)
        learning.lastReview = start.addingTimeInterval(-600)
        learning.reps = 1
        var imported = learning
        imported.ease = 2.1
        imported.suspended = true
        var review = learning
        review.phase = .review
        review.step = nil
        review.ease = 2.5
        review.intervalDays = 12
        review.lapses = 2
        review.isLeech = true
        review.buriedUntil = start.addingTimeInterval(3600)
        var relearning = review
        relearning.phase = .relearning
        relearning.step = 0
        var fsrsOnly = review
        fsrsOnly.ease = nil
        fsrsOnly.intervalDays = nil
        return [CardSchedule.new(due: start), learning, imported, review, relearning, fsrsOnly]
    }

    @Test func everyRecordReadsBackAsItWas() {
        for record in records {
            let state = CardState(record)
            #expect(
                CardSchedule(
                    state, reps: record.reps, lapses: record.lapses, suspended: record.suspended,
                    buriedUntil: record.buriedUntil, isLeech: record.isLeech) == record)
        }
        guard case .new(let new) = CardState(.new(due: start)) else {
            Issue.record("a card never answered is new")
            return
        }
        #expect(new.due == start)
        guard case .learning(let learning) = CardState(records[1]) else {
            Issue.record("a card in its steps is learning")
            return
        }
        #expect(learning.step == 1 && learning.memory.fsrs?.stability == 2.3)
    }

    /// A new card's first answer is a learning card's at its first step, under either scheduler.
    @Test func aNewCardAnswersAsTheFirstLearningStep() {
        let first = LearningState(step: 0, due: start, lastReview: nil, memory: CardMemory())
        for rating in Rating.allCases {
            var a = SeededGenerator(seed: 1)
            var b = SeededGenerator(seed: 1)
            let fsrs = FSRSScheduler()
            #expect(
                NewState(due: start).answered(rating, at: start, rules: fsrs, using: &a)
                    == first.answered(rating, at: start, rules: fsrs, using: &b))
            let sm2 = SM2Scheduler()
            #expect(
                NewState(due: start).answered(rating, at: start, rules: sm2, using: &a)
                    == first.answered(rating, at: start, rules: sm2, using: &b))
        }
    }

    /// The moves between phases are the states' own, whichever scheduler gives the intervals.
    @Test func bothSchedulersMoveBetweenPhasesTheSameWay() {
        let review = ReviewState(
            due: start, lastReview: start.addingTimeInterval(-10 * 86_400),
            memory: CardMemory(fsrs: MemoryState(stability: 10, difficulty: 5), ease: 2.5, intervalDays: 10))
        var fsrs = FSRSScheduler(fuzz: false)
        var sm2 = SM2Scheduler()
        sm2.fuzz = false
        var generator = SeededGenerator(seed: 1)
        for lapsed in [
            review.answered(.again, at: start, rules: fsrs, using: &generator),
            review.answered(.again, at: start, rules: sm2, using: &generator),
        ] {
            guard case .relearning(let relearning) = lapsed else {
                Issue.record("a lapse goes into the relearning steps: \(lapsed)")
                continue
            }
            #expect(relearning.step == 0 && relearning.due == start.addingTimeInterval(600))
            #expect(relearning.lastReview == start)
        }
        fsrs.relearningSteps = []
        sm2.relearningSteps = []
        for kept in [
            review.answered(.again, at: start, rules: fsrs, using: &generator),
            review.answered(.again, at: start, rules: sm2, using: &generator),
        ] {
            guard case .review(let state) = kept else {
                Issue.record("without relearning steps a lapse stays in review: \(kept)")
                continue
            }
            #expect(state.due >= start.addingTimeInterval(86_400) && state.lastReview == start)
        }
        let learning = LearningState(step: 1, due: start, lastReview: start, memory: CardMemory())
        for rules in [fsrs as any SchedulingRules, sm2] {
            guard
                case .learning(let next) = learning.answered(
                    .hard, at: start, rules: rules, using: &generator)
            else {
                Issue.record("Hard keeps a card in its steps")
                continue
            }
            #expect(next.step == 1 && next.due == start.addingTimeInterval(600) && next.lastReview == start)
        }
    }

    /// Answering through the record keeps its flags and counts the review, and a lapse only when a
    /// review card is forgotten.
    @Test func theRecordCountsReviewsAndLapses() {
        var generator = SeededGenerator(seed: 3)
        for record in records {
            for rating in Rating.allCases {
                let next = record.answered(rating, at: start, rules: FSRSScheduler(), using: &generator)
                #expect(next.reps == record.reps + 1)
                #expect(next.lapses == record.lapses + (record.phase == .review && rating == .again ? 1 : 0))
                #expect(next.suspended == record.suspended && next.isLeech == record.isLeech)
                #expect(next.buriedUntil == record.buriedUntil)
                #expect(next.lastReview == start)
                #expect((next.phase == .review) == (next.step == nil))
            }
        }
    }
}
