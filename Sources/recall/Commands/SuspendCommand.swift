import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct SuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend cards of a deck, or bring suspended cards back with --undo.",
        discussion: """
            Without card ids, or with --list, lists the deck's suspended cards (leeches included) with their \
            ids. 'recall cards DECK' lists every card's id; --search finds one by its text.
            """
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String
    @Argument(help: "Card ids (as shown by 'recall cards DECK', ':suspend' or --list).") var cards: [String] =
        []
    @Flag(name: .long, help: "List the suspended cards with their ids.") var list = false
    @Flag(name: .long, help: "Unsuspend the cards instead.") var undo = false
    @Flag(name: .long, help: "With --undo: every suspended card of the deck.") var all = false
    @OptionGroup var options: WorkspaceOptions

    package func validate() throws {
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
        if cards.isEmpty && !all {
            throw CommandFailure("give the ids of the cards to bring back, or --all", status: .usage)
        }
        let suspension = CardSuspension(deck: loaded, store: FileProgressStore(workspace: options.workspace))
        let count = try suspension.change(
            undo && all ? nil : cards, suspend: !undo, at: Date(), machine: try MachineIdentity.current())
        print("\(undo ? "Unsuspended" : "Suspended") \(count) card\(count == 1 ? "" : "s") of \(deck).")
    }

    func listSuspended(_ loaded: Deck, progress: DeckProgress) {
        let suspended = CardSuspension.suspended(in: loaded, progress: progress)
        if suspended.isEmpty { print("No suspended cards in \(deck).") }
        for line in CardListing.lines(suspended, progress: progress) { print(line) }
    }
}
