import Foundation

@testable import RecallModel

/// The log loss of a card's history under FSRS-6 and its gradient by the 21 weights, derived by
/// hand: one pass forward keeps what each review computed, one pass backward carries the
/// derivatives of stability and difficulty from the last review to the first (backpropagation
/// through the history). The optimizer used it before it took its gradient from `FSRSModel` on
/// dual numbers, then on a gradient tape; it stays here as an independent check of both.
///
/// Where the model clamps (stability's floor, difficulty's 1…10, a lapse's cap), the derivative
/// follows the branch taken, as automatic differentiation does.
struct LossGradient {
    let w: [Double]
    let factor: Double
    /// d factor / d w20.
    let factorSlope: Double
    let easyDifficulty: Double

    init(weights: [Double]) {
        w = weights
        factor = pow(0.9, -1 / weights[20]) - 1
        factorSlope = pow(0.9, -1 / weights[20]) * log(0.9) / (weights[20] * weights[20])
        easyDifficulty = weights[4] - exp(3 * weights[5]) + 1
    }

    /// What a review computed, kept for the backward pass.
    private struct Step {
        var rating: Rating
        var days: Double
        var stability: Double
        var difficulty: Double
        var recall: Double
        /// Whether the review's prediction counts in the loss.
        var isLabel: Bool
        var recallPasses: Bool
        var stabilityPasses: Bool
        var lapseBelowCap: Bool
        var shortTermIncreasePasses: Bool
        var difficultyPasses: Bool
    }

    /// Adds the gradient of the history's summed log loss to `gradient`, and returns that loss and
    /// how many predictions it made.
    func accumulate(_ history: ReviewHistory, gradient: inout [Double]) -> (loss: Double, count: Int) {
        guard let first = history.steps.first else { return (0, 0) }
        var loss = 0.0
        let minimum = FSRS.minimumStability
        let r0 = Double(first.rating.rawValue)
        var stability = max(w[first.rating.rawValue - 1], minimum)
        let initialDifficulty = w[4] - exp(w[5] * (r0 - 1)) + 1
        var difficulty = min(max(initialDifficulty, 1), 10)
        var steps: [Step] = []
        steps.reserveCapacity(history.steps.count - 1)
        var count = 0
        for review in history.steps.dropFirst() {
            let rating = Double(review.rating.rawValue)
            var step = Step(
                rating: review.rating, days: Double(review.elapsedDays), stability: stability,
                difficulty: difficulty, recall: 1, isLabel: review.elapsedDays > 0, recallPasses: false,
                stabilityPasses: true, lapseBelowCap: true, shortTermIncreasePasses: true,
                difficultyPasses: true)
            let next: Double
            if step.isLabel {
                let recall = pow(1 + factor * step.days / stability, -w[20])
                step.recall = recall
                step.recallPasses = recall >= 1e-7 && recall <= 1 - 1e-7
                let clamped = min(max(recall, 1e-7), 1 - 1e-7)
                loss -= review.rating == .again ? log(1 - clamped) : log(clamped)
                count += 1
                if review.rating == .again {
                    let longTerm =
                        w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
                        * exp((1 - recall) * w[14])
                    let cap = stability / exp(w[17] * w[18])
                    step.lapseBelowCap = longTerm <= cap
                    next = min(longTerm, cap)
                } else {
                    next = stability * (1 + growth(stability, difficulty, recall, review.rating))
                }
            } else {
                var increase = exp(w[17] * (rating - 3 + w[18])) * pow(stability, -w[19])
                if review.rating != .again && increase < 1 {
                    step.shortTermIncreasePasses = false
                    increase = 1
                }
                next = stability * increase
            }
            step.stabilityPasses = next >= minimum
            stability = max(next, minimum)
            let delta = -w[6] * (rating - 3)
            let damped = difficulty + delta * (10 - difficulty) / 9
            let reverted = w[7] * easyDifficulty + (1 - w[7]) * damped
            step.difficultyPasses = reverted >= 1 && reverted <= 10
            difficulty = min(max(reverted, 1), 10)
            steps.append(step)
        }

        // Backward: the derivatives of the loss by the stability and difficulty after each review.
        var gS = 0.0
        var gD = 0.0
        for step in steps.reversed() {
            let S = step.stability
            let D = step.difficulty
            let rating = Double(step.rating.rawValue)
            // Difficulty: D' = clamp(w7·E + (1 − w7)·(D + δ(10 − D)/9)), δ = −w6(G − 3).
            var gDPrevious = 0.0
            if step.difficultyPasses {
                let delta = -w[6] * (rating - 3)
                let damped = D + delta * (10 - D) / 9
                gradient[7] += gD * (easyDifficulty - damped)
                let gE = gD * w[7]
                gradient[4] += gE
                gradient[5] += gE * -3 * exp(3 * w[5])
                let gDamped = gD * (1 - w[7])
                gDPrevious += gDamped * (1 - delta / 9)
                gradient[6] += gDamped * (10 - D) / 9 * -(rating - 3)
            }
            var gSPrevious = 0.0
            let gNext = step.stabilityPasses ? gS : 0
            var gR = 0.0
            if step.isLabel {
                if step.rating == .again {
                    if step.lapseBelowCap {
                        let a = pow(D, -w[12])
                        let b = pow(S + 1, w[13]) - 1
                        let c = exp((1 - step.recall) * w[14])
                        gradient[11] += gNext * a * b * c
                        let ga = gNext * w[11] * b * c
                        let gb = gNext * w[11] * a * c
                        let gc = gNext * w[11] * a * b
                        gDPrevious += ga * -w[12] * a / D
                        gradient[12] += ga * a * -log(D)
                        gSPrevious += gb * w[13] * pow(S + 1, w[13] - 1)
                        gradient[13] += gb * pow(S + 1, w[13]) * log(S + 1)
                        gR += gc * c * -w[14]
                        gradient[14] += gc * c * (1 - step.recall)
                    } else {
                        let scale = exp(-w[17] * w[18])
                        let cap = S * scale
                        gSPrevious += gNext * scale
                        gradient[17] += gNext * cap * -w[18]
                        gradient[18] += gNext * cap * -w[17]
                    }
                } else {
                    let grow = growth(S, D, step.recall, step.rating)
                    gSPrevious += gNext * (1 + grow)
                    let gG = gNext * S
                    let q = exp((1 - step.recall) * w[10]) - 1
                    let bonus = step.rating == .hard ? w[15] : step.rating == .easy ? w[16] : 1
                    let unscaled = exp(w[8]) * (11 - D) * pow(S, -w[9]) * q
                    gradient[8] += gG * grow
                    gDPrevious += gG * -exp(w[8]) * pow(S, -w[9]) * q * bonus
                    gSPrevious += gG * grow * -w[9] / S
                    gradient[9] += gG * grow * -log(S)
                    let gq = gG * exp(w[8]) * (11 - D) * pow(S, -w[9]) * bonus
                    gR += gq * exp((1 - step.recall) * w[10]) * -w[10]
                    gradient[10] += gq * exp((1 - step.recall) * w[10]) * (1 - step.recall)
                    if step.rating == .hard { gradient[15] += gG * unscaled }
                    if step.rating == .easy { gradient[16] += gG * unscaled }
                }
                if step.recallPasses {
                    gR += step.rating == .again ? 1 / (1 - step.recall) : -1 / step.recall
                }
                // R = u^(−w20), u = 1 + f·t/S.
                let u = 1 + factor * step.days / S
                gSPrevious += gR * w[20] * step.recall / u * factor * step.days / (S * S)
                gradient[20] += gR * step.recall * (-log(u) - w[20] / u * step.days / S * factorSlope)
            } else {
                let e = exp(w[17] * (rating - 3 + w[18]))
                let p = pow(S, -w[19])
                let increase = step.shortTermIncreasePasses ? e * p : 1
                gSPrevious += gNext * increase
                if step.shortTermIncreasePasses {
                    let gIncrease = gNext * S
                    gradient[17] += gIncrease * e * p * (rating - 3 + w[18])
                    gradient[18] += gIncrease * e * p * w[17]
                    gSPrevious += gIncrease * e * -w[19] * p / S
                    gradient[19] += gIncrease * e * p * -log(S)
                }
            }
            gS = gSPrevious
            gD = gDPrevious
        }
        // The first review: S = max(w[G − 1], floor), D = clamp(w4 − e^{w5(G − 1)} + 1).
        if w[first.rating.rawValue - 1] >= minimum { gradient[first.rating.rawValue - 1] += gS }
        if initialDifficulty >= 1 && initialDifficulty <= 10 {
            gradient[4] += gD
            gradient[5] += gD * -exp(w[5] * (r0 - 1)) * (r0 - 1)
        }
        return (loss, count)
    }

    /// A successful review's growth of stability, S' = S·(1 + growth).
    private func growth(_ stability: Double, _ difficulty: Double, _ recall: Double, _ rating: Rating)
        -> Double
    {
        let bonus = rating == .hard ? w[15] : rating == .easy ? w[16] : 1
        return exp(w[8]) * (11 - difficulty) * pow(stability, -w[9]) * (exp((1 - recall) * w[10]) - 1) * bonus
    }
}
