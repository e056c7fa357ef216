import Foundation

/// One answer, as stats and parameter fitting need it.
public struct ReviewLog: Codable, Sendable, Hashable {
    /// What kind of review it was, as Anki's revlog records it.
    public enum Kind: String, Codable, Sendable {
        case learning, review, relearning, cram
    }

    /// A schedule's essentials before or after a review.
    public struct Snapshot: Codable, Sendable, Hashable {
        public var phase: CardSchedule.Phase?
        public var stability: Double?
        public var difficulty: Double?
        public var due: Date?

        public init(_ schedule: CardSchedule?) {
            phase = schedule?.phase
            stability = schedule?.memory?.stability
            difficulty = schedule?.memory?.difficulty
            due = schedule?.due
        }
    }

    public var cardID: String
    public var time: Date
    public var rating: Rating
    /// Whole days since the card's previous review; nil for its first.
    public var elapsedDays: Int?
    /// How long the student took to answer, in milliseconds.
    public var durationMs: Int?
    public var kind: Kind
    /// What the student typed, when they typed something.
    public var answer: String?
    public var before: Snapshot
    public var after: Snapshot

    public init(
        cardID: String, time: Date, rating: Rating, elapsedDays: Int?, durationMs: Int?, kind: Kind,
        answer: String?,
        before: CardSchedule?, after: CardSchedule
    ) {
        self.cardID = cardID
        self.time = time
        self.rating = rating
        self.elapsedDays = elapsedDays
        self.durationMs = durationMs
        self.kind = kind
        self.answer = answer
        self.before = Snapshot(before)
        self.after = Snapshot(after)
    }
}
