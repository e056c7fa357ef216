import Foundation

/// A file of FSRS test vectors (`fsrs-vectors/1`, as made by the reference generator): review
/// sequences with their scheduler settings, and single-formula cases.
///
/// `replayed()` fills every computed field (`retrievability_before`, `card_after`,
/// `interval_seconds`, each unit's `out`) from Recall's own scheduler, so that the reference
/// checker can compare the two.
public struct FSRSVectorFile: Codable, Sendable {
    public var format: String?
    public var generator: JSONValue?
    public var start: String?
    public var defaultParameters: [Double]?
    public var unit: [UnitCase]?
    public var cases: [SequenceCase]

    enum CodingKeys: String, CodingKey {
        case format, generator, start, unit, cases
        case defaultParameters = "default_parameters"
    }

    public struct SchedulerSettings: Codable, Sendable {
        public var parameters: [Double]
        public var desiredRetention: Double
        public var learningSteps: [Double]
        public var relearningSteps: [Double]
        public var maximumInterval: Int
        public var enableFuzzing: Bool?

        enum CodingKeys: String, CodingKey {
            case parameters
            case desiredRetention = "desired_retention"
            case learningSteps = "learning_steps"
            case relearningSteps = "relearning_steps"
            case maximumInterval = "maximum_interval"
            case enableFuzzing = "enable_fuzzing"
        }
    }

    public struct VectorCard: Codable, Sendable {
        public var state: Int
        public var step: Int?
        public var stability: Double?
        public var difficulty: Double?
        public var due: String
        public var lastReview: String?

        enum CodingKeys: String, CodingKey {
            case state, step, stability, difficulty, due
            case lastReview = "last_review"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(state, forKey: .state)
            try container.encode(step, forKey: .step)
            try container.encode(stability, forKey: .stability)
            try container.encode(difficulty, forKey: .difficulty)
            try container.encode(due, forKey: .due)
            try container.encode(lastReview, forKey: .lastReview)
        }
    }

    public struct Review: Codable, Sendable {
        public var rating: Int
        public var reviewDatetime: String
        public var elapsedDays: Int?
        public var retrievabilityBefore: Double?
        public var timing: String?
        public var cardAfter: VectorCard?
        public var intervalSeconds: Int?

        enum CodingKeys: String, CodingKey {
            case rating, timing
            case reviewDatetime = "review_datetime"
            case elapsedDays = "elapsed_days"
            case retrievabilityBefore = "retrievability_before"
            case cardAfter = "card_after"
            case intervalSeconds = "interval_seconds"
        }
    }

    public struct SequenceCase: Codable, Sendable {
        public var id: String
        public var kind: String?
        public var scheduler: SchedulerSettings
        public var initialCard: VectorCard
        public var reviews: [Review]

        enum CodingKeys: String, CodingKey {
            case id, kind, scheduler, reviews
            case initialCard = "initial_card"
        }
    }

    public struct UnitCase: Codable, Sendable {
        public var fn: String
        public var rating: Int?
        public var elapsedDays: Double?
        public var stability: Double?
        public var difficulty: Double?
        public var retrievability: Double?
        public var desiredRetention: Double?
        public var maximumInterval: Int?
        public var parameters: [Double]?
        public var out: JSONValue?

        enum CodingKeys: String, CodingKey {
            case fn, rating, stability, difficulty, retrievability, parameters, out
            case elapsedDays = "elapsed_days"
            case desiredRetention = "desired_retention"
            case maximumInterval = "maximum_interval"
        }
    }

    /// Reads a vector file, or says which file and field is wrong.
    public init(data: Data, file: String) throws(ReplayError) {
        do {
            self = try JSONDecoder().decode(FSRSVectorFile.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(file: file, reason: DecodingErrorDescription.describe(error))
        } catch {
            throw .invalid(file: file, reason: "\(error)")
        }
    }

    /// The file with every computed field filled in by Recall.
    public func replayed() throws(ReplayError) -> FSRSVectorFile {
        var copy = self
        let defaults = try Self.parameters(
            defaultParameters ?? FSRSParameters.defaults.weights, field: "default_parameters")
        for index in copy.cases.indices {
            copy.cases[index] = try replay(copy.cases[index])
        }
        if let units = copy.unit {
            copy.unit = try units.enumerated().map { (index, unit) throws(ReplayError) in
                var unit = unit
                let parameters =
                    try unit.parameters.map { (weights) throws(ReplayError) in
                        try Self.parameters(weights, field: "unit[\(index)].parameters")
                    } ?? defaults
                unit.out = try Self.evaluate(unit, model: FSRS(parameters: parameters), index: index)
                return unit
            }
        }
        return copy
    }

    func replay(_ sequence: SequenceCase) throws(ReplayError) -> SequenceCase {
        var sequence = sequence
        let settings = sequence.scheduler
        let scheduler = FSRSScheduler(
            parameters: try Self.parameters(
                settings.parameters, field: "cases[\(sequence.id)].scheduler.parameters"),
            desiredRetention: settings.desiredRetention, learningSteps: settings.learningSteps,
            relearningSteps: settings.relearningSteps, maximumInterval: settings.maximumInterval,
            fuzz: settings.enableFuzzing ?? false)
        var generator = SeededGenerator(id: sequence.id)
        var card = try Self.schedule(from: sequence.initialCard, field: "cases[\(sequence.id)].initial_card")
        for index in sequence.reviews.indices {
            let review = sequence.reviews[index]
            let field = "cases[\(sequence.id)].reviews[\(index)]"
            guard let rating = Rating(rawValue: review.rating) else {
                throw .invalid(file: "", reason: "\(field).rating must be 1 to 4, not \(review.rating)")
            }
            guard let time = VectorTime.parse(review.reviewDatetime) else {
                throw .invalid(
                    file: "",
                    reason: "\(field).review_datetime '\(review.reviewDatetime)' is not an ISO-8601 time")
            }
            sequence.reviews[index].retrievabilityBefore = scheduler.retrievability(of: card, at: time)
            sequence.reviews[index].elapsedDays = card.lastReview.map {
                FSRSScheduler.elapsedDays(from: $0, to: time)
            }
            card = scheduler.review(card, rating: rating, at: time, using: &generator)
            sequence.reviews[index].cardAfter = Self.vectorCard(from: card)
            sequence.reviews[index].intervalSeconds = Int(card.due.timeIntervalSince(time).rounded(.down))
        }
        return sequence
    }

    static func parameters(_ weights: [Double], field: String) throws(ReplayError) -> FSRSParameters {
        do {
            return try FSRSParameters(weights: weights)
        } catch {
            throw .invalid(file: "", reason: "\(field): \(error.description)")
        }
    }

    static func schedule(from card: VectorCard, field: String) throws(ReplayError) -> CardSchedule {
        let phases: [Int: CardSchedule.Phase] = [1: .learning, 2: .review, 3: .relearning]
        guard let phase = phases[card.state] else {
            throw .invalid(file: "", reason: "\(field).state must be 1, 2 or 3, not \(card.state)")
        }
        guard let due = VectorTime.parse(card.due) else {
            throw .invalid(file: "", reason: "\(field).due '\(card.due)' is not an ISO-8601 time")
        }
        var schedule = CardSchedule.new(due: due)
        schedule.phase = phase
        schedule.step = card.step
        if let stability = card.stability, let difficulty = card.difficulty {
            schedule.memory = MemoryState(stability: stability, difficulty: difficulty)
        }
        schedule.lastReview = card.lastReview.flatMap(VectorTime.parse)
        schedule.reps = schedule.lastReview == nil ? 0 : 1
        return schedule
    }

    static func vectorCard(from card: CardSchedule) -> VectorCard {
        let states: [CardSchedule.Phase: Int] = [.learning: 1, .review: 2, .relearning: 3]
        return VectorCard(
            state: states[card.phase]!, step: card.step, stability: card.memory?.stability,
            difficulty: card.memory?.difficulty, due: VectorTime.format(card.due),
            lastReview: card.lastReview.map(VectorTime.format))
    }

    static func evaluate(_ unit: UnitCase, model: FSRS, index: Int) throws(ReplayError) -> JSONValue {
        func need<T>(_ value: T?, _ name: String) throws(ReplayError) -> T {
            guard let value else {
                throw .invalid(file: "", reason: "unit[\(index)] (\(unit.fn)) needs '\(name)'")
            }
            return value
        }
        func rating() throws(ReplayError) -> Rating {
            let raw = try need(unit.rating, "rating")
            guard let rating = Rating(rawValue: raw) else {
                throw .invalid(file: "", reason: "unit[\(index)].rating must be 1 to 4, not \(raw)")
            }
            return rating
        }
        switch unit.fn {
        case "initial_stability": return .number(model.initialStability(try rating()))
        case "initial_difficulty": return .number(model.initialDifficulty(try rating()))
        case "retrievability":
            return .number(
                model.retrievability(
                    elapsedDays: try need(unit.elapsedDays, "elapsed_days"),
                    stability: try need(unit.stability, "stability")))
        case "next_interval":
            return .integer(
                model.interval(
                    stability: try need(unit.stability, "stability"),
                    desiredRetention: try need(unit.desiredRetention, "desired_retention"),
                    maximumInterval: try need(unit.maximumInterval, "maximum_interval")))
        case "next_difficulty":
            return .number(
                model.nextDifficulty(try need(unit.difficulty, "difficulty"), rating: try rating()))
        case "recall_stability":
            return .number(
                model.recallStability(
                    difficulty: try need(unit.difficulty, "difficulty"),
                    stability: try need(unit.stability, "stability"),
                    retrievability: try need(unit.retrievability, "retrievability"), rating: try rating()))
        case "forget_stability":
            return .number(
                model.forgetStability(
                    difficulty: try need(unit.difficulty, "difficulty"),
                    stability: try need(unit.stability, "stability"),
                    retrievability: try need(unit.retrievability, "retrievability")))
        case "short_term_stability":
            return .number(
                model.shortTermStability(try need(unit.stability, "stability"), rating: try rating()))
        default:
            throw .invalid(file: "", reason: "unit[\(index)].fn '\(unit.fn)' is not a formula Recall knows")
        }
    }
}

/// Why a vector file cannot be replayed.
public enum ReplayError: Error, CustomStringConvertible {
    case invalid(file: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let file, let reason): file.isEmpty ? reason : "\(file): \(reason)"
        }
    }

    /// The same error, naming the file it came from.
    public func naming(_ file: String) -> ReplayError {
        switch self {
        case .invalid(let existing, let reason):
            .invalid(file: existing.isEmpty ? file : existing, reason: reason)
        }
    }
}

/// The vector files' timestamps: ISO-8601 UTC in whole seconds (`2024-01-01T00:00:00Z`).
enum VectorTime {
    package static func parse(_ text: String) -> Date? {
        ISO8601.parse(text)
    }

    package static func format(_ date: Date) -> String {
        ISO8601.format(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
    }
}
