import Foundation

/// Where a card stands in its schedule: its phase, memory, when it is next due, and its flags.
///
/// A card with no schedule is new. Learning and relearning cards walk through short steps;
/// review cards wait whole days.
public struct CardSchedule: Codable, Sendable, Hashable {
    public enum Phase: String, Codable, Sendable, CaseIterable {
        case learning, review, relearning
    }

    public var phase: Phase
    /// The index into the (re)learning steps; nil in review.
    public var step: Int?
    /// FSRS's memory state; nil before the first review.
    public var memory: MemoryState?
    public var due: Date
    public var lastReview: Date?
    public var reps: Int
    public var lapses: Int
    /// SM-2's ease factor (2.5 to start) and its last interval in days.
    public var ease: Double?
    public var intervalDays: Double?
    public var suspended: Bool
    /// A buried card is not shown before this time.
    public var buriedUntil: Date?
    public var isLeech: Bool

    /// The schedule of a card never reviewed, due at once.
    public static func new(due: Date) -> CardSchedule {
        CardSchedule(
            phase: .learning, step: 0, memory: nil, due: due, lastReview: nil, reps: 0, lapses: 0, ease: nil,
            intervalDays: nil, suspended: false, buriedUntil: nil, isLeech: false)
    }

    public var isNew: Bool { reps == 0 }

    enum CodingKeys: String, CodingKey {
        case phase, step, memory, due, lastReview, reps, lapses, ease, intervalDays, suspended, buriedUntil,
            isLeech
    }

    public init(
        phase: Phase, step: Int?, memory: MemoryState?, due: Date, lastReview: Date?, reps: Int, lapses: Int,
        ease: Double?, intervalDays: Double?, suspended: Bool, buriedUntil: Date?, isLeech: Bool
    ) {
        self.phase = phase
        self.step = step
        self.memory = memory
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.ease = ease
        self.intervalDays = intervalDays
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.isLeech = isLeech
    }

    /// Reads a schedule; flags that are absent default to off.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        phase = try container.decode(Phase.self, forKey: .phase)
        step = try container.decodeIfPresent(Int.self, forKey: .step)
        memory = try container.decodeIfPresent(MemoryState.self, forKey: .memory)
        due = try container.decode(Date.self, forKey: .due)
        lastReview = try container.decodeIfPresent(Date.self, forKey: .lastReview)
        reps = try container.decodeIfPresent(Int.self, forKey: .reps) ?? 0
        lapses = try container.decodeIfPresent(Int.self, forKey: .lapses) ?? 0
        ease = try container.decodeIfPresent(Double.self, forKey: .ease)
        intervalDays = try container.decodeIfPresent(Double.self, forKey: .intervalDays)
        suspended = try container.decodeIfPresent(Bool.self, forKey: .suspended) ?? false
        buriedUntil = try container.decodeIfPresent(Date.self, forKey: .buriedUntil)
        isLeech = try container.decodeIfPresent(Bool.self, forKey: .isLeech) ?? false
        if let problem {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.codingPath
                        + problem.field.split(separator: ".").map {
                            FieldKey(stringValue: String($0))
                        },
                    debugDescription: problem.reason))
        }
    }

    /// What makes a schedule read from a file unusable (a value no scheduler writes, on which the
    /// arithmetic of the schedulers and of `stats` would trap), with the field's relative path.
    public var problem: (field: String, reason: String)? {
        if let step, step < 0 { return ("step", "\(step) is negative") }
        if reps < 0 { return ("reps", "\(reps) is negative") }
        if lapses < 0 { return ("lapses", "\(lapses) is negative") }
        if let memory {
            guard memory.stability.isFinite, memory.stability > 0 else {
                return ("memory.stability", "\(memory.stability) is not a positive number of days")
            }
            guard memory.difficulty.isFinite else {
                return ("memory.difficulty", "\(memory.difficulty) is not a finite number")
            }
        }
        if let ease, !ease.isFinite || ease <= 0 { return ("ease", "\(ease) is not a positive number") }
        if let intervalDays, !intervalDays.isFinite || intervalDays < 0 {
            return ("intervalDays", "\(intervalDays) is not a number of days")
        }
        return nil
    }
}

/// A field's name in an error's path.
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}
