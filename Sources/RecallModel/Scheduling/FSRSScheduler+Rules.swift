import Foundation

/// py-fsrs's rules for the card states: the memory model moves on every review, a card leaving
/// its steps or answered in review waits the interval its stability gives at the desired retention
/// (fuzzed), and a lapse keeps only the new memory for the relearning steps.
extension FSRSScheduler: SchedulingRules {
    package func memory(after memory: CardMemory, lastReview: Date?, rating: Rating, at now: Date)
        -> CardMemory
    {
        var memory = memory
        let elapsed = lastReview.map { Self.elapsedDays(from: $0, to: now) }
        memory.fsrs = model.nextMemory(memory.fsrs, elapsedDays: elapsed, rating: rating)
        return memory
    }

    /// A card past the end of its steps leaves them on any answer but Again.
    package func leavesSteps(at step: Int, count: Int, rating: Rating) -> Bool {
        step >= count && rating != .again
    }

    package func graduated<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, easy: Bool, at now: Date, using generator: inout Generator
    ) -> ReviewState {
        ReviewState(due: reviewDue(memory, at: now, using: &generator), lastReview: now, memory: memory)
    }

    package func relearned<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, easy: Bool, at now: Date, using generator: inout Generator
    ) -> ReviewState {
        graduated(memory, easy: easy, at: now, using: &generator)
    }

    package func reviewed<Generator: RandomNumberGenerator>(
        _ state: ReviewState, memory: CardMemory, rating: Rating, at now: Date,
        using generator: inout Generator
    ) -> ReviewState {
        graduated(memory, easy: false, at: now, using: &generator)
    }

    package func lapsed<Generator: RandomNumberGenerator>(
        _ state: ReviewState, memory: CardMemory, at now: Date, using generator: inout Generator
    ) -> CardMemory {
        memory
    }

    /// Now plus the interval at the desired retention, fuzzed when the scheduler fuzzes.
    func reviewDue<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, at now: Date, using generator: inout Generator
    ) -> Date {
        var interval = days(for: memory.fsrs!.stability)
        if fuzz { interval = fuzzed(days: Int(interval / 86_400), using: &generator) * 86_400 }
        return now.addingTimeInterval(interval)
    }
}
