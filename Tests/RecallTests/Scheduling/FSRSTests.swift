import Foundation
import Testing

@testable import RecallModel

@Suite struct FSRSTests {
    let model = FSRS()

    @Test func defaultFormulas() {
        #expect(model.initialStability(.good) == 2.3065)
        #expect(abs(model.initialDifficulty(.again) - 6.4133) < 1e-12)
        #expect(abs(model.retrievability(elapsedDays: 10, stability: 10) - 0.9) < 1e-12)
        #expect(model.interval(stability: 10, desiredRetention: 0.9, maximumInterval: 36500) == 10)
        #expect(model.interval(stability: 1e6, desiredRetention: 0.9, maximumInterval: 365) == 365)
        #expect(model.interval(stability: 0.01, desiredRetention: 0.9, maximumInterval: 365) == 1)
        #expect(model.shortTermStability(5, rating: .good) >= 5)
        #expect(model.shortTermStability(5, rating: .again) < 5)
    }

    @Test func learningStepsThenReview() {
        let scheduler = FSRSScheduler(fuzz: false)
        let start = time("2024-01-01T00:00:00Z")
        let first = scheduler.review(.new(due: start), rating: .good, at: start)
        #expect(first.phase == .learning && first.step == 1)
        #expect(first.due == start.addingTimeInterval(600))
        let hard = scheduler.review(.new(due: start), rating: .hard, at: start)
        #expect(hard.due == start.addingTimeInterval(330))
        let second = scheduler.review(first, rating: .good, at: first.due)
        #expect(second.phase == .review && second.step == nil)
        let lapse = scheduler.review(second, rating: .again, at: second.due)
        #expect(lapse.phase == .relearning && lapse.lapses == 1)
        #expect(lapse.due == second.due.addingTimeInterval(600))
    }

    @Test func fuzzIsSeededAndStaysInRange() {
        let scheduler = FSRSScheduler(fuzz: true)
        var a = SeededGenerator(seed: 7)
        var b = SeededGenerator(seed: 7)
        let values = (0..<50).map { _ in scheduler.fuzzed(days: 30, using: &a) }
        #expect(values == (0..<50).map { _ in scheduler.fuzzed(days: 30, using: &b) })
        // py-fsrs draws from [27, 34) and rounds, so 34 can come up too.
        #expect(values.allSatisfy { (27...34).contains(Int($0)) })
        #expect(Set(values).count > 3)
        #expect(scheduler.fuzzed(days: 2, using: &a) == 2)
    }

    @Test(.enabled(if: sharedFolder != nil, "needs ../shared/fsrs"))
    func agreesWithThePyFSRSVectors() throws {
        let url = sharedFolder!.appendingPathComponent("fsrs/vectors.json")
        let reference = try FSRSVectorFile(data: try Data(contentsOf: url), file: url.path)
        let replayed = try reference.replayed()
        var compared = 0
        for (want, got) in zip(reference.cases, replayed.cases) {
            for (w, g) in zip(want.reviews, got.reviews) {
                let expected = try #require(w.cardAfter)
                let actual = try #require(g.cardAfter)
                #expect(actual.state == expected.state && actual.step == expected.step, "\(want.id)")
                #expect(actual.due == expected.due, "\(want.id)")
                #expect(
                    abs(actual.stability! - expected.stability!) <= 1e-9 * expected.stability!, "\(want.id)")
                #expect(
                    abs(actual.difficulty! - expected.difficulty!) <= 1e-9 * expected.difficulty!,
                    "\(want.id)")
                #expect(abs(g.retrievabilityBefore! - w.retrievabilityBefore!) <= 1e-12, "\(want.id)")
                compared += 1
            }
        }
        #expect(compared == 4827)
        for (want, got) in zip(reference.unit ?? [], replayed.unit ?? []) {
            switch (want.out, got.out) {
            case (.integer(let a), .integer(let b)): #expect(a == b)
            case (.number(let a), .number(let b)): #expect(abs(a - b) <= 1e-12 * max(abs(a), 1))
            case (.integer(let a), .number(let b)): #expect(abs(Double(a) - b) <= 1e-12 * max(Double(a), 1))
            default:
                Issue.record(
                    "unit \(want.fn): \(String(describing: want.out)) vs \(String(describing: got.out))")
            }
        }
    }

    @Test func parameterBoundsAreChecked() {
        #expect(throws: FSRSParameterError.wrongCount(3)) { try FSRSParameters(weights: [1, 2, 3]) }
        var weights = FSRSParameters.defaults.weights
        weights[20] = 0.05
        #expect(throws: FSRSParameterError.outOfBounds(index: 20, value: 0.05, bounds: 0.1...0.8)) {
            try FSRSParameters(weights: weights)
        }
    }
}
