import Foundation

/// Fits FSRS-6's 21 weights to a student's review histories, the way fsrs-rs (Anki's optimizer)
/// does: initial stabilities fitted first from each card's first rating and first later review,
/// then every weight by Adam on the log loss through whole histories, with a cosine learning rate,
/// the weights clipped to FSRS's bounds after each step, and an L2 pull toward the starting weights
/// scaled by how much each weight varies across users. The best weights of the epochs are kept.
public struct FSRSOptimizer: Sendable {
    public var epochs = 5
    /// Training items (reviews predicted) per Adam step.
    public var batchSize = 512
    public var learningRate = 4e-2
    /// The strength of the pull toward the starting weights.
    public var regularization = 1.0
    /// Fewer reviews on later days than this and the defaults are kept (Anki asks for about 400).
    public var minimumReviews = 400
    public var seed: UInt64 = 2023

    /// How much each weight varies between users (fsrs-rs), which scales the pull toward the start.
    static let weightSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03,
        0.31,
        0.32, 0.14, 0.27,
    ]

    public init() {}

    /// How well weights predict a set of histories.
    public struct Evaluation: Sendable, Hashable, Codable {
        /// The mean log loss of the predicted recall of each review on a later day.
        public var logLoss: Double
        /// The root mean square gap between predicted and actual recall over 20 bins of prediction.
        public var rmseBins: Double
        public var reviews: Int
    }

    /// Why weights could not be fitted.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case tooFewReviews(found: Int, needed: Int)

        public var description: String {
            switch self {
            case .tooFewReviews(let found, let needed):
                "\(found) reviews on a later day than the card's previous one; fitting needs at least \(needed) "
                    + "(same-day reviews and first reviews do not count)"
            }
        }
    }

    /// Both sets of weights scored on the same reviews, and the ones to use.
    public struct Outcome: Sendable {
        public var defaults: Evaluation
        /// Nil when there were too few reviews to fit.
        public var fitted: Evaluation?
        /// The fitted weights when they predict the reviews better, else the defaults.
        public var parameters: FSRSParameters
        public var keptFitted: Bool { fitted != nil && parameters != .defaults }
        /// Why the defaults were kept, when they were.
        public var reason: String?
    }

    /// Fits the weights and keeps them only if they predict the reviews better than the defaults.
    public func optimize(_ histories: [ReviewHistory]) -> Outcome {
        let defaults = Self.evaluate(.defaults, on: histories)
        let fitted: FSRSParameters
        do {
            fitted = try fit(histories)
        } catch {
            return Outcome(defaults: defaults, fitted: nil, parameters: .defaults, reason: error.description)
        }
        let evaluation = Self.evaluate(fitted, on: histories)
        guard evaluation.logLoss < defaults.logLoss else {
            return Outcome(
                defaults: defaults, fitted: evaluation, parameters: .defaults,
                reason: "the fitted weights predict these reviews no better than the defaults")
        }
        return Outcome(defaults: defaults, fitted: evaluation, parameters: fitted, reason: nil)
    }

    /// The fitted weights.
    public func fit(_ histories: [ReviewHistory]) throws(Failure) -> FSRSParameters {
        let labels = histories.reduce(0) { $0 + $1.labelCount }
        guard labels >= minimumReviews else { throw .tooFewReviews(found: labels, needed: minimumReviews) }
        let start = pretrained(histories)
        var weights = start
        let training = histories.filter { $0.labelCount > 0 }
        let stepsPerEpoch = max(1, Int((Double(labels) / Double(batchSize)).rounded(.up)))
        let totalSteps = stepsPerEpoch * epochs
        var adam = Adam(count: 21)
        var generator = SeededGenerator(seed: seed)
        var order = Array(training.indices)
        var best = (loss: Double.infinity, weights: start)
        var step = 0
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            var batchCount = 0
            func update(_ batchGradient: [Double]) {
                let fraction = Double(batchCount) / Double(labels)
                var gradient = batchGradient
                for index in 0..<21 {
                    let pull =
                        2 * regularization * (weights[index] - start[index])
                        / pow(Self.weightSpread[index], 2)
                    gradient[index] += pull * fraction
                }
                let rate =
                    learningRate * 0.5
                    * (1 + cos(Double.pi * Double(min(step, totalSteps)) / Double(totalSteps)))
                weights = adam.step(weights, gradient: gradient, learningRate: rate)
                for index in 0..<21 {
                    let bounds = FSRSParameters.bounds[index]
                    weights[index] = min(max(weights[index], bounds.lowerBound), bounds.upperBound)
                }
                step += 1
                batchCount = 0
            }
            var batch = BatchGradient(weights: weights)
            for index in order {
                batchCount += batch.add(training[index])
                if batchCount >= batchSize {
                    update(batch.gradient())
                    batch = BatchGradient(weights: weights)
                }
            }
            if batchCount > 0 { update(batch.gradient()) }
            let loss = Self.evaluate(FSRSParameters(uncheckedWeights: weights), on: training).logLoss
            if loss < best.loss { best = (loss, weights) }
        }
        return FSRSParameters(uncheckedWeights: Self.orderedInitialStabilities(best.weights))
    }

    /// The default weights with the four initial stabilities fitted to each first rating: the
    /// stability that best predicts recall at the first review on a later day.
    func pretrained(_ histories: [ReviewHistory]) -> [Double] {
        var weights = FSRSParameters.defaults.weights
        var points: [Rating: [(days: Double, recalled: Bool)]] = [:]
        for history in histories {
            // The first review on a later day, whatever same-day reviews came between.
            guard let first = history.steps.first,
                let label = history.steps.dropFirst().first(where: { $0.elapsedDays > 0 })
            else { continue }
            points[first.rating, default: []].append((Double(label.elapsedDays), label.rating != .again))
        }
        let model = FSRS()
        for rating in Rating.allCases {
            guard let data = points[rating], data.count >= 10 else { continue }
            let prior = weights[rating.rawValue - 1]
            // Log loss over the data plus a pull toward the default, as strong as a few reviews.
            func cost(_ logStability: Double) -> Double {
                let stability = exp(logStability)
                var total = 0.0
                for point in data {
                    let recall = min(
                        max(model.retrievability(elapsedDays: point.days, stability: stability), 1e-7),
                        1 - 1e-7)
                    total -= point.recalled ? log(recall) : log(1 - recall)
                }
                return total + 2 * pow(logStability - log(prior), 2)
            }
            weights[rating.rawValue - 1] = exp(Self.goldenSection(cost, in: log(0.01)...log(100)))
        }
        return Self.orderedInitialStabilities(weights)
    }

    /// Again ≤ Hard ≤ Good ≤ Easy for the initial stabilities, as fsrs-rs smooths them.
    static func orderedInitialStabilities(_ weights: [Double]) -> [Double] {
        var weights = weights
        for index in 1..<4 where weights[index] < weights[index - 1] { weights[index] = weights[index - 1] }
        return weights
    }

    static func goldenSection(_ cost: (Double) -> Double, in range: ClosedRange<Double>) -> Double {
        let ratio = (sqrt(5) - 1) / 2
        var (low, high) = (range.lowerBound, range.upperBound)
        for _ in 0..<80 {
            let a = high - ratio * (high - low)
            let b = low + ratio * (high - low)
            if cost(a) < cost(b) { high = b } else { low = a }
        }
        return (low + high) / 2
    }

    /// Log loss and RMSE (bins) of weights on histories.
    public static func evaluate(_ parameters: FSRSParameters, on histories: [ReviewHistory]) -> Evaluation {
        let model = FSRS(parameters: parameters)
        var loss = 0.0
        var count = 0
        var bins = [(predicted: Double, actual: Double, count: Double)](repeating: (0, 0, 0), count: 20)
        for history in histories {
            model.predictions(of: history) { recall, recalled in
                loss = loss + FSRS.logLoss(recall: recall, recalled: recalled)
                count += 1
                let bin = min(Int(recall * 20), 19)
                bins[bin].predicted += recall
                bins[bin].actual += recalled ? 1 : 0
                bins[bin].count += 1
            }
        }
        let squared = bins.reduce(0.0) { total, bin in
            bin.count == 0 ? total : total + bin.count * pow((bin.predicted - bin.actual) / bin.count, 2)
        }
        let total = Double(max(count, 1))
        return Evaluation(logLoss: loss / total, rmseBins: sqrt(squared / total), reviews: count)
    }
}

/// Adam (Kingma and Ba), with PyTorch's defaults and fsrs-rs's epsilon.
struct Adam {
    var first: [Double]
    var second: [Double]
    var steps = 0
    let beta1 = 0.9
    let beta2 = 0.999
    let epsilon = 1e-8

    init(count: Int) {
        first = Array(repeating: 0, count: count)
        second = Array(repeating: 0, count: count)
    }

    mutating func step(_ weights: [Double], gradient: [Double], learningRate: Double) -> [Double] {
        steps += 1
        var weights = weights
        for index in weights.indices {
            first[index] = beta1 * first[index] + (1 - beta1) * gradient[index]
            second[index] = beta2 * second[index] + (1 - beta2) * gradient[index] * gradient[index]
            let corrected = first[index] / (1 - pow(beta1, Double(steps)))
            let scale = second[index] / (1 - pow(beta2, Double(steps)))
            weights[index] -= learningRate * corrected / (sqrt(scale) + epsilon)
        }
        return weights
    }
}
