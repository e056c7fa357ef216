import Foundation

/// Where a card stands in its schedule, as one small value per phase that holds only what that
/// phase means, with a pure transition for an answer (Anki's `scheduler/states`). FSRS and SM-2
/// share the transitions and differ only in the `SchedulingRules` they pass.
///
/// `CardSchedule` stays the stored record: a card's state is read from it and written back when
/// the card is answered (`CardSchedule.answered`), with the counters and flags the record keeps
/// beside the state.
package enum CardState: Sendable, Hashable {
    case new(NewState)
    case learning(LearningState)
    case review(ReviewState)
    case relearning(RelearningState)

    /// The state after an answer rated `rating` at `now`.
    @inline(__always)
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        switch self {
        case .new(let state): state.answered(rating, at: now, rules: rules, using: &generator)
        case .learning(let state): state.answered(rating, at: now, rules: rules, using: &generator)
        case .review(let state): state.answered(rating, at: now, rules: rules, using: &generator)
        case .relearning(let state): state.answered(rating, at: now, rules: rules, using: &generator)
        }
    }

    /// The state each of the four answers would lead to (Anki's `next_states`). Each rating draws
    /// from its own copy of `generator` as it stands, so each is what answering that rating alone
    /// with this generator gives, fuzz included (for a generator that is a value, as `SeededGenerator`).
    package func nextStates<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        at now: Date, rules: Rules, using generator: Generator
    ) -> NextStates<CardState> {
        NextStates { rating in
            var generator = generator
            return answered(rating, at: now, rules: rules, using: &generator)
        }
    }

    /// The state a stored schedule records. A (re)learning record without a step is at its first
    /// step, as the schedulers have always read it; a step on a review record means nothing.
    @inline(__always)
    package init(_ schedule: CardSchedule) {
        let memory = CardMemory(
            fsrs: schedule.memory, ease: schedule.ease, intervalDays: schedule.intervalDays)
        switch schedule.phase {
        case .learning:
            if schedule.reps == 0 && schedule.lastReview == nil && (schedule.step ?? 0) == 0
                && memory == CardMemory()
            {
                self = .new(NewState(due: schedule.due))
            } else {
                self = .learning(
                    LearningState(
                        step: schedule.step ?? 0, due: schedule.due, lastReview: schedule.lastReview,
                        memory: memory))
            }
        case .review:
            self = .review(ReviewState(due: schedule.due, lastReview: schedule.lastReview, memory: memory))
        case .relearning:
            self = .relearning(
                RelearningState(
                    step: schedule.step ?? 0, due: schedule.due, lastReview: schedule.lastReview,
                    memory: memory))
        }
    }

    package var due: Date {
        switch self {
        case .new(let state): state.due
        case .learning(let state): state.due
        case .review(let state): state.due
        case .relearning(let state): state.due
        }
    }
}

extension CardSchedule {
    /// The record of `state`, with the counters and flags given.
    @inline(__always)
    package init(
        _ state: CardState, reps: Int, lapses: Int, suspended: Bool, buriedUntil: Date?, isLeech: Bool
    ) {
        let phase: Phase
        let step: Int?
        let lastReview: Date?
        let memory: CardMemory
        switch state {
        case .new:
            (phase, step, lastReview, memory) = (.learning, 0, nil, CardMemory())
        case .learning(let learning):
            (phase, step, lastReview, memory) = (
                .learning, learning.step, learning.lastReview, learning.memory
            )
        case .review(let review):
            (phase, step, lastReview, memory) = (.review, nil, review.lastReview, review.memory)
        case .relearning(let relearning):
            (phase, step, lastReview, memory) = (
                .relearning, relearning.step, relearning.lastReview, relearning.memory
            )
        }
        self.init(
            phase: phase, step: step, memory: memory.fsrs, due: state.due, lastReview: lastReview, reps: reps,
            lapses: lapses, ease: memory.ease, intervalDays: memory.intervalDays, suspended: suspended,
            buriedUntil: buriedUntil, isLeech: isLeech)
    }

    /// The record after an answer rated `rating` at `now`: the state's transition, one more
    /// review, one more lapse when a review card was forgotten, and the flags as they were.
    ///
    /// It and its steps (`CardState(_:)`, `CardState.answered`, `recorded`) are inlined, so that a
    /// review is one function from record to record in which the state is never stored: as calls,
    /// each step wrote its state or record to memory for the next to copy, and the benchmark "FSRS
    /// next state" took 991 instructions a review against 902 before the card states; inlined, and
    /// through `FSRSScheduler.review`'s own overload for `SeededGenerator`, 829 (callgrind).
    @inline(__always)
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardSchedule {
        recorded(CardState(self).answered(rating, at: now, rules: rules, using: &generator), after: rating)
    }

    /// The record each of the four answers would leave, as `answered` leaves it with a copy of
    /// `generator` (`CardState.nextStates`).
    package func nextStates<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        at now: Date, rules: Rules, using generator: Generator
    ) -> NextStates<CardSchedule> {
        let next = CardState(self).nextStates(at: now, rules: rules, using: generator)
        return NextStates { recorded(next[$0], after: $0) }
    }

    /// The record of `next`, the state an answer rated `rating` led to from this one.
    @inline(__always)
    func recorded(_ next: CardState, after rating: Rating) -> CardSchedule {
        CardSchedule(
            next, reps: reps + 1, lapses: phase == .review && rating == .again ? lapses + 1 : lapses,
            suspended: suspended, buriedUntil: buriedUntil, isLeech: isLeech)
    }
}
