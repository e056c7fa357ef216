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

    /// Reads a schedule by its fields (`visitFields`); flags that are absent default to off.
    public init(from decoder: any Decoder) throws {
        self = try Self.decodeFields(from: decoder)
        if let problem {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath
                        + problem.field.split(separator: ".").map {
                            FieldKey(stringValue: String($0))
                        },
                    debugDescription: problem.reason))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeFields(to: encoder)
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

extension CardSchedule: SavedRecord {
    /// A schedule before its phase and due time are read (a file must give both).
    @usableFromInline package static var blank: CardSchedule {
        var schedule = CardSchedule.new(due: .distantPast)
        schedule.step = nil
        return schedule
    }

    /// The fields of every saved schedule, in the order the snapshot writes them.
    @inlinable package mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.required("phase", &phase)
        try visitor.required("due", &due)
        try visitor.optional("step", &step)
        try visitor.optional("memory", &memory)
        try visitor.optional("lastReview", &lastReview)
        try visitor.count("reps", &reps)
        try visitor.count("lapses", &lapses)
        try visitor.optional("ease", &ease)
        try visitor.optional("intervalDays", &intervalDays)
        try visitor.flag("suspended", &suspended)
        try visitor.optional("buriedUntil", &buriedUntil)
        try visitor.flag("isLeech", &isLeech)
    }
}

/// A field's name in a keyed container, and in an error's path.
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
