import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel
import RecallStorage

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Fill a deck's progress with a simulated student's study (for demonstrations).",
        shouldDisplay: false
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String = Workspace.sampleDeck
    @Option(name: .long, help: "Days of study, ending yesterday.") var days: Int = 60
    @Option(name: .long, help: "Seed.") var seed: UInt64 = 1
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        do {
            let loaded = try DeckOpening(workspace: workspace).open(deck) { print($0) }
            let store = FileProgressStore(workspace: workspace)
            let (progress, simulated) = try ProgressLock.withLock(
                workspace: workspace, deck: loaded.name, description: "recall simulate"
            ) {
                let progress = try store.load(deck: loaded.name) ?? DeckProgress(deck: loaded.name)
                let simulated = StudentSimulation(days: days, seed: seed).run(
                    deck: loaded, progress: progress, end: Date(), timeZone: .current)
                try store.save(simulated)
                return (progress, simulated)
            }
            print(
                "Simulated \(days) days: \(simulated.reviews.count - progress.reviews.count) reviews added to \(loaded.name)."
            )
        } catch {
            throw CommandFailure(error)
        }
    }
}
