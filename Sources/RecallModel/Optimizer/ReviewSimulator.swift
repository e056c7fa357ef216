import Foundation

/// Review histories of a simulated student whose memory follows known FSRS weights: for testing
/// that fitting finds them again, and for comparing optimizers on the same data.
///
/// Each card starts with a first rating (Again 25 %, Hard 15 %, Good 50 %, Easy 10 %); each later
/// review comes after the true 90 % interval times a random factor from 0.3 to 2.5, so that recall
/// varies, and an Again is usually followed by a review the same day. A review is recalled with
/// the true chance of recall, and then graded Hard, Good or Easy (15/75/10 %).
public struct ReviewSimulator: Sendable {
    public var parameters: FSRSParameters
    public var maximumReviews: Int

    public init(parameters: FSRSParameters, maximumReviews: Int = 20) {
        self.parameters = parameters
        self.maximumReviews = maximumReviews
    }

    public func histories<Generator: RandomNumberGenerator>(cards: Int, using generator: inout Generator)
        -> [ReviewHistory]
    {
        let model = FSRS(parameters: parameters)
        func pick(_ weights: [Double]) -> Int {
            var roll = Double.random(in: 0..<1, using: &generator)
            for (index, weight) in weights.enumerated() {
                roll -= weight
                if roll < 0 { return index }
            }
            return weights.count - 1
        }
        return (0..<cards).map { _ in
            let first = Rating(rawValue: pick([0.25, 0.15, 0.5, 0.1]) + 1)!
            var steps = [ReviewHistory.Step(rating: first, elapsedDays: 0)]
            var memory = model.nextMemory(nil, elapsedDays: nil, rating: first)
            let length = Int.random(in: 2...max(2, maximumReviews), using: &generator)
            while steps.count < length {
                let days: Int
                if steps.last!.rating == .again && Double.random(in: 0..<1, using: &generator) < 0.8 {
                    days = 0
                } else {
                    let factor = Double.random(in: 0.3...2.5, using: &generator)
                    days = min(max(1, Int((memory.stability * factor).rounded())), 36500)
                }
                let recall =
                    days == 0
                    ? 1 : model.retrievability(elapsedDays: Double(days), stability: memory.stability)
                let rating: Rating =
                    Double.random(in: 0..<1, using: &generator) < recall
                    ? Rating(rawValue: pick([0.15, 0.75, 0.10]) + 2)! : .again
                steps.append(ReviewHistory.Step(rating: rating, elapsedDays: days))
                memory = model.nextMemory(memory, elapsedDays: days, rating: rating)
            }
            return ReviewHistory(steps)
        }
    }
}
