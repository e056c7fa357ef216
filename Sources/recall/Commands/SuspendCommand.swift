import ArgumentParser
import Foundation
import RecallKit

struct SuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend cards of a deck, or bring suspended cards back with --undo.",
        discussion: """
            Without card ids, or with --list, lists the deck's suspended cards (leeches included) with their \
            ids. 'recall cards DECK' lists every card's id; --search finds one by its text.
            """
    )

    @Argument(help: "The deck.", completion: DeckCompletion.kind) var deck: String
    @Argument(help: "Card ids (as shown by 'recall cards DECK', ':suspend' or --list).") var cards: [String] =
        []
    @Flag(name: .long, help: "List the suspended cards with their ids.") var list = false
    @Flag(name: .long, help: "Unsuspend the cards instead.") var undo = false
    @Flag(name: .long, help: "With --undo: every suspended card of the deck.") var all = false
    @OptionGroup var options: WorkspaceOptions

    func validate() throws {
        if list && (!cards.isEmpty || undo || all) {
            throw ValidationError(
                "--list shows the suspended cards; give no card ids, --undo or --all with it")
        }
        if all && !undo { throw ValidationError("--all goes with --undo") }
    }

    func run() throws {
        let workspace = options.workspace
        do {
            let loaded = try DeckOpening(workspace: workspace).built(deck)
            if list || (cards.isEmpty && !undo) {
                // Listing only reads, so it works during a study session.
                let progress =
                    try FileProgressStore(workspace: workspace).load(deck: deck) ?? DeckProgress(deck: deck)
                listSuspended(loaded, progress: progress)
                return
            }
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
        if cards.isEmpty && !all {
            throw CommandFailure("give the ids of the cards to bring back, or --all", status: .usage)
        }
        let targets = undo && all ? suspended.map(\.id) : cards
        let machine = try ThisMachine.id()
        let now = Date()
        for id in targets {
            guard loaded.card(withID: id) != nil else {
                throw CommandFailure("\(deck): no card with id \(id)", status: .notFound)
            }
            var schedule = progress.schedules[id] ?? .new(due: now)
            schedule.suspended = !undo
            progress.schedules[id] = schedule
            progress.flagChanges[id] = FlagChange(schedule, time: now, machine: machine)
        }
        try store.save(progress)
        print(
            "\(undo ? "Unsuspended" : "Suspended") \(targets.count) card\(targets.count == 1 ? "" : "s") of \(deck)."
        )
    }

    func listSuspended(_ loaded: Deck, progress: DeckProgress) {
        let suspended = loaded.cards.filter { progress.schedules[$0.id]?.suspended == true }
        if suspended.isEmpty { print("No suspended cards in \(deck).") }
        for line in CardsCommand.lines(suspended, progress: progress) { print(line) }
    }
}
