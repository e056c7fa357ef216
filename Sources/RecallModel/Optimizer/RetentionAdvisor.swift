import Foundation

/// Suggests the desired retention that costs the least study time per fact remembered, by
/// simulating a year of a student's reviews at each retention (Anki's "compute minimum recommended
/// retention"): a lower target means fewer reviews but more forgetting, and relearning costs time.
public struct RetentionAdvisor: Sendable {
    public var parameters: FSRSParameters
    /// Seconds for a review that is recalled and for one that is forgotten (with its relearning).
    public var recallSeconds: Double
    public var forgetSeconds: Double
    public var cards = 1000
    public var days = 365
    public var seed: UInt64 = 7

    public init(parameters: FSRSParameters, recallSeconds: Double = 8, forgetSeconds: Double = 30) {
        self.parameters = parameters
        self.recallSeconds = recallSeconds
        self.forgetSeconds = forgetSeconds
    }

    /// Costs from a student's own answer times: the mean of recalled answers, and three times the
    /// mean of forgotten ones (the answer, the relearning steps after it); defaults where none.
    public init(parameters: FSRSParameters, answerTimes: [(recalled: Bool, milliseconds: Int)]) {
        self.init(parameters: parameters)
        func meanSeconds(_ recalled: Bool) -> Double? {
            let times = answerTimes.filter { $0.recalled == recalled }.map { Double($0.milliseconds) / 1000 }
            return times.isEmpty ? nil : times.reduce(0, +) / Double(times.count)
        }
        recallSeconds = meanSeconds(true) ?? recallSeconds
        forgetSeconds = meanSeconds(false).map { 3 * $0 } ?? forgetSeconds
    }

    public struct Outcome: Sendable, Hashable {
        public var desiredRetention: Double
        /// Study time divided by the facts remembered at the end of the year.
        public var secondsPerFactRemembered: Double
        public var reviews: Int
    }

    /// Every retention from 0.70 to 0.97 and what it costs; the best is the one with the least time per fact.
    public func outcomes() -> [Outcome] {
        stride(from: 70, through: 97, by: 1).map { simulate(Double($0) / 100) }
    }

    public func best() -> Outcome {
        outcomes().min { $0.secondsPerFactRemembered < $1.secondsPerFactRemembered }!
    }

    func simulate(_ retention: Double) -> Outcome {
        let model = FSRS(parameters: parameters)
        var generator = SeededGenerator(seed: seed)
        var seconds = 0.0
        var reviews = 0
        var remembered = 0.0
        for index in 0..<cards {
            // New cards arrive evenly over the year; each is learned with Good on its first day.
            var day = index * days / cards
            var memory = model.nextMemory(nil, elapsedDays: nil, rating: .good)
            seconds += recallSeconds
            while true {
                let interval = model.interval(
                    stability: memory.stability, desiredRetention: retention, maximumInterval: 36500)
                guard day + interval < days else {
                    remembered += model.retrievability(
                        elapsedDays: Double(days - day), stability: memory.stability)
                    break
                }
                day += interval
                reviews += 1
                let recall = model.retrievability(elapsedDays: Double(interval), stability: memory.stability)
                let recalled = Double.random(in: 0..<1, using: &generator) < recall
                seconds += recalled ? recallSeconds : forgetSeconds
                memory = model.nextMemory(memory, elapsedDays: interval, rating: recalled ? .good : .again)
            }
        }
        return Outcome(
            desiredRetention: retention, secondsPerFactRemembered: seconds / max(remembered, 1),
            reviews: reviews)
    }
}
