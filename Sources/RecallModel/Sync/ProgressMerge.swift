import Foundation

/// Merges two machines' progress on one deck, with no server: the union of their reviews (each
/// kept once, by id, and none that either side undid), replayed in time order through the deck's
/// scheduler (`ProgressReplay`) to rebuild every schedule. A card's flags (suspended, buried) come
/// from the later of the two sides' last flag changes, ties broken by machine id.
///
/// The result depends only on what the two sides hold, never on which is which, so the merge is
/// commutative, associative and idempotent (a merged progress merged with itself is itself):
///
/// ```swift
/// let step = ReviewStep(settings: deck.settings)
/// let merged = ProgressMerge.merge(laptop, desktop, step: step)
/// ```
public enum ProgressMerge {
    public static func merge(_ first: DeckProgress, _ second: DeckProgress, step: ReviewStep) -> DeckProgress
    {
        var merged = DeckProgress(deck: first.deck)
        merged.journalSequence = max(first.journalSequence, second.journalSequence)
        merged.undone = first.undone.union(second.undone)
        merged.flagChanges = first.flagChanges.merging(second.flagChanges) { FlagChange.latest($0, $1)! }
        merged.reviews = union(first.reviews, second.reviews)
        let inSchedules = Set(first.schedules.keys).union(second.schedules.keys)
        for (card, schedule) in first.schedules.merging(second.schedules, uniquingKeysWith: preferred) {
            merged.schedules[card] = schedule
        }
        for (card, schedule) in first.setAside.merging(second.setAside, uniquingKeysWith: preferred)
        where !inSchedules.contains(card) {
            merged.setAside[card] = schedule
        }
        merged.contrasts = contrasts(first.contrasts, second.contrasts)
        let reviewed = Set(first.reviews.map(\.cardID)).union(second.reviews.map(\.cardID))
        ProgressReplay.replay(&merged, step: step, rebuilding: reviewed)
        return merged
    }

    /// Each student's contrast card once, by card id: the same mistake made on both machines is one
    /// card, dated by its first making; in order of making, ids breaking ties.
    static func contrasts(_ first: [ContrastCard], _ second: [ContrastCard]) -> [ContrastCard] {
        var earliest: [String: ContrastCard] = [:]
        for contrast in first + second {
            if let kept = earliest[contrast.card.id], kept.created <= contrast.created { continue }
            earliest[contrast.card.id] = contrast
        }
        return earliest.values.sorted { ($0.created, $0.card.id) < ($1.created, $1.card.id) }
    }

    /// Each review once: the same id on both sides is the same review (copied, not made twice).
    ///
    /// Both logs are in time order (ties by id), so one pass over the two gives the union in that
    /// order, and a review both hold meets itself at the heads of both: no table of a million ids,
    /// and no sort of the result (measured: 4.5 s and 523 MB for a million reviews with a table and
    /// a sort, see *Benchmarks*).
    static func union(_ first: [ReviewLog], _ second: [ReviewLog]) -> [ReviewLog] {
        var first = first
        var second = second
        ProgressReplay.sortByTime(&first)
        ProgressReplay.sortByTime(&second)
        var reviews: [ReviewLog] = []
        reviews.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        while i < first.count || j < second.count {
            guard i < first.count else {
                reviews.append(contentsOf: second[j...])
                break
            }
            guard j < second.count else {
                reviews.append(contentsOf: first[i...])
                break
            }
            let a = first[i]
            let b = second[j]
            if a.id == b.id {
                // One id with two contents is damage elsewhere; either side must give the same answer.
                reviews.append(a == b || contentKey(a) <= contentKey(b) ? a : b)
                i += 1
                j += 1
            } else if ProgressReplay.ordered(a, b) {
                reviews.append(a)
                i += 1
            } else {
                reviews.append(b)
                j += 1
            }
        }
        return reviews
    }

    /// A total order on reviews' contents, to choose between two that claim one id.
    static func contentKey(_ review: ReviewLog) -> String {
        "\(review.time.timeIntervalSince1970)|\(review.cardID)|\(review.rating.rawValue)|\(review.machine)|"
            + "\(review.durationMs ?? -1)|\(review.answer ?? "")|\(review.kind.rawValue)"
    }

    /// Of two schedules of a card that has no review to rebuild it from (an imported one, say), the
    /// one reviewed last; a replay overwrites this choice for every card that has reviews.
    static func preferred(_ first: CardSchedule, _ second: CardSchedule) -> CardSchedule {
        scheduleKey(second) > scheduleKey(first) ? second : first
    }

    static func scheduleKey(_ schedule: CardSchedule) -> String {
        var plain = schedule
        // Flags come from the flag changes; they must not decide which base wins.
        plain.suspended = false
        plain.buriedUntil = nil
        let last = schedule.lastReview?.timeIntervalSince1970 ?? -1
        return String(format: "%020.0f|%012d|", last + 1e12, schedule.reps) + "\(plain)"
    }
}
