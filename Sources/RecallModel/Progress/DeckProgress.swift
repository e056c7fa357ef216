import Foundation

/// A student's progress on one deck: every studied card's schedule and the full review log.
///
/// A card without a schedule is new. Saved as `Progress/NAME.progress.json`.
public struct DeckProgress: Codable, Sendable, Hashable {
    /// Version 2 added `journalSequence`; version 3 writes each review as a row of values
    /// (`ProgressSnapshotFormat`); version 4 gives each review an id and a machine, and keeps the
    /// undone reviews and the flag changes, so that two machines' progress merges
    /// (`ProgressMerge`). Older files are migrated when read.
    public static let currentSchemaVersion = 4

    public var schemaVersion: Int
    public var deck: String
    /// The number of the last journal change this snapshot contains.
    public var journalSequence: Int
    public var schedules: [String: CardSchedule]
    public var reviews: [ReviewLog]
    /// Schedules of cards that a rebuild of the deck no longer has, kept in case they return.
    public var setAside: [String: CardSchedule]
    /// The student's own contrast cards, made from their mistakes (`ContrastCard`); their schedules
    /// and reviews are kept with the deck's cards'.
    public var contrasts: [ContrastCard] = []

    /// Reviews taken back with `:undo` (or regraded), so that a copy that still has them cannot
    /// bring them back in a merge.
    public var undone: Set<ReviewID> = []
    /// The last change a person made to each card's flags, for merging (see `FlagChange`).
    public var flagChanges: [String: FlagChange] = [:]

    /// The keys of the older files read through `Codable` (versions 1 and 2), which have neither
    /// contrasts nor the merge-only fields.
    enum CodingKeys: String, CodingKey {
        case schemaVersion, deck, journalSequence, schedules, reviews, setAside
    }

    public init(deck: String) {
        schemaVersion = Self.currentSchemaVersion
        self.deck = deck
        journalSequence = 0
        schedules = [:]
        reviews = []
        setAside = [:]
    }

    /// Sets aside the schedules of cards the deck no longer has, and brings back those it has again.
    public mutating func reconcile(with cardIDs: Set<String>) {
        for (id, schedule) in schedules where !cardIDs.contains(id) {
            setAside[id] = schedule
            schedules[id] = nil
        }
        for (id, schedule) in setAside where cardIDs.contains(id) {
            schedules[id] = schedule
            setAside[id] = nil
        }
    }
}
