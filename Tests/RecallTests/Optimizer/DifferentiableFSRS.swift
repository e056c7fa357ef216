import Foundation

@testable import RecallModel

/// FSRS-6's memory model on `Dual` numbers: the same formulas as `FSRS`, carrying the derivative of
/// every result by each weight (automatic differentiation, to check `LossGradient` against).
struct DifferentiableFSRS {
    let w: [Dual]
    let decay: Dual
    let factor: Dual

    init(weights: [Double]) {
        w = weights.enumerated().map { Dual.variable($0.element, index: $0.offset) }
        decay = -w[20]
        factor = pow(Dual(0.9), 1.0 / decay) - 1.0
    }

    func retrievability(elapsedDays: Double, stability: Dual) -> Dual {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    func clampDifficulty(_ difficulty: Dual) -> Dual { min(max(difficulty, Dual(1)), Dual(10)) }

    func initialDifficulty(_ rating: Rating) -> Dual {
        w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
    }

    func initialState(_ rating: Rating) -> (stability: Dual, difficulty: Dual) {
        (max(w[rating.rawValue - 1], Dual(FSRS.minimumStability)), clampDifficulty(initialDifficulty(rating)))
    }

    func nextDifficulty(_ difficulty: Dual, rating: Rating) -> Dual {
        let delta = -w[6] * Double(rating.rawValue - 3)
        let damped = difficulty + delta * (10 - difficulty) / 9
        return clampDifficulty(w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped)
    }

    func nextStability(_ stability: Dual, difficulty: Dual, elapsedDays: Int, recall: Dual?, rating: Rating)
        -> Dual
    {
        let minimum = Dual(FSRS.minimumStability)
        if elapsedDays < 1 {
            var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(stability, -w[19])
            if rating != .again { increase = max(increase, Dual(1)) }
            return max(stability * increase, minimum)
        }
        let recall = recall!
        if rating == .again {
            let longTerm =
                w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1) * exp((1 - recall) * w[14])
            return max(min(longTerm, stability / exp(w[17] * w[18])), minimum)
        }
        var growth = exp(w[8]) * (11 - difficulty) * pow(stability, -w[9]) * (exp((1 - recall) * w[10]) - 1)
        if rating == .hard { growth = growth * w[15] }
        if rating == .easy { growth = growth * w[16] }
        return max(stability * (1 + growth), minimum)
    }

    /// The summed log loss of a history's predictions, with its gradient, and how many there were.
    func loss(_ history: ReviewHistory) -> (loss: Dual, count: Int) {
        guard let first = history.steps.first else { return (Dual(0), 0) }
        var (stability, difficulty) = initialState(first.rating)
        var total = Dual(0)
        var count = 0
        for step in history.steps.dropFirst() {
            var recall: Dual?
            if step.elapsedDays > 0 {
                let predicted = retrievability(elapsedDays: Double(step.elapsedDays), stability: stability)
                let clamped = min(max(predicted, Dual(1e-7)), Dual(1 - 1e-7))
                total = total - (step.rating == .again ? log(1 - clamped) : log(clamped))
                count += 1
                recall = predicted
            }
            stability = nextStability(
                stability, difficulty: difficulty, elapsedDays: step.elapsedDays, recall: recall,
                rating: step.rating)
            difficulty = nextDifficulty(difficulty, rating: step.rating)
        }
        return (total, count)
    }
}
