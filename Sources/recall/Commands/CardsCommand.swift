import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List a deck's cards with their ids, kinds and states, or those whose text holds --search.",
        discussion: """
            Each line is a card's id, its kind, its state (new, learning, review, relearning, suspended, leech) \
            and the start of its question. The ids are those 'recall suspend DECK ID…' takes.
            """
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String
    @Option(name: .long, help: "Only the cards whose question or answer holds this text (any case).")
    var search: String?
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        let loaded: Deck
        let progress: DeckProgress
        do {
            loaded = try DeckOpening(workspace: workspace).built(deck)
            progress =
                try FileProgressStore(workspace: workspace).load(deck: deck) ?? DeckProgress(deck: deck)
        } catch {
            throw CommandFailure(error)
        }
        let cards = loaded.cards.filter { card in
            guard let search, !search.isEmpty else { return true }
            return card.question.prompt.localizedCaseInsensitiveContains(search)
                || card.question.answer.localizedCaseInsensitiveContains(search)
        }
        if cards.isEmpty {
            TerminalOutput.writeError("No card of \(deck) holds '\(search ?? "")'.\n")
            throw ExitStatus.notFound.exitCode
        }
        for line in CardListing.lines(cards, progress: progress) { print(line) }
    }
}
