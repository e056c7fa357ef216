import Foundation

/// One setting of a deck as `recall config` shows and changes it: its name (the deck file's key),
/// the schedulers that use it, and how its value reads as text and is read back. The table
/// ``DeckSetting/all`` is the one place that lists them.
public struct DeckSetting: Sendable {
    public typealias Scheduler = DeckSettings.SchedulerKind

    public let key: String
    /// The schedulers that read this setting; `config` refuses to change it for a deck on another.
    public let schedulers: Set<Scheduler>
    let show: @Sendable (DeckSettings) -> String
    let read: @Sendable (inout DeckSettings, String) throws(SettingError) -> Void

    init(
        _ key: DeckSettings.CodingKeys, schedulers: Set<Scheduler> = Set(Scheduler.allCases),
        show: @escaping @Sendable (DeckSettings) -> String,
        read: @escaping @Sendable (inout DeckSettings, String) throws(SettingError) -> Void
    ) {
        self.key = key.stringValue
        self.schedulers = schedulers
        self.show = show
        self.read = read
    }

    /// Every setting `recall config` accepts, in the order it lists them. The FSRS weights are not
    /// here: `recall optimize` fits them; nobody types them in.
    public static let all: [DeckSetting] = [
        DeckSetting(.scheduler, show: { $0.scheduler.rawValue }) { settings, text throws(SettingError) in
            guard let kind = Scheduler(rawValue: text.lowercased()) else {
                throw .badValue(key: "scheduler", value: text, expected: "fsrs or sm2")
            }
            settings.scheduler = kind
        },
        DeckSetting(.desiredRetention, schedulers: [.fsrs], show: { "\($0.desiredRetention)" }) {
            settings, text throws(SettingError) in
            settings.desiredRetention = try DeckSettings.number(
                text, key: "desiredRetention", expected: "a number from 0.7 to 0.99")
        },
        DeckSetting(.learningSteps, show: { DeckSettings.format(steps: $0.learningSteps) }) {
            settings, text throws(SettingError) in
            settings.learningSteps = try DeckSettings.steps(text, key: "learningSteps")
        },
        DeckSetting(.relearningSteps, show: { DeckSettings.format(steps: $0.relearningSteps) }) {
            settings, text throws(SettingError) in
            settings.relearningSteps = try DeckSettings.steps(text, key: "relearningSteps")
        },
        DeckSetting(.maximumInterval, show: { "\($0.maximumInterval)" }) {
            settings, text throws(SettingError) in
            settings.maximumInterval = try DeckSettings.integer(
                text, key: "maximumInterval", expected: "days from 1 to 36500")
        },
        DeckSetting(.newCardsPerDay, show: { "\($0.newCardsPerDay)" }) {
            settings, text throws(SettingError) in
            settings.newCardsPerDay = try DeckSettings.integer(
                text, key: "newCardsPerDay", expected: "a count from 0 to 9999")
        },
        DeckSetting(.reviewsPerDay, show: { "\($0.reviewsPerDay)" }) { settings, text throws(SettingError) in
            settings.reviewsPerDay = try DeckSettings.integer(
                text, key: "reviewsPerDay", expected: "a count from 0 to 99999")
        },
        DeckSetting(.dayStartHour, show: { "\($0.dayStartHour)" }) { settings, text throws(SettingError) in
            settings.dayStartHour = try DeckSettings.integer(
                text, key: "dayStartHour", expected: "an hour from 0 to 23")
        },
        DeckSetting(.leechThreshold, show: { "\($0.leechThreshold)" }) {
            settings, text throws(SettingError) in
            settings.leechThreshold = try DeckSettings.integer(
                text, key: "leechThreshold", expected: "lapses from 1 to 100")
        },
        DeckSetting(.suspendLeeches, show: { "\($0.suspendLeeches)" }) {
            settings, text throws(SettingError) in
            settings.suspendLeeches = try DeckSettings.boolean(text, key: "suspendLeeches")
        },
        DeckSetting(.fuzz, show: { "\($0.fuzz)" }) { settings, text throws(SettingError) in
            settings.fuzz = try DeckSettings.boolean(text, key: "fuzz")
        },
        DeckSetting(.examDate, show: { $0.examDate ?? "none" }) { settings, text throws(SettingError) in
            settings.examDate = ["", "none"].contains(text.lowercased()) ? nil : text
        },
    ]

    /// The setting called `key`.
    public static func named(_ key: String) throws(SettingError) -> DeckSetting {
        guard let setting = all.first(where: { $0.key == key }) else { throw .unknownKey(key) }
        return setting
    }
}

extension DeckSettings {
    /// The names `recall config` accepts, in the order it lists them.
    public static var keys: [String] { DeckSetting.all.map(\.key) }

    /// The settings the deck's scheduler reads, in the order `recall config` lists them.
    public var settingsInUse: [DeckSetting] { DeckSetting.all.filter { $0.schedulers.contains(scheduler) } }

    /// A setting's value as `recall config` shows it (`learningSteps` as `1m 10m`).
    public func value(of key: String) throws(SettingError) -> String {
        try DeckSetting.named(key).show(self)
    }

    /// Sets one setting from text, checking it as a deck file would be checked; a setting the
    /// deck's scheduler does not read is refused rather than saved and ignored.
    public mutating func set(_ key: String, to text: String) throws(SettingError) {
        let setting = try DeckSetting.named(key)
        guard setting.schedulers.contains(scheduler) else {
            throw .notUsed(key: key, scheduler: scheduler.rawValue)
        }
        var changed = self
        let text = text.trimmingSpaces()
        try setting.read(&changed, text)
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
    /// A setting the deck's scheduler does not read (`desiredRetention` on an SM-2 deck).
    case notUsed(key: String, scheduler: String)

    public var description: String {
        switch self {
        case .unknownKey(let key):
            "no setting named '\(key)'; the settings are \(DeckSettings.keys.joined(separator: ", ")), and weights (set by 'recall optimize', reset with 'weights default')"
        case .badValue(let key, let value, let expected):
            "\(key): '\(value)' is not valid; expected \(expected)"
        case .notUsed(let key, let scheduler):
            "\(key): the deck's scheduler (\(scheduler)) does not use it; set 'scheduler' first to change it"
        }
    }
}
