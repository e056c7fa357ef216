import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "A deck's statistics: cards by state, retention, a year of reviews, the next 30 days.",
        discussion:
            "Reads the progress without locking it, so it works during a study session. --json prints the same figures."
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String = Workspace.sampleDeck
    @Flag(name: .long, help: "Print the figures as JSON.") var json = false
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        let stats: DeckStats
        do {
            let loaded = try DeckOpening(workspace: workspace).built(deck)
            let progress =
                try FileProgressStore(workspace: workspace).load(deck: deck) ?? DeckProgress(deck: deck)
            stats = DeckStats.compute(
                deck: loaded, progress: progress, now: Date(), timeZone: .current,
                exam: loaded.settings.exam(in: .current))
        } catch {
            throw CommandFailure(error)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(stats), as: UTF8.self))
        } else {
            print(StatsReport(stats: stats, style: Terminal.style).text)
        }
    }
}
