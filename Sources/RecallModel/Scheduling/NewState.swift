import Foundation

/// A card never answered: due at once, never reviewed, with nothing known of its memory. Its first
/// answer walks the learning steps from the first, as a learning card at step 0 does.
package struct NewState: PhaseState {
    package var due: Date
    package var lastReview: Date? { nil }
    package var memory: CardMemory { CardMemory() }

    package init(due: Date) {
        self.due = due
    }

    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, memory: CardMemory, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        LearningState(step: 0, due: due, lastReview: lastReview, memory: self.memory)
            .answered(rating, memory: memory, at: now, rules: rules, using: &generator)
    }
}
