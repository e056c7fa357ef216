import Foundation

/// What a card's state holds in every phase, and the one way an answer enters it: the scheduler's
/// rules first move the card's memory from its last review to now, then the phase decides where the
/// card goes with that memory (as Anki's states take the next memory from their context).
package protocol PhaseState: Sendable, Hashable {
    var due: Date { get }
    var lastReview: Date? { get }
    var memory: CardMemory { get }

    /// The state after an answer rated `rating` at `now`, given the memory the rules made of it.
    func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, memory: CardMemory, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState
}

extension PhaseState {
    /// The state after an answer rated `rating` at `now`.
    ///
    /// Inlined so that where the state's type is known (each case of `CardState`) the calls into it
    /// are direct even when the generator's type is not (the benchmarks' and other packages' calls
    /// are not specialised): without it the benchmark "FSRS next state" ran at 4.5 M/s at best, with it
    /// 5.0 M/s (5.3 M/s before this protocol; all on a loaded machine).
    @inline(__always)
    package func answered<Rules: SchedulingRules, Generator: RandomNumberGenerator>(
        _ rating: Rating, at now: Date, rules: Rules, using generator: inout Generator
    ) -> CardState {
        let memory = rules.memory(after: memory, lastReview: lastReview, rating: rating, at: now)
        return answered(rating, memory: memory, at: now, rules: rules, using: &generator)
    }
}
