import Foundation

/// Card states on the FSRS-6 model, as py-fsrs 6.3.2 moves them: learning steps, then reviews
/// whole days apart at the desired retention, relearning steps after a lapse.
public struct FSRSScheduler: Sendable, Hashable {
    public var model: FSRS
    public var desiredRetention: Double
    /// Learning and relearning steps in seconds (defaults 1 min, 10 min and 10 min).
    public var learningSteps: [TimeInterval]
    public var relearningSteps: [TimeInterval]
    public var maximumInterval: Int
    /// Spreads review intervals of three days or more by a few days, so that cards learnt
    /// together do not stay due together.
    public var fuzz: Bool

    public init(
        parameters: FSRSParameters = .defaults, desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600], maximumInterval: Int = 36500, fuzz: Bool = true
    ) {
        model = FSRS(parameters: parameters)
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzz = fuzz
    }

    /// Whole days between two times, rounded down (py-fsrs's `timedelta.days`).
    public static func elapsedDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86_400).rounded(.down))
    }

    /// The chance of recalling the card at `date`; 0 for a card never reviewed.
    public func retrievability(of card: CardSchedule, at date: Date) -> Double {
        guard let memory = card.memory, let last = card.lastReview else { return 0 }
        let days = max(0, Self.elapsedDays(from: last, to: date))
        return model.retrievability(elapsedDays: Double(days), stability: memory.stability)
    }

    /// The card after a review with `rating` at `now`.
    public func review<Generator: RandomNumberGenerator>(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout Generator
    ) -> CardSchedule {
        card.answered(rating, at: now, rules: self, using: &generator)
    }

    /// The same for `SeededGenerator`, which every caller passes, as a function of its own: a call
    /// from another module (the benchmarks, other packages) then runs the card-state transitions
    /// specialised. Generic, they ran through witness tables (about 30% of a review's time); under
    /// `@_specialize`, the generic entry's dispatch copied the specialised result field by field into
    /// its own (about 120 of the 950 instructions of a review).
    public func review(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout SeededGenerator
    ) -> CardSchedule {
        card.answered(rating, at: now, rules: self, using: &generator)
    }

    /// The card after a review, without fuzz (for previews and tests).
    public func review(_ card: CardSchedule, rating: Rating, at now: Date) -> CardSchedule {
        var generator = SeededGenerator(seed: 0)
        var scheduler = self
        scheduler.fuzz = false
        return scheduler.review(card, rating: rating, at: now, using: &generator)
    }

    func days(for stability: Double) -> TimeInterval {
        TimeInterval(
            model.interval(
                stability: stability, desiredRetention: desiredRetention, maximumInterval: maximumInterval))
            * 86_400
    }

    /// py-fsrs's fuzz: a whole number of days drawn around the interval, wider for longer ones.
    func fuzzed<Generator: RandomNumberGenerator>(days: Int, using generator: inout Generator) -> TimeInterval
    {
        Self.fuzzed(days: days, maximumInterval: maximumInterval, using: &generator)
    }

    /// The same, for SM-2 too, which fuzzes as py-fsrs does without building a scheduler.
    static func fuzzed<Generator: RandomNumberGenerator>(
        days: Int, maximumInterval: Int, using generator: inout Generator
    ) -> TimeInterval {
        guard Double(days) >= 2.5 else { return TimeInterval(days) }
        let value = Double(days)
        var delta = 1.0
        delta += 0.15 * max(min(value, 7) - 2.5, 0)
        delta += 0.10 * max(min(value, 20) - 7, 0)
        delta += 0.05 * max(value - 20, 0)
        var low = Int((value - delta).rounded(.toNearestOrEven))
        var high = Int((value + delta).rounded(.toNearestOrEven))
        low = max(2, low)
        high = min(high, maximumInterval)
        low = min(low, high)
        let draw = Double.random(in: 0..<1, using: &generator) * Double(high - low + 1) + Double(low)
        return TimeInterval(min(Int(draw.rounded(.toNearestOrEven)), maximumInterval))
    }
}
