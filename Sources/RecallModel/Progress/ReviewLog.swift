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

        /// A snapshot of numbers already rounded (NaN for none), as a `ReviewLog` keeps them.
        fileprivate init(stored: (CardSchedule.Phase?, Double, Double, Double)) {
            (phase, storedStability, storedDifficulty, storedDue) = stored
        }

        fileprivate var stored: (CardSchedule.Phase?, Double, Double, Double) {
            (phase, storedStability, storedDifficulty, storedDue)
        }

        static func fourDecimals(_ value: Double) -> Double {
            abs(value) < 1e11 ? (value * 10_000).rounded() / 10_000 : value
        }

        public init(_ schedule: CardSchedule?) {
            self.init(
                phase: schedule?.phase, stability: schedule?.memory?.stability,
                difficulty: schedule?.memory?.difficulty, due: schedule?.due)
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

    public var cardID: String
    /// What the student typed, when they typed something.
    public var answer: String?
    /// When the answer was given, to the whole second.
    public var time: Date
    // The two snapshots' numbers and phases are kept flat, and the id in two parts, rather than as
    // `Snapshot`s and a `ReviewID`: each of those pads to a multiple of 8 bytes inside the record
    // (7 bytes after a snapshot's phase, 4 after the id's low part), and with a million reviews in
    // memory the record's stride is the load's peak memory. Flat, it is 120 bytes instead of 144.
    private var beforeStability: Double
    private var beforeDifficulty: Double
    private var beforeDue: Double
    private var afterStability: Double
    private var afterDifficulty: Double
    private var afterDue: Double
    private var idHigh: UInt64
    private var machineValue: UInt64
    private var idLow: UInt32
    private var storedElapsedDays: Int32
    private var storedDurationMs: Int32
    public var rating: Rating
    public var kind: Kind
    private var beforePhase: CardSchedule.Phase?
    private var afterPhase: CardSchedule.Phase?

    /// Unique across machines, so that merging two histories keeps each review once.
    public var id: ReviewID {
        get { ReviewID(high: idHigh, low: idLow) }
        set {
            idHigh = newValue.high
            idLow = newValue.low
        }
    }

    /// The machine the answer was given on.
    public var machine: MachineID {
        get { MachineID(value: machineValue) }
        set { machineValue = newValue.value }
    }

    public var before: Snapshot {
        get { Snapshot(stored: (beforePhase, beforeStability, beforeDifficulty, beforeDue)) }
        set { (beforePhase, beforeStability, beforeDifficulty, beforeDue) = newValue.stored }
    }

    public var after: Snapshot {
        get { Snapshot(stored: (afterPhase, afterStability, afterDifficulty, afterDue)) }
        set { (afterPhase, afterStability, afterDifficulty, afterDue) = newValue.stored }
    }

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
        self.cardID = cardID
        self.answer = answer
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        (beforePhase, beforeStability, beforeDifficulty, beforeDue) = before.stored
        (afterPhase, afterStability, afterDifficulty, afterDue) = after.stored
        idHigh = 0
        idLow = 0
        machineValue = machine.value
        storedElapsedDays = Self.stored(elapsedDays)
        storedDurationMs = Self.stored(durationMs)
        self.rating = rating
        self.kind = kind
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

    /// Equal when every recorded value is: a missing number (NaN inside) equals a missing one.
    public static func == (lhs: ReviewLog, rhs: ReviewLog) -> Bool {
        lhs.idHigh == rhs.idHigh && lhs.idLow == rhs.idLow && lhs.machineValue == rhs.machineValue
            && lhs.cardID == rhs.cardID && lhs.time == rhs.time && lhs.answer == rhs.answer
            && lhs.storedElapsedDays == rhs.storedElapsedDays && lhs.storedDurationMs == rhs.storedDurationMs
            && lhs.rating == rhs.rating && lhs.kind == rhs.kind && lhs.before == rhs.before
            && lhs.after == rhs.after
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(machineValue)
        hasher.combine(cardID)
        hasher.combine(time)
        hasher.combine(answer)
        hasher.combine(storedElapsedDays)
        hasher.combine(storedDurationMs)
        hasher.combine(rating)
        hasher.combine(kind)
        hasher.combine(before)
        hasher.combine(after)
    }
}

extension ReviewLog.Snapshot: SavedRecord {
    @usableFromInline package static var blank: ReviewLog.Snapshot {
        ReviewLog.Snapshot(phase: nil, stability: nil, difficulty: nil, due: nil)
    }

    /// The fields of a schedule's essentials: an object of a journal line's review, four columns
    /// of a snapshot's review row (`beforePhase` … `beforeDue`).
    @inlinable package mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
        var (phase, stability, difficulty, due) = (self.phase, self.stability, self.difficulty, self.due)
        try visitor.optional("phase", &phase)
        try visitor.optional("stability", &stability)
        try visitor.optional("difficulty", &difficulty)
        try visitor.optional("due", &due)
        // Through the initializer, which rounds what is read as it rounds what is recorded.
        self = ReviewLog.Snapshot(phase: phase, stability: stability, difficulty: difficulty, due: due)
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeFields(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeFields(to: encoder)
    }
}

extension ReviewLog: SavedRecord {
    @usableFromInline package static var blank: ReviewLog {
        ReviewLog(
            cardID: "", time: Date(timeIntervalSince1970: 0), rating: .again, elapsedDays: nil,
            durationMs: nil,
            kind: .learning, answer: nil, before: .blank, after: .blank, id: ReviewID(high: 0, low: 0))
    }

    /// The fields of a review, in the order of a snapshot's review row (`ProgressSnapshotFormat`),
    /// which flattens the two snapshots and names the card `card`; a journal line's `review` is
    /// an object of the same fields. A review written before identities has no `id` (it gets one
    /// derived from its content) and no `machine`.
    @inlinable package mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
        var (id, machine): (ReviewID?, MachineID?) = (self.id, self.machine)
        try visitor.required("cardID", &cardID)
        try visitor.required("time", &time)
        try visitor.required("rating", &rating)
        try visitor.optional("elapsedDays", &elapsedDays)
        try visitor.optional("durationMs", &durationMs)
        try visitor.required("kind", &kind)
        try visitor.optional("answer", &answer)
        try visitor.required("before", &before)
        try visitor.required("after", &after)
        try visitor.identity("id", &id)
        try visitor.identity("machine", &machine)
        // What was read is kept as a review records it (see `init`): the time to the second, and
        // an id derived from the content when the file has none.
        time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.machine = machine ?? .legacy
        self.id = id ?? ReviewID.derived(from: self)
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeFields(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeFields(to: encoder)
    }
}
