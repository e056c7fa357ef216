import Foundation

/// A card never answered: due at once, with nothing known of its memory. Its first answer walks the
/// learning steps from the first, as a learning card at step 0 does.
package struct NewState: Sendable, Hashable {
    package var due: Date

    package init(due: Date) {
        self.due = due
    }

    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        LearningState(step: 0, due: due, lastReview: nil, memory: CardMemory())
            .answered(rating, at: now, rules: rules, using: &generator)
    }
}
