import Foundation
import RecallModel

/// One card's review log as Anki would have recorded it: each review's revlog columns, the SM-2
/// ease Anki carries beside FSRS, and the FSRS memory state Anki computes from the log.
///
/// Recall counts the days between reviews as whole 24-hour periods (py-fsrs's rule, which its test
/// vectors pin down); Anki counts the rollovers between them (4 a.m. local time). A review at 23:00
/// and the next at 07:00 are 0 days apart for Recall and 1 for Anki, so Anki, recomputing memory
/// from an exported log, would find other stabilities than Recall's. The memory a package carries is
/// therefore the log replayed with Anki's count, and Anki's recomputation agrees with it.
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
    /// The memory state Anki's FSRS computes from the log; nil when the log holds no learning
    /// review to start from (Anki then keeps the card's own state).
    private(set) var memory: MemoryState?
    /// SM-2's ease after the log, as Anki keeps it even under FSRS; nil until the card graduates.
    private(set) var ease: Double?

    /// Anki's SM-2 ease rules: 2.5 on graduating, then -0.2 Again, -0.15 Hard, +0.15 Easy on each
    /// review, never below 1.3.
    static let startingEase = 2.5
    static let minimumEase = 1.3

    /// `nextRollover` is the end of the export's study day, from which Anki counts days back.
    init(reviews: [ReviewLog], days: AnkiDayCount, nextRollover: Date, settings: DeckSettings) {
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
                factor = learning ? 0 : Int64(clampingWhole: ((ease ?? Self.startingEase) * 1000).rounded())
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
        memory = Self.replay(
            reviews, nextRollover: nextRollover, model: FSRS(parameters: settings.parameters ?? .defaults))
    }

    /// Anki's revlog factor under FSRS: difficulty mapped from 1…10 to 0…1, plus 0.1, in permille.
    static func shiftedDifficulty(_ difficulty: Double) -> Int64 {
        Int64(clampingWhole: (((difficulty - 1) / 9 + 0.1) * 1000).rounded())
    }

    /// The interval an answer gave, as Anki writes it: whole days to a review (counted in study
    /// days) or to a step beyond today's rollover, negative seconds to a step within the day.
    static func interval(_ after: ReviewLog.Snapshot, at time: Date, days: AnkiDayCount) -> Int64 {
        guard let due = after.due else { return 0 }
        if after.phase == .review || due >= days.endOfDay(containing: time) {
            return Int64(max(1, days.day(due) - days.day(time)))
        }
        return -Int64(clampingWhole: max(1, due.timeIntervalSince(time).rounded()))
    }

    /// Replays the ratings through FSRS from the last run of learning reviews (where Anki starts),
    /// the days between reviews counted as Anki's recomputation counts them: whole 86,400-second
    /// periods back from the next rollover (`RevlogEntry::days_elapsed`).
    static func replay(_ reviews: [ReviewLog], nextRollover: Date, model: FSRS) -> MemoryState? {
        guard let lastLearning = reviews.lastIndex(where: { $0.kind == .learning }) else { return nil }
        var start = lastLearning
        while start > 0, reviews[start - 1].kind == .learning { start -= 1 }
        let daysBack = { (time: Date) in
            Int(Int64(clampingWhole: nextRollover.timeIntervalSince(time) / 86_400))
        }
        var memory: MemoryState?
        var previous: Date?
        for review in reviews[start...] {
            let elapsed = previous.map { max(0, daysBack($0) - daysBack(review.time)) }
            memory = model.nextMemory(memory, elapsedDays: elapsed, rating: review.rating)
            previous = review.time
        }
        return memory
    }
}
