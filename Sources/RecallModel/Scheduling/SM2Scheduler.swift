import Foundation

/// Anki's SM-2 scheduler: learning steps, then intervals multiplied by a per-card ease factor
/// that Hard and Again lower and Easy raises. It follows the `anki-sm-2` reference package.
public struct SM2Scheduler: Sendable, Hashable {
    public var learningSteps: [TimeInterval] = [60, 600]
    public var relearningSteps: [TimeInterval] = [600]
    /// Days after Good on the last learning step, and after Easy in learning.
    public var graduatingInterval = 1
    public var easyInterval = 4
    public var minimumInterval = 1
    public var maximumInterval = 36500
    public var startingEase = 2.5
    public var easyBonus = 1.3
    public var intervalModifier = 1.0
    public var hardMultiplier = 1.2
    /// The share of the interval a lapsed card keeps (0: it starts again from the minimum).
    public var lapseMultiplier = 0.0
    public var fuzz = true

    public init() {}

    /// The card after a review with `rating` at `now`.
    public func review<Generator: RandomNumberGenerator>(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout Generator
    ) -> CardSchedule {
        card.answered(rating, at: now, rules: self, using: &generator)
    }

    /// The same for `SeededGenerator`, as a function of its own for the reason `FSRSScheduler`'s is.
    public func review(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout SeededGenerator
    ) -> CardSchedule {
        card.answered(rating, at: now, rules: self, using: &generator)
    }

    static func round(_ value: Double) -> Int { Int(value.rounded(.toNearestOrEven)) }

    func fuzzed<Generator: RandomNumberGenerator>(_ days: Int, using generator: inout Generator) -> Int {
        guard fuzz else { return days }
        return Int(FSRSScheduler.fuzzed(days: days, maximumInterval: maximumInterval, using: &generator))
    }
}
