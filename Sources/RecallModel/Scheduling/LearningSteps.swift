import Foundation

/// The walk through learning or relearning steps that FSRS and SM-2 share, by Anki's rules (and
/// py-fsrs's): Again goes back to the first step, Hard waits again at the current one (on the first,
/// halfway to the second, or half as long again when there is only one), Good moves to the next step
/// and leaves after the last, Easy leaves at once. Where a card goes on leaving is the scheduler's
/// own rule; so is a step beyond the list (the deck's steps were shortened).
package struct LearningSteps: Sendable, Hashable {
    /// The steps' waits in seconds; never empty when `move` is asked.
    package var waits: [TimeInterval]

    package init(_ waits: [TimeInterval]) {
        self.waits = waits
    }

    package enum Move: Equatable, Sendable {
        /// Stays in the steps, due after `wait` seconds; `step` is the new step, nil to keep the
        /// card's own (Hard).
        case stay(step: Int?, wait: TimeInterval)
        /// Leaves the steps; `easy` when an Easy answer took it out early.
        case leave(easy: Bool)
    }

    /// Where an answer rated `rating` at step `step` (within `waits`) takes the card.
    package func move(from step: Int, rating: Rating) -> Move {
        switch rating {
        case .again: .stay(step: 0, wait: waits[0])
        case .hard: .stay(step: nil, wait: hardWait(at: step))
        case .good:
            step + 1 >= waits.count ? .leave(easy: false) : .stay(step: step + 1, wait: waits[step + 1])
        case .easy: .leave(easy: true)
        }
    }

    func hardWait(at step: Int) -> TimeInterval {
        if step == 0 && waits.count == 1 { return waits[0] * 1.5 }
        if step == 0 { return (waits[0] + waits[1]) / 2 }
        return waits[min(step, waits.count - 1)]
    }
}
