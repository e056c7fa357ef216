import Foundation

/// Plans reviews toward an exam: each day, the cards whose review today raises their predicted
/// recall at the exam the most. Weak cards and cards that will have decayed by the exam come first;
/// cards that are safe until the exam wait.
///
/// A card's value is its expected recall at the exam after a review today, weighing success and
/// failure by today's chance of recall, minus its recall at the exam without the review. A missed
/// card is shown again the same day until it is answered right, so failure means a lapse followed
/// by a same-day success.
public struct ExamPlanner: Sendable {
    public var model: FSRS
    public var exam: Date
    /// A review must raise a card's recall at the exam by this much to be worth the student's time.
    public var minimumGain: Double

    public init(model: FSRS = FSRS(), exam: Date, minimumGain: Double = 0.005) {
        self.model = model
        self.exam = exam
        self.minimumGain = minimumGain
    }

    /// What the planner knows of one card: its memory and when it was last reviewed (nil if new).
    public struct CardState: Sendable, Hashable {
        public var id: String
        public var memory: MemoryState?
        public var lastReview: Date?

        public init(id: String, memory: MemoryState?, lastReview: Date?) {
            self.id = id
            self.memory = memory
            self.lastReview = lastReview
        }
    }

    /// The chance of recalling a card at `date` (0 for a card never studied).
    public func recall(_ card: CardState, at date: Date) -> Double {
        guard let memory = card.memory, let last = card.lastReview else { return 0 }
        let days = max(0, FSRSScheduler.elapsedDays(from: last, to: date))
        return model.retrievability(elapsedDays: Double(days), stability: memory.stability)
    }

    /// The card after a review at `date` with the given outcome; a miss is followed by a same-day success.
    public func reviewed(_ card: CardState, at date: Date, recalled: Bool) -> CardState {
        var next = card
        let elapsed = card.lastReview.map { FSRSScheduler.elapsedDays(from: $0, to: date) }
        if recalled {
            next.memory = model.nextMemory(card.memory, elapsedDays: elapsed, rating: .good)
        } else {
            let lapsed = model.nextMemory(card.memory, elapsedDays: elapsed, rating: .again)
            next.memory = model.nextMemory(lapsed, elapsedDays: 0, rating: .good)
        }
        next.lastReview = date
        return next
    }

    /// The expected gain in recall at the exam from reviewing the card at `date`.
    public func gain(_ card: CardState, at date: Date) -> Double {
        let without = recall(card, at: exam)
        guard card.memory != nil else {
            return recall(reviewed(card, at: date, recalled: true), at: exam) - without
        }
        let p = recall(card, at: date)
        let success = recall(reviewed(card, at: date, recalled: true), at: exam)
        let failure = recall(reviewed(card, at: date, recalled: false), at: exam)
        return p * success + (1 - p) * failure - without
    }

    /// The expected state after a review, for planning the days after: the likelier outcome.
    func expectedAfterReview(_ card: CardState, at date: Date) -> CardState {
        let p = card.memory == nil ? 1 : recall(card, at: date)
        return reviewed(card, at: date, recalled: p >= 0.5)
    }

    /// One day of the plan.
    public struct Day: Codable, Sendable, Equatable {
        public var date: Date
        public var cardIDs: [String]
        /// The predicted share of the deck recalled at the exam after this day's reviews.
        public var recallAtExam: Double
    }

    /// The plan from `start` (today) to the day before the exam, `perDay` reviews a day.
    public struct Plan: Codable, Sendable, Equatable {
        public var days: [Day]
        /// The predicted share recalled at the exam with no more study.
        public var recallAtExamNow: Double

        public var today: Day? { days.first }
        public var recallAtExamAfterPlan: Double { days.last?.recallAtExam ?? recallAtExamNow }
    }

    public func plan(_ cards: [CardState], from start: Date, perDay: Int, dayLength: TimeInterval = 86_400)
        -> Plan
    {
        var states = cards
        let total = Double(max(cards.count, 1))
        let now = states.reduce(0) { $0 + recall($1, at: exam) } / total
        var days: [Day] = []
        var day = start
        while day < exam && perDay > 0 {
            let chosen = choose(states, at: day, count: perDay)
            for index in chosen { states[index] = expectedAfterReview(states[index], at: day) }
            let share = states.reduce(0) { $0 + recall($1, at: exam) } / total
            days.append(Day(date: day, cardIDs: chosen.map { states[$0].id }, recallAtExam: share))
            day = day.addingTimeInterval(dayLength)
        }
        return Plan(days: days, recallAtExamNow: now)
    }

    /// The indices of the `count` cards with the largest gain at `date` (at least `minimumGain`), best first.
    public func choose(_ cards: [CardState], at date: Date, count: Int) -> [Int] {
        let gains = cards.enumerated().map { ($0.offset, gain($0.element, at: date)) }.filter {
            $0.1 >= minimumGain
        }
        return gains.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }.prefix(count).map(\.0)
    }

    /// The predicted share of `cards` recalled at the exam.
    public func recallAtExam(_ cards: [CardState]) -> Double {
        cards.reduce(0) { $0 + recall($1, at: exam) } / Double(max(cards.count, 1))
    }
}
