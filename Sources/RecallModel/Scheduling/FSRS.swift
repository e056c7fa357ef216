import Foundation

/// The FSRS-6 memory model as plain math on values: stability S (days until recall falls to 90 %),
/// difficulty D (1…10) and retrievability R (the chance of recall now).
///
/// It knows nothing of steps, queues or clocks; `FSRSScheduler` builds the card states on it.
/// The formulas follow py-fsrs 6.3.2 exactly, so that its test vectors agree to the last bits.
public struct FSRS: Sendable, Hashable {
    public var parameters: FSRSParameters
    /// The forgetting curve's decay, `-w20`.
    public let decay: Double
    /// Chosen so that R(S, S) = 0.9 whatever the decay.
    public let factor: Double

    public static let minimumStability = 0.001

    public init(parameters: FSRSParameters = .defaults) {
        self.parameters = parameters
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
    }

    /// The chance of recall after `elapsedDays` whole days at stability `stability`.
    public func retrievability(elapsedDays: Double, stability: Double) -> Double {
        pow(1 + factor * elapsedDays / stability, decay)
    }

    /// The interval in whole days at which recall falls to `desiredRetention`, at least one day.
    public func interval(stability: Double, desiredRetention: Double, maximumInterval: Int) -> Int {
        let days = stability / factor * (pow(desiredRetention, 1 / decay) - 1)
        let rounded = Int(days.rounded(.toNearestOrEven))
        return min(max(rounded, 1), maximumInterval)
    }

    public func initialStability(_ rating: Rating) -> Double {
        max(parameters[rating.rawValue - 1], Self.minimumStability)
    }

    /// The first difficulty for a rating; clamped when it is given to a card, not in mean reversion.
    public func initialDifficulty(_ rating: Rating, clamped: Bool = true) -> Double {
        let difficulty = parameters[4] - exp(parameters[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? Self.clampDifficulty(difficulty) : difficulty
    }

    /// Difficulty after a review: a step by rating, damped near 10, reverted slightly toward D0(Easy).
    public func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -parameters[6] * Double(rating.rawValue - 3)
        let damped = difficulty + delta * (10 - difficulty) / 9
        let reverted = parameters[7] * initialDifficulty(.easy, clamped: false) + (1 - parameters[7]) * damped
        return Self.clampDifficulty(reverted)
    }

    /// Stability after a successful review on a later day (Hard, Good or Easy).
    public func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating)
        -> Double
    {
        let hardPenalty = rating == .hard ? parameters[15] : 1
        let easyBonus = rating == .easy ? parameters[16] : 1
        let growth =
            exp(parameters[8]) * (11 - difficulty) * pow(stability, -parameters[9])
            * (exp((1 - retrievability) * parameters[10]) - 1) * hardPenalty * easyBonus
        return max(stability * (1 + growth), Self.minimumStability)
    }

    /// Stability after a lapse on a later day, never above what a same-day lapse would leave.
    public func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm =
            parameters[11] * pow(difficulty, -parameters[12]) * (pow(stability + 1, parameters[13]) - 1)
            * exp((1 - retrievability) * parameters[14])
        let shortTermCap = stability / exp(parameters[17] * parameters[18])
        return max(min(longTerm, shortTermCap), Self.minimumStability)
    }

    /// Stability after a review on the same day; only Again can lower it.
    public func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase =
            exp(parameters[17] * (Double(rating.rawValue) - 3 + parameters[18]))
            * pow(stability, -parameters[19])
        if rating != .again { increase = max(increase, 1) }
        return max(stability * increase, Self.minimumStability)
    }

    /// The memory state after a review, from the state before and the whole days since the last one.
    public func nextMemory(_ memory: MemoryState?, elapsedDays: Int?, rating: Rating) -> MemoryState {
        guard let memory else {
            return MemoryState(stability: initialStability(rating), difficulty: initialDifficulty(rating))
        }
        let stability: Double
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
        return MemoryState(
            stability: stability, difficulty: nextDifficulty(memory.difficulty, rating: rating))
    }

    static func clampDifficulty(_ difficulty: Double) -> Double { min(max(difficulty, 1), 10) }
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
