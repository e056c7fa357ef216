import Foundation

/// A card walking steps minutes apart: a new card's learning steps until it graduates to review,
/// or a lapsed card's relearning steps until it returns there. Both walk their steps the same way
/// (`LearningSteps`), as Anki's `LearnState` and `RelearnState` do; `Kind` says which steps they
/// are, which of the rules' exits leaving them takes, and which case of `CardState` holds the card.
package struct StepState<Kind: StepKind>: PhaseState {
    /// The index into the steps (past their end when the deck's steps were shortened).
    package var step: Int
    package var due: Date
    package var lastReview: Date?
    package var memory: CardMemory

    /// The next step, or review when the card leaves its steps.
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, memory: CardMemory, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        let relearning = Kind.phase == .relearning
        let steps = LearningSteps(relearning ? rules.relearningSteps : rules.learningSteps)
        var easy = false
        if !steps.waits.isEmpty && !rules.leavesSteps(at: step, count: steps.waits.count, rating: rating) {
            switch steps.move(from: step, rating: rating) {
            case .stay(let next, let wait):
                let due = now.addingTimeInterval(wait)
                return Kind.card(StepState(step: next ?? step, due: due, lastReview: now, memory: memory))
            case .leave(let early):
                easy = early
            }
        }
        return .review(
            relearning
                ? rules.relearned(memory, easy: easy, at: now, using: &generator)
                : rules.graduated(memory, easy: easy, at: now, using: &generator))
    }
}

/// Which steps a `StepState` walks.
package protocol StepKind: Sendable {
    /// `.learning` or `.relearning`, as the stored record names it.
    static var phase: CardSchedule.Phase { get }
    /// The case of `CardState` that holds a card in these steps.
    static func card(_ state: StepState<Self>) -> CardState
}

/// A new card's learning steps; leaving them graduates it.
package enum Learning: StepKind {
    package static var phase: CardSchedule.Phase { .learning }
    package static func card(_ state: StepState<Self>) -> CardState { .learning(state) }
}

/// A lapsed card's relearning steps; leaving them returns it to review.
package enum Relearning: StepKind {
    package static var phase: CardSchedule.Phase { .relearning }
    package static func card(_ state: StepState<Self>) -> CardState { .relearning(state) }
}

/// A card in its learning steps, due minutes apart until it graduates to review.
package typealias LearningState = StepState<Learning>

/// A review card that lapsed, walking the relearning steps before it returns to review.
package typealias RelearningState = StepState<Relearning>
