/// How long the student usually takes to answer each kind of card right, from their own recent
/// answers: Easy is suggested only for an answer clearly faster than that.
public struct AnswerPace: Sendable, Hashable {
    /// How many recent right answers of a kind are kept.
    public static let window = 50
    /// Fewer right answers of a kind than this give no median, and so no Easy suggestion.
    public static let minimumAnswers = 10
    /// How far back the review log is read when a session opens.
    static let logLookBack = 5_000

    /// Recent answer times in milliseconds per kind, oldest first.
    var recent: [QuestionKind: [Int]] = [:]

    public init() {}

    /// The pace from the end of a review log; `kind` tells a card's kind by its id.
    public init(reviews: [ReviewLog], kind: (String) -> QuestionKind?) {
        for review in reviews.suffix(Self.logLookBack) {
            guard let cardKind = kind(review.cardID) else { continue }
            record(review, kind: cardKind)
        }
    }

    /// Counts an answer that was right (graded Good or Easy) and timed.
    public mutating func record(_ review: ReviewLog, kind: QuestionKind) {
        guard review.rating >= .good, let duration = review.durationMs, duration > 0 else { return }
        var times = recent[kind, default: []]
        times.append(duration)
        if times.count > Self.window { times.removeFirst(times.count - Self.window) }
        recent[kind] = times
    }

    /// The median time of recent right answers of this kind, in seconds.
    public func usualSeconds(for kind: QuestionKind) -> Double? {
        guard let times = recent[kind], times.count >= Self.minimumAnswers else { return nil }
        let sorted = times.sorted()
        let middle = sorted.count / 2
        let median =
            sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
        return median / 1000
    }
}
