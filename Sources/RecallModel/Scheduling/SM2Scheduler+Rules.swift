import Foundation

/// The `anki-sm-2` rules for the card states: graduating sets the starting ease and interval, a
/// review multiplies the interval by the ease (Hard and Again lower the ease, Easy raises it), and
/// relearning returns the card to review at its lapsed interval times its ease. SM-2 leaves FSRS's
/// memory alone (`CardScheduler` tracks it beside).
extension SM2Scheduler: SchedulingRules {
    package func memory(after memory: CardMemory, lastReview: Date?, rating: Rating, at now: Date)
        -> CardMemory
    {
        memory
    }

    /// A card past the end of its steps (not at it) leaves them on any answer.
    package func leavesSteps(at step: Int, count: Int, rating: Rating) -> Bool {
        step > count
    }

    package func graduated<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, easy: Bool, at now: Date, using generator: inout Generator
    ) -> ReviewState {
        var memory = memory
        memory.ease = startingEase
        return waiting(Double(easy ? easyInterval : graduatingInterval), memory, at: now)
    }

    package func relearned<Generator: RandomNumberGenerator>(
        _ memory: CardMemory, easy: Bool, at now: Date, using generator: inout Generator
    ) -> ReviewState {
        let (ease, interval) = easeAndInterval(memory)
        let days = min(
            maximumInterval, Self.round(interval * ease * (easy ? easyBonus : 1) * intervalModifier))
        return waiting(Double(days), memory, at: now)
    }

    package func reviewed<Generator: RandomNumberGenerator>(
        _ state: ReviewState, memory: CardMemory, rating: Rating, at now: Date,
        using generator: inout Generator
    ) -> ReviewState {
        let (ease, interval) = easeAndInterval(memory)
        let overdue = Double(FSRSScheduler.elapsedDays(from: state.due, to: now))
        var memory = memory
        let days: Int
        switch rating {
        case .again:
            memory = lapsed(state, memory: memory, at: now, using: &generator)
            days = Int(memory.intervalDays!)
        case .hard:
            memory.ease = max(1.3, ease * 0.85)
            days = fuzzed(
                min(maximumInterval, Self.round(interval * hardMultiplier * intervalModifier)),
                using: &generator)
        case .good:
            let base = overdue >= 1 ? interval + overdue / 2 : interval
            days = fuzzed(min(maximumInterval, Self.round(base * ease * intervalModifier)), using: &generator)
        case .easy:
            let base = overdue >= 1 ? interval + overdue : interval
            days = fuzzed(
                min(maximumInterval, Self.round(base * ease * easyBonus * intervalModifier)),
                using: &generator)
            memory.ease = ease * 1.15
        }
        return waiting(Double(days), memory, at: now)
    }

    /// Again lowers the ease and shrinks the interval by the lapse multiplier (fuzzed).
    package func lapsed<Generator: RandomNumberGenerator>(
        _ state: ReviewState, memory: CardMemory, at now: Date, using generator: inout Generator
    ) -> CardMemory {
        let (ease, interval) = easeAndInterval(memory)
        var memory = memory
        memory.ease = max(1.3, ease * 0.8)
        let days = max(minimumInterval, Self.round(interval * lapseMultiplier * intervalModifier))
        memory.intervalDays = Double(fuzzed(days, using: &generator))
        return memory
    }

    /// The card's ease and last interval in days; a card SM-2 never graduated (one imported, or
    /// one whose deck switched scheduler) takes the starting ease and one day.
    func easeAndInterval(_ memory: CardMemory) -> (ease: Double, interval: Double) {
        (memory.ease ?? startingEase, memory.intervalDays ?? 1)
    }

    /// The card in review for `days` from now: SM-2 keeps them as the interval the next review
    /// multiplies.
    func waiting(_ days: Double, _ memory: CardMemory, at now: Date) -> ReviewState {
        var memory = memory
        memory.intervalDays = days
        return ReviewState(due: now.addingTimeInterval(days * 86_400), lastReview: now, memory: memory)
    }
}
