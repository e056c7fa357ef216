import Foundation

/// One card's reviews as the optimizer sees them: each rating with the whole days since the
/// review before (0 for the first review and for a review on the same day).
public struct ReviewHistory: Sendable, Hashable {
    public struct Step: Sendable, Hashable {
        public var rating: Rating
        public var elapsedDays: Int

        public init(rating: Rating, elapsedDays: Int) {
            self.rating = rating
            self.elapsedDays = elapsedDays
        }
    }

    public var steps: [Step]

    public init(_ steps: [Step]) {
        self.steps = steps
    }

    /// The reviews that train the model: every one on a later day than the review before, each
    /// predicted from the history before it (fsrs-rs's training items, counted once per card).
    public var labelCount: Int { steps.dropFirst().filter { $0.elapsedDays > 0 }.count }

    /// Histories from a review log: by card, in time order, with elapsed days as FSRS counts them
    /// (whole 24-hour days). Only the first `maximumLength` reviews of a card are used, as in fsrs-rs.
    public static func histories(
        from reviews: [(card: String, time: Date, rating: Rating)], maximumLength: Int = 64
    ) -> [ReviewHistory] {
        var byCard: [String: [(time: Date, rating: Rating)]] = [:]
        for review in reviews { byCard[review.card, default: []].append((review.time, review.rating)) }
        return byCard.keys.sorted().compactMap { card in
            let ordered = byCard[card]!.sorted { $0.time < $1.time }.prefix(maximumLength)
            var steps: [Step] = []
            var previous: Date?
            for review in ordered {
                let days = previous.map { max(0, FSRSScheduler.elapsedDays(from: $0, to: review.time)) } ?? 0
                steps.append(Step(rating: review.rating, elapsedDays: days))
                previous = review.time
            }
            return steps.count > 1 ? ReviewHistory(steps) : nil
        }
    }
}
