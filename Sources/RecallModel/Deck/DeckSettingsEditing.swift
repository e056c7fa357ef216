import Foundation

extension DeckSettings {
    /// The names `recall config` accepts, in the order it lists them.
    public static let keys = [
        "scheduler", "desiredRetention", "learningSteps", "relearningSteps", "maximumInterval",
        "newCardsPerDay",
        "reviewsPerDay", "dayStartHour", "leechThreshold", "suspendLeeches", "fuzz", "examDate",
    ]

    /// A setting's value as `recall config` shows it (`learningSteps` as `1m 10m`).
    public func value(of key: String) throws(SettingError) -> String {
        switch key {
        case "scheduler": scheduler.rawValue
        case "desiredRetention": "\(desiredRetention)"
        case "learningSteps": Self.format(steps: learningSteps)
        case "relearningSteps": Self.format(steps: relearningSteps)
        case "maximumInterval": "\(maximumInterval)"
        case "newCardsPerDay": "\(newCardsPerDay)"
        case "reviewsPerDay": "\(reviewsPerDay)"
        case "dayStartHour": "\(dayStartHour)"
        case "leechThreshold": "\(leechThreshold)"
        case "suspendLeeches": "\(suspendLeeches)"
        case "fuzz": "\(fuzz)"
        case "examDate": examDate ?? "none"
        default: throw .unknownKey(key)
        }
    }

    /// Sets one setting from text, checking it as a deck file would be checked.
    public mutating func set(_ key: String, to text: String) throws(SettingError) {
        var changed = self
        let text = text.trimmingSpaces()
        switch key {
        case "scheduler":
            guard let kind = SchedulerKind(rawValue: text.lowercased()) else {
                throw .badValue(key: key, value: text, expected: "fsrs or sm2")
            }
            changed.scheduler = kind
        case "desiredRetention":
            changed.desiredRetention = try Self.number(text, key: key, expected: "a number from 0.7 to 0.99")
        case "learningSteps": changed.learningSteps = try Self.steps(text, key: key)
        case "relearningSteps": changed.relearningSteps = try Self.steps(text, key: key)
        case "maximumInterval":
            changed.maximumInterval = try Self.integer(text, key: key, expected: "days from 1 to 36500")
        case "newCardsPerDay":
            changed.newCardsPerDay = try Self.integer(text, key: key, expected: "a count from 0 to 9999")
        case "reviewsPerDay":
            changed.reviewsPerDay = try Self.integer(text, key: key, expected: "a count from 0 to 99999")
        case "dayStartHour":
            changed.dayStartHour = try Self.integer(text, key: key, expected: "an hour from 0 to 23")
        case "leechThreshold":
            changed.leechThreshold = try Self.integer(text, key: key, expected: "lapses from 1 to 100")
        case "suspendLeeches": changed.suspendLeeches = try Self.boolean(text, key: key)
        case "fuzz": changed.fuzz = try Self.boolean(text, key: key)
        case "examDate": changed.examDate = ["", "none"].contains(text.lowercased()) ? nil : text
        default: throw .unknownKey(key)
        }
        if let problem = changed.validationProblem() {
            throw .badValue(key: key, value: text, expected: problem)
        }
        self = changed
    }

    static func number(_ text: String, key: String, expected: String) throws(SettingError) -> Double {
        guard let value = Double(text), value.isFinite else {
            throw .badValue(key: key, value: text, expected: expected)
        }
        return value
    }

    static func integer(_ text: String, key: String, expected: String) throws(SettingError) -> Int {
        guard let value = Int(text) else { throw .badValue(key: key, value: text, expected: expected) }
        return value
    }

    static func boolean(_ text: String, key: String) throws(SettingError) -> Bool {
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw .badValue(key: key, value: text, expected: "true or false")
        }
    }

    /// Steps such as `1m 10m`, `30s,5m,1h` or `600`; an empty text means no steps.
    static func steps(_ text: String, key: String) throws(SettingError) -> [TimeInterval] {
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        var steps: [TimeInterval] = []
        for part in text.split(whereSeparator: { $0 == " " || $0 == "," }) {
            var number = Substring(part)
            var unit: TimeInterval = 1
            if let last = part.last, let factor = units[last] {
                unit = factor
                number = part.dropLast()
            }
            guard let value = Double(number), value > 0, value.isFinite else {
                throw .badValue(key: key, value: text, expected: "steps such as '1m 10m' (s, m, h or d)")
            }
            steps.append(value * unit)
        }
        return steps
    }

    package static func format(steps: [TimeInterval]) -> String {
        steps.map { step in
            for (unit, size) in [("d", 86_400.0), ("h", 3600), ("m", 60)]
            where step >= size && step.truncatingRemainder(dividingBy: size) == 0 {
                return "\(Int(step / size))\(unit)"
            }
            return "\(Int(step))s"
        }.joined(separator: " ")
    }
}

/// Why `recall config` refused a setting.
public enum SettingError: Error, Equatable, CustomStringConvertible {
    case unknownKey(String)
    case badValue(key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unknownKey(let key):
            "no setting named '\(key)'; the settings are \(DeckSettings.keys.joined(separator: ", ")), and weights (set by 'recall optimize', reset with 'weights default')"
        case .badValue(let key, let value, let expected):
            "\(key): '\(value)' is not valid; expected \(expected)"
        }
    }
}
