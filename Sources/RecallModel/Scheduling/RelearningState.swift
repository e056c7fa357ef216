import Foundation

/// A review card that lapsed, walking the relearning steps before it returns to review.
package struct RelearningState: Sendable, Hashable {
    /// The index into the relearning steps (past their end when the deck's steps were shortened).
    package var step: Int
    package var due: Date
    package var lastReview: Date?
    package var memory: CardMemory

    package init(step: Int, due: Date, lastReview: Date?, memory: CardMemory) {
        self.step = step
        self.due = due
        self.lastReview = lastReview
        self.memory = memory
    }

    /// The state after an answer rated `rating` at `now`: the next step, or review again.
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        let memory = rules.memory(after: memory, lastReview: lastReview, rating: rating, at: now)
        let steps = LearningSteps(rules.relearningSteps)
        if steps.waits.isEmpty || rules.leavesSteps(at: step, count: steps.waits.count, rating: rating) {
            return .review(rules.relearned(memory, easy: false, at: now, using: &generator))
        }
        switch steps.move(from: step, rating: rating) {
        case .stay(let next, let wait):
            return .relearning(
                RelearningState(
                    step: next ?? step, due: now.addingTimeInterval(wait), lastReview: now, memory: memory))
        case .leave(let easy):
            return .review(rules.relearned(memory, easy: easy, at: now, using: &generator))
        }
    }
}
