import Foundation

/// The last change a person made to a card's flags (`:suspend`, `:bury`, `recall suspend`), with
/// when and on which machine, so that two machines' changes merge by "the last change wins".
///
/// Leech suspensions are not recorded here: they follow from the reviews, and a merge derives them
/// again by replaying the review log.
public struct FlagChange: Codable, Sendable, Hashable {
    /// The card's flags after the change.
    public var suspended: Bool
    public var buriedUntil: Date?
    public var time: Date
    public var machine: MachineID

    public init(suspended: Bool, buriedUntil: Date?, time: Date, machine: MachineID) {
        self.suspended = suspended
        self.buriedUntil = buriedUntil.map {
            Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down))
        }
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.machine = machine
    }

    /// The flags of `schedule`, changed at `time` on `machine`.
    public init(_ schedule: CardSchedule, time: Date, machine: MachineID) {
        self.init(
            suspended: schedule.suspended, buriedUntil: schedule.buriedUntil, time: time, machine: machine)
    }

    /// Whether this change wins over `other`: the later one; at the same second the higher machine
    /// id; from one machine at one second, the flags themselves decide (suspended, the later
    /// burial), so that the winner never depends on which side is which.
    public func wins(over other: FlagChange) -> Bool {
        let mine = (time, machine, suspended ? 1 : 0, buriedUntil?.timeIntervalSince1970 ?? -.infinity)
        let theirs = (
            other.time, other.machine, other.suspended ? 1 : 0,
            other.buriedUntil?.timeIntervalSince1970 ?? -.infinity
        )
        return mine > theirs
    }

    /// The winner of two changes (either, when they are equal).
    public static func latest(_ first: FlagChange?, _ second: FlagChange?) -> FlagChange? {
        guard let first else { return second }
        guard let second else { return first }
        return second.wins(over: first) ? second : first
    }

    /// The change that files older than flag records imply for a schedule with flags: made on an
    /// unknown machine, no earlier than the card's last review (so that replaying the reviews of
    /// the same file leaves the flags as they are).
    static func implied(by schedule: CardSchedule) -> FlagChange? {
        guard schedule.suspended || schedule.buriedUntil != nil || schedule.isLeech else { return nil }
        return FlagChange(
            schedule, time: schedule.lastReview ?? Date(timeIntervalSince1970: 0), machine: .legacy)
    }
}

extension FlagChange: SavedRecord {
    /// A change before its fields are read (a file must give the flags, the time and the machine).
    @usableFromInline package static var blank: FlagChange {
        FlagChange(suspended: false, buriedUntil: nil, time: Date(timeIntervalSince1970: 0), machine: .legacy)
    }

    /// The fields of a saved flag change, in the snapshot's `flagChanges` and a journal line's `flags`.
    @inlinable package mutating func visitFields<Visitor: FieldVisitor>(_ visitor: inout Visitor) throws {
        try visitor.required("suspended", &suspended)
        try visitor.optional("buriedUntil", &buriedUntil)
        try visitor.required("time", &time)
        try visitor.required("machine", &machine)
    }

    public init(from decoder: any Decoder) throws {
        self = try Self.decodeFields(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try encodeFields(to: encoder)
    }
}

extension DeckProgress {
    /// Gives the flags of every schedule without a recorded change the change they imply, as
    /// reading a file from before flag records does.
    mutating func recordImpliedFlagChanges() {
        for (id, schedule) in schedules.merging(setAside, uniquingKeysWith: { first, _ in first })
        where flagChanges[id] == nil {
            flagChanges[id] = FlagChange.implied(by: schedule)
        }
    }
}
