import Foundation

/// One card's review log as Anki would have recorded it: each review's revlog columns and the SM-2
/// ease Anki carries beside FSRS.
struct AnkiReviewHistory: Sendable {
    /// A review's columns in Anki's revlog.
    struct Entry: Sendable, Equatable {
        /// The interval the answer gave: days, or negative seconds for a learning step.
        var interval: Int64
        /// The interval the card came from (the previous answer's); 0 for a new card.
        var lastInterval: Int64
        /// FSRS: the difficulty after the answer, shifted to 100…1100; SM-2: the ease in permille.
        var factor: Int64
        /// 0 learning, 1 review, 2 relearning, 3 filtered deck (cramming that reschedules).
        var type: Int64
    }

    private(set) var entries: [Entry] = []
    /// SM-2's ease after the log, as Anki keeps it even under FSRS; nil until the card graduates.
    private(set) var ease: Double?

    /// Anki's SM-2 ease rules: 2.5 on graduating, then -0.2 Again, -0.15 Hard, +0.15 Easy on each
    /// review, never below 1.3.
    static let startingEase = 2.5
    static let minimumEase = 1.3

    init(reviews: [ReviewLog], days: AnkiDayCount, settings: DeckSettings) {
        var previous: Int64 = 0
        for review in reviews {
            let interval = Self.interval(review.after, at: review.time, days: days)
            if review.before.phase == .review {
                let change: [Rating: Double] = [.again: -0.2, .hard: -0.15, .good: 0, .easy: 0.15]
                ease = max(Self.minimumEase, (ease ?? Self.startingEase) + (change[review.rating] ?? 0))
            } else if review.after.phase == .review, ease == nil {
                ease = Self.startingEase
            }
            let factor: Int64
            switch settings.scheduler {
            case .fsrs:
                factor = review.after.difficulty.map(Self.shiftedDifficulty) ?? 0
            case .sm2:
                let learning = review.before.phase == nil || review.before.phase == .learning
                factor = learning ? 0 : Int64(((ease ?? Self.startingEase) * 1000).rounded())
            }
            let type: Int64 =
                switch review.kind {
                case .learning: 0
                case .review: 1
                case .relearning: 2
                case .cram: 3
                }
            entries.append(Entry(interval: interval, lastInterval: previous, factor: factor, type: type))
            previous = interval
        }
    }

    /// Anki's revlog factor under FSRS: difficulty mapped from 1…10 to 0…1, plus 0.1, in permille.
    static func shiftedDifficulty(_ difficulty: Double) -> Int64 {
        Int64((((difficulty - 1) / 9 + 0.1) * 1000).rounded())
    }

    /// The interval an answer gave, as Anki writes it: whole days to a review (counted in study
    /// days) or to a step beyond today's rollover, negative seconds to a step within the day.
    static func interval(_ after: ReviewLog.Snapshot, at time: Date, days: AnkiDayCount) -> Int64 {
        guard let due = after.due else { return 0 }
        if after.phase == .review || due >= days.endOfDay(containing: time) {
            return Int64(max(1, days.day(due) - days.day(time)))
        }
        return -Int64(max(1, due.timeIntervalSince(time).rounded()))
    }
}
