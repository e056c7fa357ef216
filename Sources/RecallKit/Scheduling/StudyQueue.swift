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
        var order: Int
        var cardID: String

        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.due, lhs.order) < (rhs.due, rhs.order) }
    }

    public let day: StudyDay
    /// How far ahead a learning step may be shown when nothing else is left (Anki's learn-ahead limit).
    public var learnAhead: TimeInterval = 20 * 60
    var learning = Heap<Entry>()
    var reviews = Heap<Entry>()
    var newCards: [String] = []
    var nextNew = 0
    var newLeft: Int
    var reviewsLeft: Int
    var buriedFacts: Set<String> = []
    let factOf: [String: String]
    let order: [String: Int]
    /// Review and new cards waiting per fact, to keep the counts right when a fact is buried.
    var pendingReviews: [String: Int] = [:]
    var pendingNew: [String: Int] = [:]
    var reviewCount = 0
    var newCount = 0
    var reviewsSinceNew = 0

    /// The queue for the day that contains `now`.
    public init(cards: [Card], progress: DeckProgress, settings: DeckSettings, now: Date, timeZone: TimeZone)
    {
        day = StudyDay(containing: now, timeZone: timeZone, startHour: settings.dayStartHour)
        var factOf: [String: String] = [:]
        var order: [String: Int] = [:]
        for (index, card) in cards.enumerated() {
            factOf[card.id] = card.factID
            order[card.id] = index
        }
        self.factOf = factOf
        self.order = order
        var newToday = 0
        var reviewsToday = 0
        for review in progress.reviews.reversed() {
            guard review.time >= day.start else { break }
            guard review.time < day.end else { continue }
            if review.before.phase == nil { newToday += 1 }
            if review.before.phase == .review { reviewsToday += 1 }
            if let fact = factOf[review.cardID] { buriedFacts.insert(fact) }
        }
        newLeft = max(0, settings.newCardsPerDay - newToday)
        reviewsLeft = max(0, settings.reviewsPerDay - reviewsToday)
        for card in cards {
            guard let schedule = progress.schedules[card.id] else {
                if !buriedFacts.contains(card.factID) {
                    newCards.append(card.id)
                    pendingNew[card.factID, default: 0] += 1
                    newCount += 1
                }
                continue
            }
            if schedule.suspended || (schedule.buriedUntil.map { $0 > now } ?? false) { continue }
            let entry = Entry(due: schedule.due, order: order[card.id]!, cardID: card.id)
            switch schedule.phase {
            case .learning, .relearning:
                if schedule.due < day.end { learning.insert(entry) }
            case .review:
                if schedule.due < day.end && !buriedFacts.contains(card.factID) {
                    reviews.insert(entry)
                    pendingReviews[card.factID, default: 0] += 1
                    reviewCount += 1
                }
            }
        }
    }

    /// What is left today: reviews due, new cards, and learning cards.
    public var counts: (due: Int, new: Int, learning: Int) {
        (min(reviewCount, reviewsLeft), min(newCount, newLeft), learning.count)
    }

    /// The id of the card to show at `now`, or nil when nothing is left for now.
    public mutating func next(at now: Date) -> String? {
        if let first = learning.min, first.due <= now {
            return learning.popMin()!.cardID
        }
        let reviewsAvailable = reviewsLeft > 0 ? reviewCount : 0
        let newAvailable = newLeft > 0 ? newCount : 0
        // Spread new cards evenly among the reviews, as Anki does.
        let spacing = newAvailable > 0 ? max(1, reviewsAvailable / (newAvailable + 1)) : Int.max
        if newAvailable > 0 && (reviewsAvailable == 0 || reviewsSinceNew >= spacing), let id = popNew() {
            reviewsSinceNew = 0
            return id
        }
        if reviewsAvailable > 0, let id = popReview() {
            reviewsSinceNew += 1
            return id
        }
        if newAvailable > 0, let id = popNew() { return id }
        if let first = learning.min, first.due <= now.addingTimeInterval(learnAhead) {
            return learning.popMin()!.cardID
        }
        return nil
    }

    /// When the next learning card of today comes due, if one is waiting.
    public var nextLearningDue: Date? { learning.min?.due }

    /// Records an answer: buries the card's siblings for today, counts it against the limits, and
    /// brings it back today if its next step falls before the day ends.
    public mutating func answered(_ cardID: String, before: CardSchedule?, after: CardSchedule) {
        if before == nil { newLeft = max(0, newLeft - 1) }
        if before?.phase == .review { reviewsLeft = max(0, reviewsLeft - 1) }
        if let fact = factOf[cardID] { bury(fact) }
        if after.phase != .review && after.due < day.end && !after.suspended {
            learning.insert(Entry(due: after.due, order: order[cardID] ?? 0, cardID: cardID))
        }
    }

    /// Gives back the limit an answer used, when the answer is taken back.
    public mutating func restoreLimits(before: CardSchedule?) {
        if before == nil { newLeft += 1 }
        if before?.phase == .review { reviewsLeft += 1 }
    }

    /// Puts a card back, for `:undo` or `:skip`: it is shown again before other reviews.
    public mutating func putBack(_ cardID: String, schedule: CardSchedule?, at now: Date) {
        learning.insert(Entry(due: now, order: -1, cardID: cardID))
    }

    /// Takes a card out of today's queue (it was suspended or buried by hand).
    public mutating func remove(_ cardID: String) {
        var kept = Heap<Entry>()
        for entry in learning.unordered where entry.cardID != cardID { kept.insert(entry) }
        learning = kept
    }

    mutating func bury(_ fact: String) {
        guard buriedFacts.insert(fact).inserted else { return }
        reviewCount -= pendingReviews.removeValue(forKey: fact) ?? 0
        newCount -= pendingNew.removeValue(forKey: fact) ?? 0
    }

    mutating func popReview() -> String? {
        while let entry = reviews.popMin() {
            let fact = factOf[entry.cardID] ?? ""
            if buriedFacts.contains(fact) { continue }
            pendingReviews[fact, default: 1] -= 1
            reviewCount -= 1
            return entry.cardID
        }
        return nil
    }

    mutating func popNew() -> String? {
        while nextNew < newCards.count {
            let id = newCards[nextNew]
            nextNew += 1
            let fact = factOf[id] ?? ""
            if buriedFacts.contains(fact) { continue }
            pendingNew[fact, default: 1] -= 1
            newCount -= 1
            return id
        }
        return nil
    }
}
