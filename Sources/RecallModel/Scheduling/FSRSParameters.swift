/// The 21 weights of FSRS-6, with the bounds the reference scheduler enforces.
public struct FSRSParameters: Sendable, Hashable, Codable {
    public var weights: [Double]

    /// FSRS-6's defaults, fitted on the srs-benchmark collection.
    public static let defaults = FSRSParameters(uncheckedWeights: [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ])

    /// The allowed range of each weight (py-fsrs's validation bounds).
    public static let bounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6, 0...2,
        0...2, 0...0.8, 0.1...0.8,
    ]

    /// Weights that have already been checked.
    init(uncheckedWeights: [Double]) {
        weights = uncheckedWeights
    }

    /// Checks the count and the bounds of every weight.
    public init(weights: [Double]) throws(FSRSParameterError) {
        guard weights.count == 21 else { throw .wrongCount(weights.count) }
        for (index, weight) in weights.enumerated()
        where !Self.bounds[index].contains(weight) || !weight.isFinite {
            throw .outOfBounds(index: index, value: weight, bounds: Self.bounds[index])
        }
        self.weights = weights
    }

    public init(from decoder: any Decoder) throws {
        let weights = try decoder.singleValueContainer().decode([Double].self)
        do {
            try self.init(weights: weights)
        } catch {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(weights)
    }

    public subscript(index: Int) -> Double { weights[index] }
}

/// Why a set of FSRS weights is refused.
public enum FSRSParameterError: Error, Equatable, CustomStringConvertible {
    case wrongCount(Int)
    case outOfBounds(index: Int, value: Double, bounds: ClosedRange<Double>)

    public var description: String {
        switch self {
        case .wrongCount(let count): "FSRS-6 takes 21 parameters, got \(count)"
        case .outOfBounds(let index, let value, let bounds):
            "FSRS parameter w\(index) = \(value) is outside \(bounds.lowerBound)…\(bounds.upperBound)"
        }
    }
}
