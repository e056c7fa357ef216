import Foundation
import RecallModel

/// An Anki deck options preset, the parts Recall's deck settings have: steps, daily limits, the
/// longest interval, leeches, desired retention and fitted FSRS-6 weights. Legacy collections keep
/// presets as JSON in `col.dconf`; schema 18 in the `deck_config` table, a protobuf each.
struct AnkiDeckOptions: Sendable, Equatable {
    /// The preset's name, which an import's summary gives.
    var name = ""
    /// Steps in minutes, as Anki keeps them.
    var learningSteps: [Double]?
    var relearningSteps: [Double]?
    var newPerDay: Int?
    var reviewsPerDay: Int?
    var maximumInterval: Int?
    var leechThreshold: Int?
    /// Anki's leech action: suspend (0) or only tag (1).
    var leechSuspends: Bool?
    var desiredRetention: Double?
    var fsrsWeights: [Double]?

    init() {}

    /// From a legacy preset: `{"new": {"delays", "perDay"}, "rev": {"perDay", "maxIvl"},
    /// "lapse": {"delays", "leechFails", "leechAction"}, "desiredRetention", "fsrsParams6"}`.
    init(legacy preset: [String: Any]) {
        let new = preset["new"] as? [String: Any] ?? [:]
        let review = preset["rev"] as? [String: Any] ?? [:]
        let lapse = preset["lapse"] as? [String: Any] ?? [:]
        name = preset["name"] as? String ?? ""
        let numbers = { (value: Any?) in (value as? [NSNumber])?.map(\.doubleValue) }
        learningSteps = numbers(new["delays"])
        relearningSteps = numbers(lapse["delays"])
        newPerDay = (new["perDay"] as? NSNumber)?.intValue
        reviewsPerDay = (review["perDay"] as? NSNumber)?.intValue
        maximumInterval = (review["maxIvl"] as? NSNumber)?.intValue
        leechThreshold = (lapse["leechFails"] as? NSNumber)?.intValue
        leechSuspends = (lapse["leechAction"] as? NSNumber).map { $0.intValue == 0 }
        desiredRetention = (preset["desiredRetention"] as? NSNumber)?.doubleValue
        fsrsWeights = numbers(preset["fsrsParams6"])
    }

    /// From a schema-18 preset's `DeckConfig.Config` (Anki's `deck_config.proto`): learn steps 1,
    /// relearn steps 2, FSRS-6 weights 6, new per day 9, reviews per day 10, maximum interval 16,
    /// leech action 21, leech threshold 22, desired retention 37.
    init(schema18 config: ProtobufFields) {
        let floats = { (number: Int) -> [Double]? in
            let values = config.floats(number)
            return values.isEmpty ? nil : values.map(Double.init)
        }
        let integer = { (number: Int) in config.integer(number).map { Int(clamping: $0) } }
        learningSteps = floats(1)
        relearningSteps = floats(2)
        fsrsWeights = floats(6)
        newPerDay = integer(9)
        reviewsPerDay = integer(10)
        maximumInterval = integer(16)
        leechSuspends = integer(21).map { $0 == 0 } ?? true
        leechThreshold = integer(22)
        desiredRetention = config.floats(37).last.map { Double($0) }
    }

    /// `settings` with every option that is within Recall's bounds put in; the others stay.
    func applied(to settings: DeckSettings) -> DeckSettings {
        var settings = settings
        let steps = { (minutes: [Double]?) in
            minutes.flatMap { $0.allSatisfy { $0.isFinite && $0 > 0 } ? $0.map { $0 * 60 } : nil }
        }
        if let learning = steps(learningSteps) { settings.learningSteps = learning }
        if let relearning = steps(relearningSteps) { settings.relearningSteps = relearning }
        if let newPerDay, (0...10_000).contains(newPerDay) { settings.newCardsPerDay = newPerDay }
        if let reviewsPerDay, (0...100_000).contains(reviewsPerDay) { settings.reviewsPerDay = reviewsPerDay }
        if let maximumInterval, (1...36_500).contains(maximumInterval) {
            settings.maximumInterval = maximumInterval
        }
        if let leechThreshold, (1...100).contains(leechThreshold) { settings.leechThreshold = leechThreshold }
        if let leechSuspends { settings.suspendLeeches = leechSuspends }
        // Rounded to what a 32-bit float keeps: Anki's 0.9 reads back as 0.899999976.
        if let retention = desiredRetention.map({ ($0 * 10_000).rounded() / 10_000 }),
            (0.7...0.99).contains(retention)
        {
            settings.desiredRetention = retention
        }
        // Four decimals, as Anki shows fitted weights: a 32-bit float's tail is noise.
        let rounded = fsrsWeights?.map { ($0 * 10_000).rounded() / 10_000 }
        if let weights = rounded, let parameters = try? FSRSParameters(weights: weights) {
            settings.parameters = parameters
        }
        return settings
    }
}
