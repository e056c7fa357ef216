import Foundation

/// The scheduler a deck's settings ask for: FSRS-6 or SM-2.
public enum CardScheduler: Sendable, Hashable {
    case fsrs(FSRSScheduler)
    case sm2(SM2Scheduler)

    public init(settings: DeckSettings) {
        switch settings.scheduler {
        case .fsrs:
            self = .fsrs(
                FSRSScheduler(
                    parameters: settings.parameters ?? .defaults, desiredRetention: settings.desiredRetention,
                    learningSteps: settings.learningSteps, relearningSteps: settings.relearningSteps,
                    maximumInterval: settings.maximumInterval, fuzz: settings.fuzz))
        case .sm2:
            var scheduler = SM2Scheduler()
            scheduler.learningSteps = settings.learningSteps
            scheduler.relearningSteps = settings.relearningSteps
            scheduler.maximumInterval = settings.maximumInterval
            scheduler.fuzz = settings.fuzz
            self = .sm2(scheduler)
        }
    }

    /// The card after a review with `rating` at `now`, by the deck's scheduler.
    public func review<Generator: RandomNumberGenerator>(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout Generator
    ) -> CardSchedule {
        reviewed(card, rating: rating, at: now, using: &generator)
    }

    /// The same for `SeededGenerator`, as a function of its own for the reason `FSRSScheduler`'s is.
    public func review(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout SeededGenerator
    ) -> CardSchedule {
        reviewed(card, rating: rating, at: now, using: &generator)
    }

    /// `review`'s body, inlined into both.
    @inline(__always)
    func reviewed<Generator: RandomNumberGenerator>(
        _ card: CardSchedule, rating: Rating, at now: Date, using generator: inout Generator
    ) -> CardSchedule {
        switch self {
        case .fsrs(let scheduler): scheduler.review(card, rating: rating, at: now, using: &generator)
        case .sm2(let scheduler):
            Self.trackingMemory(
                card, scheduler.review(card, rating: rating, at: now, using: &generator), rating, now)
        }
    }

    /// The FSRS model on its default weights, built once: building one (the weights' array, and the
    /// `exp` and `pow` of them that `FSRSModel.init` computes) cost each SM-2 review about 440 of its
    /// 1,360 instructions.
    private static let defaultModel = FSRS()

    /// An SM-2 card also carries FSRS's memory state, so that stats and cramming can predict recall.
    static func trackingMemory(_ before: CardSchedule, _ after: CardSchedule, _ rating: Rating, _ now: Date)
        -> CardSchedule
    {
        var after = after
        let elapsed = before.lastReview.map { FSRSScheduler.elapsedDays(from: $0, to: now) }
        after.memory = defaultModel.nextMemory(before.memory, elapsedDays: elapsed, rating: rating)
        return after
    }

    /// The card after each of the four answers at `now`: for each rating, what `review` gives with
    /// a copy of `generator` as it stands, fuzz included.
    package func nextStates<Generator: RandomNumberGenerator>(
        _ card: CardSchedule, at now: Date, using generator: Generator
    ) -> NextStates<CardSchedule> {
        switch self {
        case .fsrs(let scheduler): return card.nextStates(at: now, rules: scheduler, using: generator)
        case .sm2(let scheduler):
            let next = card.nextStates(at: now, rules: scheduler, using: generator)
            return NextStates { Self.trackingMemory(card, next[$0], $0, now) }
        }
    }

    /// The scheduler with its fuzz off.
    var withoutFuzz: CardScheduler {
        switch self {
        case .fsrs(var scheduler):
            scheduler.fuzz = false
            return .fsrs(scheduler)
        case .sm2(var scheduler):
            scheduler.fuzz = false
            return .sm2(scheduler)
        }
    }

    /// The next due time for each rating, without fuzz, as Anki's answer buttons show them.
    public func preview(_ card: CardSchedule, at now: Date) -> [Rating: TimeInterval] {
        let next = withoutFuzz.nextStates(card, at: now, using: SeededGenerator(seed: 0))
        return Dictionary(
            uniqueKeysWithValues: Rating.allCases.map { ($0, next[$0].due.timeIntervalSince(now)) })
    }

    /// The chance of recall at `date` as FSRS predicts it (also for SM-2 decks, from the FSRS
    /// state the review log implies); nil for a card never reviewed.
    public func retrievability(of card: CardSchedule, at date: Date) -> Double? {
        guard card.memory != nil else { return nil }
        switch self {
        case .fsrs(let scheduler): return scheduler.retrievability(of: card, at: date)
        case .sm2: return FSRSScheduler().retrievability(of: card, at: date)
        }
    }
}
