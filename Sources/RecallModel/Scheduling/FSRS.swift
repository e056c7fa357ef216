import Foundation

/// The FSRS-6 memory model as plain math on values: stability S (days until recall falls to 90 %),
/// difficulty D (1…10) and retrievability R (the chance of recall now).
///
/// It knows nothing of steps, queues or clocks; `FSRSScheduler` builds the card states on it.
/// The formulas follow py-fsrs 6.3.2 exactly, so that its test vectors agree to the last bits.
/// They are written once, over any `FSRSNumber`: the scheduler and the simulators run them on
/// `Double` (`FSRS`), the optimizer on `TapeNumber` to get the loss's gradient by the weights.
public struct FSRSModel<Number: FSRSNumber> {
    /// The 21 weights, w0…w20.
    public let weights: [Number]
    /// The forgetting curve's decay, `-w20`.
    public let decay: Number
    /// Chosen so that R(S, S) = 0.9 whatever the decay.
    public let factor: Number
    /// Terms that depend on the weights alone, computed once here rather than on every review
    /// (they were two of a review's six calls to `exp` and `pow`, and four more operations the
    /// optimizer's gradient records per review): `exp(w8)`, D0(Easy) before clamping,
    /// `exp(w17·w18)`, `−w6`, `w7·D0(Easy)`, `1 − w7`, `−w9`, `−w12` and `−w19`. The same
    /// operations on the same values, so the same bits.
    let growthScale: Number
    let easyDifficulty: Number
    let sameDayLapseDivisor: Number
    let difficultyStep: Number
    let revertedShare: Number
    let dampedShare: Number
    let recallStabilityExponent: Number
    let lapseDifficultyExponent: Number
    let sameDayStabilityExponent: Number

    public static var minimumStability: Double { 0.001 }

    public init(weights: [Number]) {
        self.weights = weights
        decay = -weights[20]
        factor = Number.pow(Number(0.9), 1 / decay) - 1
        growthScale = Number.exp(weights[8])
        easyDifficulty = Self.unclampedInitialDifficulty(.easy, weights: weights)
        sameDayLapseDivisor = Number.exp(weights[17] * weights[18])
        difficultyStep = -weights[6]
        revertedShare = weights[7] * easyDifficulty
        dampedShare = 1 - weights[7]
        recallStabilityExponent = -weights[9]
        lapseDifficultyExponent = -weights[12]
        sameDayStabilityExponent = -weights[19]
    }

    /// The chance of recall after `elapsedDays` whole days at stability `stability`.
    public func retrievability(elapsedDays: Double, stability: Number) -> Number {
        Number.pow(1 + factor * elapsedDays / stability, decay)
    }

    public func initialStability(_ rating: Rating) -> Number {
        weights[rating.rawValue - 1].atLeast(Self.minimumStability)
    }

    /// The first difficulty for a rating; clamped when it is given to a card, not in mean reversion.
    public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Number {
        let difficulty = Self.unclampedInitialDifficulty(rating, weights: weights)
        return clamped ? Self.clampDifficulty(difficulty) : difficulty
    }

    static func unclampedInitialDifficulty(_ rating: Rating, weights: [Number]) -> Number {
        weights[4] - Number.exp(weights[5] * Double(rating.rawValue - 1)) + 1
    }

    /// Difficulty after a review: a step by rating, damped near 10, reverted slightly toward D0(Easy).
    public func nextDifficulty(_ difficulty: Number, rating: Rating) -> Number {
        let delta = difficultyStep * Double(rating.rawValue - 3)
        let damped = difficulty + delta * (10 - difficulty) / 9
        let reverted = revertedShare + dampedShare * damped
        return Self.clampDifficulty(reverted)
    }

    /// Stability after a successful review on a later day (Hard, Good or Easy).
    public func recallStability(difficulty: Number, stability: Number, retrievability: Number, rating: Rating)
        -> Number
    {
        var growth =
            growthScale * (11 - difficulty) * Number.pow(stability, recallStabilityExponent)
            * (Number.exp((1 - retrievability) * weights[10]) - 1)
        // The hard penalty and the easy bonus, as factors of 1 on the other ratings (a product by
        // 1 changes no bit, and is skipped so that the gradient's tape records nothing for it).
        if rating == .hard { growth = growth * weights[15] }
        if rating == .easy { growth = growth * weights[16] }
        return (stability * (1 + growth)).atLeast(Self.minimumStability)
    }

    /// Stability after a lapse on a later day, never above what a same-day lapse would leave.
    public func forgetStability(difficulty: Number, stability: Number, retrievability: Number) -> Number {
        let longTerm =
            weights[11] * Number.pow(difficulty, lapseDifficultyExponent)
            * (Number.pow(stability + 1, weights[13]) - 1)
            * Number.exp((1 - retrievability) * weights[14])
        let shortTermCap = stability / sameDayLapseDivisor
        return Number.smaller(longTerm, shortTermCap).atLeast(Self.minimumStability)
    }

    /// Stability after a review on the same day; only Again can lower it.
    public func shortTermStability(_ stability: Number, rating: Rating) -> Number {
        var increase =
            Number.exp(weights[17] * (Double(rating.rawValue) - 3 + weights[18]))
            * Number.pow(stability, sameDayStabilityExponent)
        if rating != .again { increase = increase.atLeast(1) }
        return (stability * increase).atLeast(Self.minimumStability)
    }

    /// Stability and difficulty after a review, from those before (nil for the first review) and
    /// the whole days since the last one.
    public func next(
        _ memory: (stability: Number, difficulty: Number)?, elapsedDays: Int?, rating: Rating
    ) -> (stability: Number, difficulty: Number) {
        guard let memory else { return (initialStability(rating), initialDifficulty(rating)) }
        let stability: Number
        if let elapsedDays, elapsedDays < 1 {
            stability = shortTermStability(memory.stability, rating: rating)
        } else {
            let recall = retrievability(
                elapsedDays: Double(max(elapsedDays ?? 0, 0)), stability: memory.stability)
            stability =
                rating == .again
                ? forgetStability(
                    difficulty: memory.difficulty, stability: memory.stability, retrievability: recall)
                : recallStability(
                    difficulty: memory.difficulty, stability: memory.stability, retrievability: recall,
                    rating: rating)
        }
        return (stability, nextDifficulty(memory.difficulty, rating: rating))
    }

    static func clampDifficulty(_ difficulty: Number) -> Number { difficulty.clamped(to: 1...10) }
}

/// The model on plain numbers, as the scheduler, the simulators and the evaluation use it.
public typealias FSRS = FSRSModel<Double>

extension FSRSModel: Sendable where Number: Sendable {}
extension FSRSModel: Equatable where Number == Double {}
extension FSRSModel: Hashable where Number == Double {}

extension FSRSModel where Number == Double {
    public init(parameters: FSRSParameters = .defaults) {
        self.init(weights: parameters.weights)
    }

    public var parameters: FSRSParameters { FSRSParameters(uncheckedWeights: weights) }

    /// The interval in whole days at which recall falls to `desiredRetention`, at least one day.
    public func interval(stability: Double, desiredRetention: Double, maximumInterval: Int) -> Int {
        let days = stability / factor * (pow(desiredRetention, 1 / decay) - 1)
        let rounded = Int(days.rounded(.toNearestOrEven))
        return min(max(rounded, 1), maximumInterval)
    }

    /// The memory state after a review, from the state before and the whole days since the last one.
    public func nextMemory(_ memory: MemoryState?, elapsedDays: Int?, rating: Rating) -> MemoryState {
        let next = next(
            memory.map { ($0.stability, $0.difficulty) }, elapsedDays: elapsedDays, rating: rating)
        return MemoryState(stability: next.stability, difficulty: next.difficulty)
    }
}

/// What FSRS knows of a card's memory.
public struct MemoryState: Codable, Sendable, Hashable {
    /// Days until the chance of recall falls to 90 %.
    public var stability: Double
    /// How hard the card is to remember, from 1 to 10.
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
