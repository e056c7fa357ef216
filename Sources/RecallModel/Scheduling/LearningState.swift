import Foundation

/// A card in its learning steps, due minutes apart until it graduates to review.
package struct LearningState: Sendable, Hashable {
    /// The index into the learning steps (past their end when the deck's steps were shortened).
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

    /// The state after an answer rated `rating` at `now`: the next step, or review.
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        let memory = rules.memory(after: memory, lastReview: lastReview, rating: rating, at: now)
        let steps = LearningSteps(rules.learningSteps)
        if steps.waits.isEmpty || rules.leavesSteps(at: step, count: steps.waits.count, rating: rating) {
            return .review(rules.graduated(memory, easy: false, at: now, using: &generator))
        }
        switch steps.move(from: step, rating: rating) {
        case .stay(let next, let wait):
            return .learning(
                LearningState(
                    step: next ?? step, due: now.addingTimeInterval(wait), lastReview: now, memory: memory))
        case .leave(let easy):
            return .review(rules.graduated(memory, easy: easy, at: now, using: &generator))
        }
    }
}
