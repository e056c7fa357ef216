import Foundation

/// Rebuilds every schedule of a deck's progress from its review log: the reviews, oldest first
/// (ties by id), go through the deck's scheduler one by one, and each card's last flag change
/// (`FlagChange`) is applied between the reviews made before it and those made after.
///
/// The log is the truth and schedules follow from it, so two machines' progress merges by
/// replaying the union of their reviews (`ProgressMerge`). Replaying the log of a single machine
/// gives back the schedules its sessions saved, since sessions schedule each answer with the same
/// `ReviewStep`; a deck whose settings or weights changed since gets its schedules recomputed
/// with the current ones, as Anki's "reschedule" does.
public enum ProgressReplay {
    /// Replays `progress` in place. Reviews in `undone` are dropped; each review's recorded
    /// states, elapsed days and kind are rewritten as the replay finds them. A card with no review
    /// keeps its schedule (imported, or flagged while new), with its flag change applied.
    ///
    /// The schedules of the cards in `rebuilding` are made from their reviews and flag change
    /// alone: a merge names every card either side has reviews of, so that a schedule made by a
    /// review that was later undone does not outlive it.
    public static func replay(_ progress: inout DeckProgress, step: ReviewStep, rebuilding: Set<String> = [])
    {
        if !progress.undone.isEmpty {
            progress.reviews.removeAll { progress.undone.contains($0.id) }
        }
        sortByTime(&progress.reviews)
        var states: [String: CardSchedule] = [:]
        var flagsApplied: Set<String> = []
        let flagChanges = progress.flagChanges
        for index in progress.reviews.indices {
            let review = progress.reviews[index]
            let card = review.cardID
            var state = states[card]
            if let change = flagChanges[card], change.time < review.time, !flagsApplied.contains(card) {
                flagsApplied.insert(card)
                state = applying(change, to: state)
            }
            let (before, after) = step.apply(state, rating: review.rating, at: review.time, id: review.id)
            progress.reviews[index].before = ReviewLog.Snapshot(before)
            progress.reviews[index].after = ReviewLog.Snapshot(after)
            progress.reviews[index].elapsedDays = before?.lastReview.map {
                FSRSScheduler.elapsedDays(from: $0, to: review.time)
            }
            progress.reviews[index].kind = ReviewStep.kind(before: before, cram: review.kind == .cram)
            states[card] = after
        }
        let replayed = Set(states.keys)
        for (card, change) in flagChanges where !flagsApplied.contains(card) {
            let base =
                replayed.contains(card) || rebuilding.contains(card)
                ? states[card] : progress.schedules[card] ?? progress.setAside[card]
            states[card] = applying(change, to: base)
        }
        for card in rebuilding where states[card] == nil {
            progress.schedules[card] = nil
            progress.setAside[card] = nil
        }
        for (card, schedule) in states {
            if progress.schedules[card] == nil, progress.setAside[card] != nil {
                progress.setAside[card] = schedule
            } else {
                progress.schedules[card] = schedule
            }
        }
    }

    /// A card's schedule after a person's flag change (a new card gets a schedule for the flags alone).
    package static func applying(_ change: FlagChange, to schedule: CardSchedule?) -> CardSchedule {
        var schedule = schedule ?? .new(due: change.time)
        schedule.suspended = change.suspended
        schedule.buriedUntil = change.buriedUntil
        return schedule
    }

    /// Puts reviews in time order, ties by id; a log already in that order (a single machine's,
    /// usually) is left as it is after one pass.
    static func ordered(_ first: ReviewLog, _ second: ReviewLog) -> Bool {
        first.time != second.time ? first.time < second.time : first.id < second.id
    }

    static func sortByTime(_ reviews: inout [ReviewLog]) {
        let isSorted = zip(reviews, reviews.dropFirst()).allSatisfy { !ordered($1, $0) }
        guard !isSorted else { return }
        let order = reviews.indices.sorted { ordered(reviews[$0], reviews[$1]) }
        reviews = order.map { reviews[$0] }
    }
}
