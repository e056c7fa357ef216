/// The grade Recall suggests after an answer, which Enter accepts.
///
/// Wrong suggests Again and partly right Hard. Right suggests Good, and Easy only when it was
/// earned: a typed answer (not a pick among options, not a self-graded card) on a card already in
/// review, at most half the student's own median time for that kind of card. A hint caps the grade
/// at Hard.
public struct GradeSuggestion: Sendable, Hashable {
    public var kind: QuestionKind
    /// The card's phase before the answer; nil for a card seen for the first time.
    public var phaseBefore: CardSchedule.Phase?
    public var seconds: Double
    /// The student's median answer time for this kind of card, when enough answers are known.
    public var usualSeconds: Double?
    public var hints: Int

    public init(
        kind: QuestionKind, phaseBefore: CardSchedule.Phase?, seconds: Double, usualSeconds: Double?,
        hints: Int = 0
    ) {
        self.kind = kind
        self.phaseBefore = phaseBefore
        self.seconds = seconds
        self.usualSeconds = usualSeconds
        self.hints = hints
    }

    /// A right answer at most this share of the usual time is fast enough for Easy.
    public static let fastShare = 0.5

    public func rating(for verdict: AnswerChecker.Verdict) -> Rating {
        let rating: Rating =
            switch verdict {
            case .wrong: .again
            case .partlyRight: .hard
            case .selfGraded, .retry: .good
            case .right: isFast ? .easy : .good
            }
        return hints > 0 ? min(rating, .hard) : rating
    }

    var isFast: Bool {
        guard [.cloze, .basic, .duration, .period, .who].contains(kind), phaseBefore == .review,
            let usualSeconds
        else { return false }
        return seconds <= usualSeconds * Self.fastShare
    }
}
