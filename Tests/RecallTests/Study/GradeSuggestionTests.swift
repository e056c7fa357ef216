import Testing

@testable import RecallModel

@Suite struct GradeSuggestionTests {
    func suggestion(
        _ kind: QuestionKind = .cloze, phase: CardSchedule.Phase? = .review, seconds: Double = 2,
        usual: Double? = 10, hints: Int = 0
    ) -> GradeSuggestion {
        GradeSuggestion(kind: kind, phaseBefore: phase, seconds: seconds, usualSeconds: usual, hints: hints)
    }

    @Test func easyIsEarnedByAFastTypedAnswerOnAReviewCard() {
        #expect(suggestion().rating(for: .right) == .easy)
        #expect(suggestion(seconds: 5).rating(for: .right) == .easy)
        #expect(suggestion(seconds: 5.1).rating(for: .right) == .good)
        #expect(suggestion(.basic).rating(for: .right) == .easy)
    }

    @Test func neverEasyForAPickAFirstSightALearningCardOrAnUnknownPace() {
        #expect(suggestion(.choice).rating(for: .right) == .good)
        #expect(suggestion(.timeline).rating(for: .right) == .good)
        #expect(suggestion(.reverse).rating(for: .selfGraded) == .good)
        #expect(suggestion(phase: nil).rating(for: .right) == .good)
        #expect(suggestion(phase: .learning).rating(for: .right) == .good)
        #expect(suggestion(phase: .relearning).rating(for: .right) == .good)
        #expect(suggestion(usual: nil).rating(for: .right) == .good)
    }

    @Test func slowRightIsStillGoodPartlyIsHardWrongIsAgain() {
        #expect(suggestion(seconds: 60).rating(for: .right) == .good)
        #expect(suggestion().rating(for: .partlyRight("x")) == .hard)
        #expect(suggestion().rating(for: .wrong) == .again)
    }

    @Test func aHintCapsTheGradeAtHard() {
        #expect(suggestion(hints: 1).rating(for: .right) == .hard)
        #expect(suggestion(.reverse, hints: 2).rating(for: .selfGraded) == .hard)
        #expect(suggestion(hints: 1).rating(for: .wrong) == .again)
    }

    @Test func thePaceIsTheMedianOfRecentRightAnswersOfAKind() {
        let now = time("2026-03-10T09:00:00Z")
        func review(_ id: String, _ rating: Rating, _ ms: Int) -> ReviewLog {
            ReviewLog(
                cardID: id, time: now, rating: rating, elapsedDays: nil, durationMs: ms, kind: .review,
                answer: nil, before: nil, after: .new(due: now))
        }
        var reviews = (1...9).map { review("c", .good, $0 * 1_000) }
        let kind: (String) -> QuestionKind? = { $0 == "c" ? .cloze : .choice }
        #expect(AnswerPace(reviews: reviews, kind: kind).usualSeconds(for: .cloze) == nil)
        reviews.append(review("c", .easy, 10_000))
        reviews.append(review("c", .again, 90_000))
        reviews.append(review("x", .good, 1_000))
        let pace = AnswerPace(reviews: reviews, kind: kind)
        #expect(pace.usualSeconds(for: .cloze) == 5.5)
        #expect(pace.usualSeconds(for: .choice) == nil)
        var long = AnswerPace()
        for index in 0..<200 { long.record(review("c", .good, index < 150 ? 100_000 : 2_000), kind: .cloze) }
        #expect(long.usualSeconds(for: .cloze) == 2)
    }
}
