import Foundation
import Testing

@testable import RecallModel

@Suite struct FSRSOptimizerTests {
    /// Known weights, in bounds and clearly unlike the defaults (the shared optimizer reference's).
    static let trueWeights = try! FSRSParameters(weights: [
        0.5, 2.0, 4.0, 15.0, 6.0, 0.9, 2.5, 0.01, 1.6, 0.15, 0.9, 1.7, 0.08, 0.3, 1.8, 0.4, 2.2, 0.6, 0.2,
        0.1, 0.4,
    ])

    func simulated(cards: Int, seed: UInt64) -> [ReviewHistory] {
        var generator = SeededGenerator(seed: seed)
        return ReviewSimulator(parameters: Self.trueWeights, maximumReviews: 12).histories(
            cards: cards, using: &generator)
    }

    /// The gradient the optimizer takes from the model's formulas on a tape agrees with the one
    /// derived by hand to rounding, at the true weights, the defaults, and weights at their bounds
    /// where clamps bite.
    @Test func tapeGradientAgreesWithTheHandDerivedOne() {
        let histories = simulated(cards: 300, seed: 8)
        var atBounds = Self.trueWeights.weights
        atBounds[7] = 0.75
        atBounds[19] = 0.8
        atBounds[0] = 0.001
        for weights in [Self.trueWeights.weights, FSRSParameters.defaults.weights, atBounds] {
            let analytic = LossGradient(weights: weights)
            for history in histories {
                var batch = BatchGradient(weights: weights)
                let automaticCount = batch.add(history)
                let automaticLoss = batch.loss
                let automatic = batch.gradient()
                var gradient = [Double](repeating: 0, count: 21)
                let (loss, count) = analytic.accumulate(history, gradient: &gradient)
                #expect(count == automaticCount)
                #expect(abs(loss - automaticLoss) <= 1e-9 * max(1, abs(loss)))
                for index in 0..<21 {
                    let expected = automatic[index]
                    #expect(
                        abs(gradient[index] - expected) <= 1e-7 * max(1, abs(expected)),
                        "w\(index): \(gradient[index]) vs \(expected) for \(history.steps)")
                }
            }
        }
    }

    /// The model on the tape computes the same loss as the evaluation on plain numbers, and its
    /// derivatives agree with finite differences for every weight.
    @Test func gradientsAgreeWithFiniteDifferences() {
        let histories = simulated(cards: 40, seed: 3)
        let weights = Self.trueWeights.weights
        func loss(_ weights: [Double]) -> Double {
            let model = FSRS(weights: weights)
            return histories.reduce(0) { $0 + model.logLoss($1).loss }
        }
        var batch = BatchGradient(weights: weights)
        let count = histories.reduce(0) { $0 + batch.add($1) }
        let total = batch.loss
        let gradient = batch.gradient()
        let evaluation = FSRSOptimizer.evaluate(Self.trueWeights, on: histories)
        #expect(evaluation.reviews == count)
        #expect(abs(total / Double(count) - evaluation.logLoss) < 1e-9)
        for index in 0..<21 {
            let step = 1e-6 * max(1, abs(weights[index]))
            var up = weights
            var down = weights
            up[index] += step
            down[index] -= step
            let numeric = (loss(up) - loss(down)) / (2 * step)
            let analytic = gradient[index]
            #expect(
                abs(numeric - analytic) <= 1e-4 * max(1, abs(numeric)), "w\(index): \(numeric) vs \(analytic)"
            )
        }
    }

    /// A batch's gradient is the sum of its histories' gradients, though the weights' own terms
    /// are carried back once for the batch.
    @Test func aBatchGradientIsTheSumOfItsHistories() {
        let histories = simulated(cards: 50, seed: 6)
        let weights = Self.trueWeights.weights
        var batch = BatchGradient(weights: weights)
        var sum = [Double](repeating: 0, count: 21)
        var loss = 0.0
        for history in histories {
            _ = batch.add(history)
            var single = BatchGradient(weights: weights)
            _ = single.add(history)
            loss += single.loss
            for (index, derivative) in single.gradient().enumerated() { sum[index] += derivative }
        }
        #expect(abs(batch.loss - loss) <= 1e-9 * loss)
        let gradient = batch.gradient()
        for index in 0..<21 {
            #expect(abs(gradient[index] - sum[index]) <= 1e-9 * max(1, abs(sum[index])), "w\(index)")
        }
        #expect(gradient.contains { $0 != 0 })
    }

    /// Fitted on a large simulated log, the weights predict held-out cards as well as the true ones,
    /// and better than the defaults.
    @Test func recoversKnownWeights() throws {
        let training = simulated(cards: 3000, seed: 1)
        let heldOut = simulated(cards: 1500, seed: 2)
        let fitted = try FSRSOptimizer().fit(training)
        let fit = FSRSOptimizer.evaluate(fitted, on: heldOut)
        let truth = FSRSOptimizer.evaluate(Self.trueWeights, on: heldOut)
        let defaults = FSRSOptimizer.evaluate(.defaults, on: heldOut)
        #expect(fit.logLoss <= truth.logLoss * 1.01, "fitted \(fit.logLoss), true \(truth.logLoss)")
        #expect(fit.logLoss < defaults.logLoss, "fitted \(fit.logLoss), defaults \(defaults.logLoss)")
        #expect(abs(fitted[20] - 0.4) < abs(FSRSParameters.defaults[20] - 0.4), "the decay moves toward 0.4")
        for index in 0..<21 { #expect(FSRSParameters.bounds[index].contains(fitted[index])) }
    }

    @Test func theSameSeedGivesTheSameWeights() throws {
        let histories = simulated(cards: 600, seed: 5)
        #expect(try FSRSOptimizer().fit(histories) == FSRSOptimizer().fit(histories))
        var other = FSRSOptimizer()
        other.seed = 99
        #expect(try other.fit(histories) != FSRSOptimizer().fit(histories))
    }

    @Test func tooFewOrOnlySameDayReviewsKeepTheDefaults() {
        let small = simulated(cards: 20, seed: 4)
        #expect(throws: FSRSOptimizer.Failure.self) { try FSRSOptimizer().fit(small) }
        let sameDay = (0..<500).map { _ in
            ReviewHistory([.init(rating: .again, elapsedDays: 0), .init(rating: .good, elapsedDays: 0)])
        }
        do {
            _ = try FSRSOptimizer().fit(sameDay)
            Issue.record("same-day reviews were fitted")
        } catch {
            #expect(error == .tooFewReviews(found: 0, needed: 400))
            #expect(error.description.hasPrefix("0 reviews on a later day"))
        }
    }

    @Test func historiesFromALog() {
        let start = time("2026-01-01T09:00:00Z")
        let log: [(card: String, time: Date, rating: Rating)] = [
            ("b", start.addingTimeInterval(3 * 86_400), .good), ("a", start, .again),
            ("a", start.addingTimeInterval(600), .good),
            ("a", start.addingTimeInterval(2 * 86_400 + 700), .good),
            ("b", start, .good), ("c", start, .easy),
        ]
        let histories = ReviewHistory.histories(from: log)
        #expect(
            histories == [
                ReviewHistory([
                    .init(rating: .again, elapsedDays: 0), .init(rating: .good, elapsedDays: 0),
                    .init(rating: .good, elapsedDays: 2),
                ]),
                ReviewHistory([.init(rating: .good, elapsedDays: 0), .init(rating: .good, elapsedDays: 3)]),
            ])
        #expect(histories.map(\.labelCount) == [1, 1])
    }
}
