import ArgumentParser
import Foundation
import RecallKit

struct SuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend cards of a deck, or bring suspended cards back with --undo.",
        discussion: "Without card ids, lists the deck's suspended cards (leeches included)."
    )

    @Argument(help: "The deck.") var deck: String
    @Argument(help: "Card ids (as shown by ':suspend' or this command).") var cards: [String] = []
    @Flag(name: .long, help: "Unsuspend the cards instead.") var undo = false
    @Flag(name: .long, help: "With --undo: every suspended card of the deck.") var all = false
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        do {
            let loaded = try DeckOpening(workspace: workspace).built(deck)
            try ProgressLock.withLock(workspace: workspace, deck: deck, description: "recall suspend") {
                try change(loaded)
            }
        } catch let error as CommandFailure {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }

    /// Reads, changes and saves the progress; the caller holds the deck's lock.
    func change(_ loaded: Deck) throws {
        let workspace = options.workspace
        let store = FileProgressStore(workspace: workspace)
        var progress = try store.load(deck: deck) ?? DeckProgress(deck: deck)
        let suspended = loaded.cards.filter { progress.schedules[$0.id]?.suspended == true }
        if cards.isEmpty && !(undo && all) {
            if suspended.isEmpty { print("No suspended cards in \(deck).") }
            for card in suspended {
                let leech = progress.schedules[card.id]?.isLeech == true ? " (leech)" : ""
                print("\(card.id)\(leech)  \(card.kind.rawValue): \(card.question.prompt.prefix(70))")
            }
            return
        }
        let targets = undo && all ? suspended.map(\.id) : cards
        for id in targets {
            guard loaded.card(withID: id) != nil else {
                throw CommandFailure("\(deck): no card with id \(id)", status: .notFound)
            }
            var schedule = progress.schedules[id] ?? .new(due: Date())
            schedule.suspended = !undo
            progress.schedules[id] = schedule
        }
        try store.save(progress)
        print(
            "\(undo ? "Unsuspended" : "Suspended") \(targets.count) card\(targets.count == 1 ? "" : "s") of \(deck)."
        )
    }
}
