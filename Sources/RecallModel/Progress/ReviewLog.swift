import Foundation

/// One answer, as stats and parameter fitting need it.
///
/// A student's log can hold millions of these, so optional numbers are kept without `Optional`'s
/// padding (NaN or `Int32.min` stand for "none"); the public properties are ordinary optionals.
/// Times are kept to the whole second, and the memory states to four decimals: a record of what
/// happened, as precise as the schedule files and far more than stats or fitting can use.
public struct ReviewLog: Codable, Sendable, Hashable {
    /// What kind of review it was, as Anki's revlog records it.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case learning, review, relearning, cram
    }

    /// A schedule's essentials before or after a review.
    public struct Snapshot: Codable, Sendable, Hashable {
        public var phase: CardSchedule.Phase?
        private var storedStability: Double
        private var storedDifficulty: Double
        private var storedDue: Double

        public var stability: Double? {
            get { storedStability.isNaN ? nil : storedStability }
            set { storedStability = newValue ?? .nan }
        }
        public var difficulty: Double? {
            get { storedDifficulty.isNaN ? nil : storedDifficulty }
            set { storedDifficulty = newValue ?? .nan }
        }
        public var due: Date? {
            get { storedDue.isNaN ? nil : Date(timeIntervalSince1970: storedDue) }
            set { storedDue = newValue?.timeIntervalSince1970 ?? .nan }
        }

        public init(phase: CardSchedule.Phase?, stability: Double?, difficulty: Double?, due: Date?) {
            self.phase = phase
            storedStability = stability.map(Self.fourDecimals) ?? .nan
            storedDifficulty = difficulty.map(Self.fourDecimals) ?? .nan
            storedDue = due.map { $0.timeIntervalSince1970.rounded(.down) } ?? .nan
        }

        static func fourDecimals(_ value: Double) -> Double {
            abs(value) < 1e11 ? (value * 10_000).rounded() / 10_000 : value
        }

        public init(_ schedule: CardSchedule?) {
            self.init(
                phase: schedule?.phase, stability: schedule?.memory?.stability,
                difficulty: schedule?.memory?.difficulty, due: schedule?.due)
        }

        enum CodingKeys: String, CodingKey { case phase, stability, difficulty, due }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                phase: try container.decodeIfPresent(CardSchedule.Phase.self, forKey: .phase),
                stability: try container.decodeIfPresent(Double.self, forKey: .stability),
                difficulty: try container.decodeIfPresent(Double.self, forKey: .difficulty),
                due: try container.decodeIfPresent(Date.self, forKey: .due))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(phase, forKey: .phase)
            try container.encodeIfPresent(stability, forKey: .stability)
            try container.encodeIfPresent(difficulty, forKey: .difficulty)
            try container.encodeIfPresent(due, forKey: .due)
        }

        public static func == (lhs: Snapshot, rhs: Snapshot) -> Bool {
            lhs.phase == rhs.phase && lhs.stability == rhs.stability && lhs.difficulty == rhs.difficulty
                && lhs.due == rhs.due
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(phase)
            hasher.combine(stability)
            hasher.combine(difficulty)
            hasher.combine(due)
        }
    }

    /// Unique across machines, so that merging two histories keeps each review once.
    public var id: ReviewID
    /// The machine the answer was given on.
    public var machine: MachineID
    public var cardID: String
    /// When the answer was given, to the whole second.
    public var time: Date
    /// What the student typed, when they typed something.
    public var answer: String?
    private var storedElapsedDays: Int32
    private var storedDurationMs: Int32
    public var rating: Rating
    public var kind: Kind
    public var before: Snapshot
    public var after: Snapshot

    /// Whole days since the card's previous review; nil for its first.
    public var elapsedDays: Int? {
        get { storedElapsedDays == .min ? nil : Int(storedElapsedDays) }
        set { storedElapsedDays = Self.stored(newValue) }
    }

    /// How long the student took to answer, in milliseconds.
    public var durationMs: Int? {
        get { storedDurationMs == .min ? nil : Int(storedDurationMs) }
        set { storedDurationMs = Self.stored(newValue) }
    }

    /// Values beyond 32 bits (some 68 years of days, or 24 days of answering) are clamped.
    private static func stored(_ value: Int?) -> Int32 {
        guard let value else { return .min }
        return Int32(clamping: max(value, Int(Int32.min) + 1))
    }

    /// Without an `id` the review gets one derived from its content (`ReviewID.derived`), as reviews
    /// read from older files and from other programs' logs do.
    public init(
        cardID: String, time: Date, rating: Rating, elapsedDays: Int?, durationMs: Int?, kind: Kind,
        answer: String?, before: Snapshot, after: Snapshot, id: ReviewID? = nil, machine: MachineID = .legacy
    ) {
        self.id = ReviewID(high: 0, low: 0)
        self.machine = machine
        self.cardID = cardID
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.answer = answer
        storedElapsedDays = Self.stored(elapsedDays)
        storedDurationMs = Self.stored(durationMs)
        self.rating = rating
        self.kind = kind
        self.before = before
        self.after = after
        self.id = id ?? ReviewID.derived(from: self)
    }

    public init(
        cardID: String, time: Date, rating: Rating, elapsedDays: Int?, durationMs: Int?, kind: Kind,
        answer: String?,
        before: CardSchedule?, after: CardSchedule, id: ReviewID? = nil, machine: MachineID = .legacy
    ) {
        self.init(
            cardID: cardID, time: time, rating: rating, elapsedDays: elapsedDays, durationMs: durationMs,
            kind: kind, answer: answer, before: Snapshot(before), after: Snapshot(after), id: id,
            machine: machine)
    }

    enum CodingKeys: String, CodingKey {
        case id, machine, cardID, time, rating, elapsedDays, durationMs, kind, answer, before, after
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            cardID: try container.decode(String.self, forKey: .cardID),
            time: try container.decode(Date.self, forKey: .time),
            rating: try container.decode(Rating.self, forKey: .rating),
            elapsedDays: try container.decodeIfPresent(Int.self, forKey: .elapsedDays),
            durationMs: try container.decodeIfPresent(Int.self, forKey: .durationMs),
            kind: try container.decode(Kind.self, forKey: .kind),
            answer: try container.decodeIfPresent(String.self, forKey: .answer),
            before: try container.decode(Snapshot.self, forKey: .before),
            after: try container.decode(Snapshot.self, forKey: .after),
            id: try Self.decodeIdentity(container, .id, ReviewID.init),
            machine: try Self.decodeIdentity(container, .machine, MachineID.init) ?? .legacy)
    }

    /// An id or machine when present (journal lines written before identities have neither).
    private static func decodeIdentity<Value>(
        _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys, _ parse: (String) -> Value?
    ) throws -> Value? {
        guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        guard let value = parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container,
                debugDescription: "'\(text)' is not \(key == .id ? 24 : 12) hex digits")
        }
        return value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.description, forKey: .id)
        try container.encode(machine.description, forKey: .machine)
        try container.encode(cardID, forKey: .cardID)
        try container.encode(time, forKey: .time)
        try container.encode(rating, forKey: .rating)
        try container.encodeIfPresent(elapsedDays, forKey: .elapsedDays)
        try container.encodeIfPresent(durationMs, forKey: .durationMs)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(answer, forKey: .answer)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
    }
}
