import Foundation
import RecallModel
import RecallStorage

/// Suspends cards, or brings them back, outside a study session: checks every id against the deck
/// before changing anything, then saves the progress whole.
package struct CardSuspension {
    package var deck: Deck
    package var store: FileProgressStore

    package init(deck: Deck, store: FileProgressStore) {
        self.deck = deck
        self.store = store
    }

    /// The deck's suspended cards, in deck order.
    package static func suspended(in deck: Deck, progress: DeckProgress) -> [Card] {
        deck.cards.filter { progress.schedules[$0.id]?.suspended == true }
    }

    /// Suspends the cards `ids` (or, with `suspend` false, brings them back; nil ids with `suspend`
    /// false brings back every suspended card); returns how many it changed. Each change is recorded
    /// with its time and `machine`, so that a merge with another machine's copy keeps the latest.
    /// The caller holds the deck's lock.
    package func change(_ ids: [String]?, suspend: Bool, at now: Date, machine: MachineID) throws -> Int {
        var progress = try store.load(deck: deck.name) ?? DeckProgress(deck: deck.name)
        let targets = ids ?? Self.suspended(in: deck, progress: progress).map(\.id)
        if let unknown = targets.first(where: { deck.card(withID: $0) == nil }) {
            throw CommandFailure("\(deck.name): no card with id \(unknown)", status: .notFound)
        }
        for id in targets {
            var schedule = progress.schedules[id] ?? .new(due: now)
            schedule.suspended = suspend
            progress.schedules[id] = schedule
            progress.flagChanges[id] = FlagChange(schedule, time: now, machine: machine)
        }
        try store.save(progress)
        return targets.count
    }
}
