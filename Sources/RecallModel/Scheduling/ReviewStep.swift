import Foundation

/// What one answer does to a card's schedule, as a pure function of the schedule before, the
/// answer and the review's id: a study session records answers with it and a merge replays them
/// with it, so that replaying a log gives back the very schedules the sessions saved.
///
/// The interval's fuzz is drawn from a generator seeded by the review's id rather than from the
/// session's, which makes each review's fuzz the same wherever and whenever it is replayed.
public struct ReviewStep: Sendable {
    public let scheduler: CardScheduler
    public let settings: DeckSettings

    public init(settings: DeckSettings) {
        self.settings = settings
        scheduler = CardScheduler(settings: settings)
    }

    /// The schedule the review starts from (nil for a new card, buried or not) and the one after it.
    public func apply(_ stored: CardSchedule?, rating: Rating, at time: Date, id: ReviewID)
        -> (before: CardSchedule?, after: CardSchedule)
    {
        // A new card that was buried or suspended carries a schedule for the flags alone: it is still
        // new. A suspension stays (a merge can replay a review made elsewhere after it); a burial
        // was for a day that the answer ends.
        let before = stored?.isNew == true ? nil : stored
        var generator = SeededGenerator(seed: id.high ^ UInt64(id.low) << 16)
        var after = scheduler.review(before ?? .new(due: time), rating: rating, at: time, using: &generator)
        if stored?.isNew == true, stored?.suspended == true { after.suspended = true }
        return (before, LeechRule.apply(before: before, after: after, settings: settings))
    }

    /// The kind of review an answer to a card in `before` is (a cram session's are `cram`).
    public static func kind(before: CardSchedule?, cram: Bool) -> ReviewLog.Kind {
        if cram { return .cram }
        switch before?.phase {
        case .review: return .review
        case .relearning: return .relearning
        default: return .learning
        }
    }
}
