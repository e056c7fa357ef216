import Foundation

/// How a deck is scheduled. Every field has Anki's default, so a deck file may leave any out.
public struct DeckSettings: Codable, Sendable, Hashable {
    public enum SchedulerKind: String, Codable, Sendable, CaseIterable {
        case fsrs, sm2
    }

    public var scheduler: SchedulerKind = .fsrs
    /// The chance of recall FSRS aims for when a card comes due (0.7 to 0.99).
    public var desiredRetention: Double = 0.9
    /// Learning and relearning steps, in seconds.
    public var learningSteps: [TimeInterval] = [60, 600]
    public var relearningSteps: [TimeInterval] = [600]
    public var maximumInterval: Int = 36500
    public var newCardsPerDay: Int = 20
    public var reviewsPerDay: Int = 200
    /// The hour (local time) at which a study day begins.
    public var dayStartHour: Int = 4
    /// The lapses after which a card is a leech.
    public var leechThreshold: Int = 8
    public var suspendLeeches: Bool = true
    public var fuzz: Bool = true
    /// Fitted FSRS weights; nil means the defaults.
    public var parameters: FSRSParameters?
    /// The day of the exam the student prepares for (`YYYY-MM-DD`), set by `recall cram` or `recall config`.
    public var examDate: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case scheduler, desiredRetention, learningSteps, relearningSteps, maximumInterval, newCardsPerDay
        case reviewsPerDay, dayStartHour, leechThreshold, suspendLeeches, fuzz, parameters, examDate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DeckSettings()
        scheduler =
            try container.decodeIfPresent(SchedulerKind.self, forKey: .scheduler) ?? defaults.scheduler
        desiredRetention =
            try container.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? defaults.desiredRetention
        learningSteps =
            try container.decodeIfPresent([TimeInterval].self, forKey: .learningSteps)
            ?? defaults.learningSteps
        relearningSteps =
            try container.decodeIfPresent([TimeInterval].self, forKey: .relearningSteps)
            ?? defaults.relearningSteps
        maximumInterval =
            try container.decodeIfPresent(Int.self, forKey: .maximumInterval) ?? defaults.maximumInterval
        newCardsPerDay =
            try container.decodeIfPresent(Int.self, forKey: .newCardsPerDay) ?? defaults.newCardsPerDay
        reviewsPerDay =
            try container.decodeIfPresent(Int.self, forKey: .reviewsPerDay) ?? defaults.reviewsPerDay
        dayStartHour = try container.decodeIfPresent(Int.self, forKey: .dayStartHour) ?? defaults.dayStartHour
        leechThreshold =
            try container.decodeIfPresent(Int.self, forKey: .leechThreshold) ?? defaults.leechThreshold
        suspendLeeches =
            try container.decodeIfPresent(Bool.self, forKey: .suspendLeeches) ?? defaults.suspendLeeches
        fuzz = try container.decodeIfPresent(Bool.self, forKey: .fuzz) ?? defaults.fuzz
        parameters = try container.decodeIfPresent(FSRSParameters.self, forKey: .parameters)
        examDate = try container.decodeIfPresent(String.self, forKey: .examDate)
        if let problem = validationProblem() {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: problem))
        }
    }

    /// What is wrong with the settings, as a sentence naming the field, or nil when they are sound.
    public func validationProblem() -> String? {
        if !(0.7...0.99).contains(desiredRetention) { return "desiredRetention must be between 0.7 and 0.99" }
        if learningSteps.contains(where: { $0 <= 0 }) {
            return "learningSteps must be positive numbers of seconds"
        }
        if relearningSteps.contains(where: { $0 <= 0 }) {
            return "relearningSteps must be positive numbers of seconds"
        }
        if !(1...36500).contains(maximumInterval) { return "maximumInterval must be 1 to 36500 days" }
        if !(0...9999).contains(newCardsPerDay) { return "newCardsPerDay must be 0 to 9999" }
        if !(0...99999).contains(reviewsPerDay) { return "reviewsPerDay must be 0 to 99999" }
        if !(0...23).contains(dayStartHour) { return "dayStartHour must be an hour from 0 to 23" }
        if !(1...100).contains(leechThreshold) { return "leechThreshold must be 1 to 100 lapses" }
        if let examDate, Self.examMoment(examDate, timeZone: TimeZone(identifier: "UTC")!) == nil {
            return "examDate must be a day written YYYY-MM-DD"
        }
        return nil
    }

    /// 9 a.m. on an exam day `YYYY-MM-DD` in the student's time zone, or nil when the text is no such day.
    public static func examMoment(_ day: String, timeZone: TimeZone) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, day.count == 10, (1...12).contains(parts[1]), (1...31).contains(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 9)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == parts[2]
        else { return nil }
        return date
    }

    /// The exam moment of these settings, if an exam date is set.
    public func exam(in timeZone: TimeZone) -> Date? {
        examDate.flatMap { Self.examMoment($0, timeZone: timeZone) }
    }
}
