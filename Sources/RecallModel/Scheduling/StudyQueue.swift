import Foundation
import HeapModule

/// Decides which card comes next today: learning cards due now first, then the day's reviews
/// with new cards spread among them within the daily limits. A card whose sibling (a card of the
/// same fact) was studied today waits for another day.
///
/// Built once per day in O(n log n); each pick and each answer costs O(log n).
public struct StudyQueue: Sendable {
    struct Entry: Comparable, Sendable {
        var due: Date
        package var position: Int

        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.due, lhs.position) < (rhs.due, rhs.position) }
    }

    public let day: StudyDay
    let index: DeckIndex
    /// How far ahead a learning step may be shown when nothing else is left (Anki's learn-ahead limit).
    public var learnAhead: TimeInterval = 20 * 60
    var learning: Heap<Entry>
    var reviews: Heap<Entry>
    var newCards: [Int] = []
    var nextNew = 0
    var newLeft: Int
    var reviewsLeft: Int
    var buried: [Bool]
    /// Review and new cards waiting per sibling group, to keep the counts right when a group is buried.
    var pendingReviews: [Int32]
    var pendingNew: [Int32]
    var reviewCount = 0
    var newCount = 0
    var reviewsSinceNew = 0

    /// The queue for the day that contains `now`; `schedules` holds each card's schedule by deck
    /// position (see `DeckIndex.schedules(in:)`), and `reviews` the review log, for today's counts.
    public init(
        index: DeckIndex, schedules: [CardSchedule?], reviews log: [ReviewLog], settings: DeckSettings,
        now: Date,
        timeZone: TimeZone
    ) {
        day = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
        self.index = index
        buried = Array(repeating: false, count: index.groupCount)
        pendingReviews = Array(repeating: 0, count: index.groupCount)
        pendingNew = Array(repeating: 0, count: index.groupCount)
        var newToday = 0
        var reviewsToday = 0
        for review in log.reversed() {
            guard review.time >= day.start else { break }
            guard review.time < day.end else { continue }
            if review.before.phase == nil { newToday += 1 }
            if review.before.phase == .review { reviewsToday += 1 }
            if let position = index.position(of: review.cardID) { buried[Int(index.groups[position])] = true }
        }
        newLeft = max(0, settings.newCardsPerDay - newToday)
        reviewsLeft = max(0, settings.reviewsPerDay - reviewsToday)
        // A card buried by hand hides its whole fact for the day.
        for position in 0..<index.count {
            if let buriedUntil = schedules[position]?.buriedUntil, buriedUntil > now {
                buried[Int(index.groups[position])] = true
            }
        }
        var learningEntries: [Entry] = []
        var reviewEntries: [Entry] = []
        for position in 0..<index.count {
            let group = Int(index.groups[position])
            let schedule = schedules[position]
            // A card never answered is new, even when it carries a flag (buried, suspended) and so a schedule.
            if schedule?.isNew ?? true {
                if !buried[group] && !(schedule?.suspended ?? false) {
                    newCards.append(position)
                    pendingNew[group] += 1
                    newCount += 1
                }
                continue
            }
            guard let schedule else { continue }
            if schedule.suspended || schedule.due >= day.end { continue }
            if let buriedUntil = schedule.buriedUntil, buriedUntil > now { continue }
            if schedule.phase != .review {
                learningEntries.append(Entry(due: schedule.due, position: position))
            } else if !buried[group] {
                reviewEntries.append(Entry(due: schedule.due, position: position))
                pendingReviews[group] += 1
                reviewCount += 1
            }
        }
        learning = Heap(learningEntries)
        reviews = Heap(reviewEntries)
    }

    /// The queue for a deck's cards and progress (indexes them first; a session reuses its index).
    public init(cards: [Card], progress: DeckProgress, settings: DeckSettings, now: Date, timeZone: TimeZone)
    {
        let index = DeckIndex(cards: cards)
        self.init(
            index: index, schedules: index.schedules(in: progress), reviews: progress.reviews,
            settings: settings,
            now: now, timeZone: timeZone)
    }

    /// What is left today: reviews due, new cards, and learning cards.
    public var counts: (due: Int, new: Int, learning: Int) {
        (min(reviewCount, reviewsLeft), min(newCount, newLeft), learning.count)
    }

    /// The id of the card to show at `now`, or nil when nothing is left for now.
    public mutating func next(at now: Date) -> String? {
        nextPosition(at: now).map { index.cardIDs[$0] }
    }

    /// The deck position of the card to show at `now`.
    public mutating func nextPosition(at now: Date) -> Int? {
        if let first = learning.min, first.due <= now {
            return learning.popMin()!.position
        }
        let reviewsAvailable = reviewsLeft > 0 ? reviewCount : 0
        let newAvailable = newLeft > 0 ? newCount : 0
        // Spread new cards evenly among the reviews, as Anki does.
        let spacing = newAvailable > 0 ? max(1, reviewsAvailable / (newAvailable + 1)) : Int.max
        if newAvailable > 0 && (reviewsAvailable == 0 || reviewsSinceNew >= spacing), let position = popNew()
        {
            reviewsSinceNew = 0
            return position
        }
        if reviewsAvailable > 0, let position = popReview() {
            reviewsSinceNew += 1
            return position
        }
        if newAvailable > 0, let position = popNew() { return position }
        if let first = learning.min, first.due <= now.addingTimeInterval(learnAhead) {
            return learning.popMin()!.position
        }
        return nil
    }

    /// When the next learning card of today comes due, if one is waiting.
    public var nextLearningDue: Date? { learning.min?.due }

    /// Records an answer: buries the card's siblings for today, counts it against the limits, and
    /// brings it back today if its next step falls before the day ends.
    public mutating func answered(_ cardID: String, before: CardSchedule?, after: CardSchedule) {
        guard let position = index.position(of: cardID) else { return }
        answered(position: position, before: before, after: after)
    }

    public mutating func answered(position: Int, before: CardSchedule?, after: CardSchedule) {
        if before?.isNew ?? true { newLeft = max(0, newLeft - 1) }
        if before?.phase == .review { reviewsLeft = max(0, reviewsLeft - 1) }
        bury(Int(index.groups[position]))
        if after.phase != .review && after.due < day.end && !after.suspended {
            learning.insert(Entry(due: after.due, position: position))
        }
    }

    /// Gives back the limit an answer used, when the answer is taken back.
    public mutating func restoreLimits(before: CardSchedule?) {
        if before?.isNew ?? true { newLeft += 1 }
        if before?.phase == .review { reviewsLeft += 1 }
    }

    /// Puts a card back, for `:undo` or `:skip`: it is shown when `time` comes.
    public mutating func putBack(_ cardID: String, at time: Date) {
        guard let position = index.position(of: cardID) else { return }
        learning.insert(Entry(due: time, position: position))
    }

    /// Puts a card back until `time` (for `:skip`), hiding its siblings for today as an answer would.
    public mutating func setAside(_ cardID: String, until time: Date) {
        guard let position = index.position(of: cardID) else { return }
        bury(Int(index.groups[position]))
        learning.insert(Entry(due: time, position: position))
    }

    /// Hides every card of this card's fact for the rest of the day.
    public mutating func buryGroup(of cardID: String) {
        guard let position = index.position(of: cardID) else { return }
        bury(Int(index.groups[position]))
    }

    /// Takes a card out of today's queue (it was suspended or buried by hand); O(n), and rare.
    public mutating func remove(_ cardID: String) {
        guard let position = index.position(of: cardID) else { return }
        learning = Heap(learning.unordered.filter { $0.position != position })
    }

    mutating func bury(_ group: Int) {
        guard !buried[group] else { return }
        buried[group] = true
        reviewCount -= Int(pendingReviews[group])
        newCount -= Int(pendingNew[group])
        pendingReviews[group] = 0
        pendingNew[group] = 0
    }

    mutating func popReview() -> Int? {
        while let entry = reviews.popMin() {
            let group = Int(index.groups[entry.position])
            if buried[group] { continue }
            pendingReviews[group] -= 1
            reviewCount -= 1
            return entry.position
        }
        return nil
    }

    mutating func popNew() -> Int? {
        while nextNew < newCards.count {
            let position = newCards[nextNew]
            nextNew += 1
            let group = Int(index.groups[position])
            if buried[group] { continue }
            pendingNew[group] -= 1
            newCount -= 1
            return position
        }
        return nil
    }
}
