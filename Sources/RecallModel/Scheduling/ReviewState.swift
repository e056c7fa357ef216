import Foundation

/// A card that has left its steps and waits whole days between reviews.
package struct ReviewState: PhaseState {
    package var due: Date
    package var lastReview: Date?
    package var memory: CardMemory

    package init(due: Date, lastReview: Date?, memory: CardMemory) {
        self.due = due
        self.lastReview = lastReview
        self.memory = memory
    }

    /// Again takes the card into its relearning steps when there are any; every other answer keeps
    /// it in review, due when the rules say.
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, memory: CardMemory, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        if rating == .again, let first = rules.relearningSteps.first {
            return .relearning(
                RelearningState(
                    step: 0, due: now.addingTimeInterval(first), lastReview: now,
                    memory: rules.lapsed(self, memory: memory, at: now, using: &generator)))
        }
        return .review(rules.reviewed(self, memory: memory, rating: rating, at: now, using: &generator))
    }
}
