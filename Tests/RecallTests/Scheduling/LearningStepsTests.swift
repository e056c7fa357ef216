import Testing

@testable import RecallModel

@Suite struct LearningStepsTests {
    @Test func eachRatingMovesAsAnkiDoes() {
        let steps = LearningSteps([60, 600, 3600])
        #expect(steps.move(from: 2, rating: .again) == .stay(step: 0, wait: 60))
        #expect(steps.move(from: 0, rating: .hard) == .stay(step: nil, wait: 330))
        #expect(steps.move(from: 1, rating: .hard) == .stay(step: nil, wait: 600))
        #expect(steps.move(from: 0, rating: .good) == .stay(step: 1, wait: 600))
        #expect(steps.move(from: 2, rating: .good) == .leave(easy: false))
        #expect(steps.move(from: 0, rating: .easy) == .leave(easy: true))
        #expect(LearningSteps([600]).move(from: 0, rating: .hard) == .stay(step: nil, wait: 900))
        #expect(LearningSteps([600]).move(from: 0, rating: .good) == .leave(easy: false))
    }
}
