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

    public func review<Generator: RandomNumberGenerator>(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout Generator
    ) -> CardSchedule {
        var card = card
        let wasReview = card.phase == .review
        var due: Date
        switch card.phase {
        case .learning:
            let step = card.step ?? 0
            if learningSteps.isEmpty || step > learningSteps.count {
                due = graduate(&card, days: graduatingInterval, at: now)
            } else {
                switch LearningSteps(learningSteps).move(from: step, rating: rating) {
                case .stay(let next, let wait):
                    if let next { card.step = next }
                    due = now.addingTimeInterval(wait)
                case .leave(let easy):
                    due = graduate(&card, days: easy ? easyInterval : graduatingInterval, at: now)
                }
            }
        case .review:
            let ease = card.ease ?? startingEase
            let interval = card.intervalDays ?? 1
            let overdue = Double(FSRSScheduler.elapsedDays(from: card.due, to: now))
            var days: Int
            switch rating {
            case .again:
                card.ease = max(1.3, ease * 0.8)
                days = max(minimumInterval, Self.round(interval * lapseMultiplier * intervalModifier))
                days = fuzzed(days, using: &generator)
                card.intervalDays = Double(days)
                if !relearningSteps.isEmpty {
                    card.phase = .relearning
                    card.step = 0
                    due = now.addingTimeInterval(relearningSteps[0])
                } else {
                    due = now.addingTimeInterval(Double(days) * 86_400)
                }
            case .hard:
                card.ease = max(1.3, ease * 0.85)
                days = fuzzed(
                    min(maximumInterval, Self.round(interval * hardMultiplier * intervalModifier)),
                    using: &generator)
                card.intervalDays = Double(days)
                due = now.addingTimeInterval(Double(days) * 86_400)
            case .good:
                let base = overdue >= 1 ? interval + overdue / 2 : interval
                days = fuzzed(
                    min(maximumInterval, Self.round(base * ease * intervalModifier)), using: &generator)
                card.intervalDays = Double(days)
                due = now.addingTimeInterval(Double(days) * 86_400)
            case .easy:
                let base = overdue >= 1 ? interval + overdue : interval
                days = fuzzed(
                    min(maximumInterval, Self.round(base * ease * easyBonus * intervalModifier)),
                    using: &generator)
                card.intervalDays = Double(days)
                card.ease = ease * 1.15
                due = now.addingTimeInterval(Double(days) * 86_400)
            }
        case .relearning:
            let step = card.step ?? 0
            let ease = card.ease ?? startingEase
            let interval = card.intervalDays ?? 1
            let relearned = Double(min(maximumInterval, Self.round(interval * ease * intervalModifier)))
            if relearningSteps.isEmpty || step > relearningSteps.count {
                due = returnToReview(&card, days: relearned, at: now)
            } else {
                switch LearningSteps(relearningSteps).move(from: step, rating: rating) {
                case .stay(let next, let wait):
                    if let next { card.step = next }
                    due = now.addingTimeInterval(wait)
                case .leave(let easy):
                    let days =
                        easy
                        ? Double(
                            min(maximumInterval, Self.round(interval * ease * easyBonus * intervalModifier)))
                        : relearned
                    due = returnToReview(&card, days: days, at: now)
                }
            }
        }
        if wasReview && rating == .again { card.lapses += 1 }
        card.reps += 1
        card.due = due
        card.lastReview = now
        return card
    }

    func graduate(_ card: inout CardSchedule, days: Int, at now: Date) -> Date {
        card.phase = .review
        card.step = nil
        card.ease = startingEase
        card.intervalDays = Double(days)
        return now.addingTimeInterval(Double(days) * 86_400)
    }

    func returnToReview(_ card: inout CardSchedule, days: Double, at now: Date) -> Date {
        card.phase = .review
        card.step = nil
        card.intervalDays = days
        return now.addingTimeInterval(days * 86_400)
    }

    static func round(_ value: Double) -> Int { Int(value.rounded(.toNearestOrEven)) }

    func fuzzed<Generator: RandomNumberGenerator>(_ days: Int, using generator: inout Generator) -> Int {
        guard fuzz else { return days }
        var fsrs = FSRSScheduler(maximumInterval: maximumInterval)
        fsrs.fuzz = true
        return Int(fsrs.fuzzed(days: days, using: &generator))
    }
}
