import Foundation

/// What a scheduler decides when a card state asks it: how memory moves, how long a card waits on
/// leaving its steps, and what a review does. The states themselves (`NewState`, `LearningState`,
/// `ReviewState`, `RelearningState`) walk the steps and move between phases, the same for FSRS and
/// SM-2, as Anki's `StateContext` feeds its states.
package protocol SchedulingRules {
    /// Learning and relearning steps in seconds.
    var learningSteps: [TimeInterval] { get }
    var relearningSteps: [TimeInterval] { get }

    /// The card's memory just after a review at `now` (FSRS moves its model on every review;
    /// SM-2 changes its ease only in its own review rules).
    func memory(after memory: CardMemory, lastReview: Date?, rating: Rating, at now: Date) -> CardMemory

    /// Whether a card at `step`, at or past the end of `count` steps (the deck's steps were
    /// shortened), leaves them at once on this rating instead of walking them.
    func leavesSteps(at step: Int, count: Int, rating: Rating) -> Bool

    /// A new or learning card leaving its steps (`easy` when an Easy answer took it out early).
    func graduated<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, easy: Bool, at now: Date, using generator: inout Generator
    ) -> ReviewState

    /// A relearning card leaving its steps.
    func relearned<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, easy: Bool, at now: Date, using generator: inout Generator
    ) -> ReviewState

    /// A review card answered, where it stays in review (every rating but a lapse into
    /// relearning steps). `memory` is already moved by `memory(after:…)`.
    func reviewed<Generator: RandomNumberGenerator>(
        _ state: ReviewState, memory: CardMemory, rating: Rating, at now: Date,
        using generator: inout Generator
    ) -> ReviewState

    /// The memory a review card takes into its relearning steps after Again.
    func lapsed<Generator: RandomNumberGenerator>(
        _ state: ReviewState, memory: CardMemory, at now: Date, using generator: inout Generator
    ) -> CardMemory
}
