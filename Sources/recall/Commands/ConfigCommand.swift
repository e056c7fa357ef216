import ArgumentParser
import Foundation
import RecallApp
import RecallConsole
import RecallModel

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change a deck's settings.",
        discussion: """
            'recall config DECK' lists the settings its scheduler uses; 'recall config DECK KEY' shows one; \
            'recall config DECK KEY VALUE' changes one. Steps are written like '1m 10m'. \
            Settings: \(DeckSettings.keys.joined(separator: ", ")), and weights: FSRS-6's 21 weights, fitted by \
            'recall optimize' ('recall config DECK weights default' goes back to the default weights). \
            desiredRetention and the weights are FSRS's alone: an SM-2 deck refuses them.
            """
    )

    @Argument(help: "The deck.", completion: .deckName) var deck: String
    @Argument(help: "The setting.", completion: .list(DeckSettings.keys + [ConfigCommand.weightsKey]))
    var key: String?
    @Argument(help: "Its new value.") var value: String?
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        do {
            let opening = DeckOpening(workspace: workspace)
            let loaded = try opening.built(deck)
            guard let key else {
                for setting in loaded.settings.settingsInUse {
                    print("\(setting.key) = \(try loaded.settings.value(of: setting.key))")
                }
                print("\(Self.weightsKey) = \(Self.weights(loaded.settings))")
                return
            }
            if key == Self.weightsKey {
                try weights(opening)
                return
            }
            guard let value else {
                print(try loaded.settings.value(of: key))
                return
            }
            let saved = try opening.update(deck, by: "recall config") { try $0.settings.set(key, to: value) }
            print("\(deck): \(key) = \(try saved.settings.value(of: key))")
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The FSRS weights, which `recall optimize` fits; not one of `DeckSettings.keys`, since they
    /// are not typed in by hand.
    static let weightsKey = "weights"

    static func weights(_ settings: DeckSettings) -> String {
        guard let parameters = settings.parameters else { return "default (FSRS-6's 21 default weights)" }
        return parameters.weights.map { String(format: "%.4f", $0) }.joined(separator: " ")
            + " (fitted by recall optimize)"
    }

    /// Shows the weights, or goes back to the defaults with `weights default`.
    func weights(_ opening: DeckOpening) throws {
        guard let value else {
            print(Self.weights(try opening.built(deck).settings))
            return
        }
        guard ["default", "defaults"].contains(value.lowercased()) else {
            throw CommandFailure(
                "weights: '\(value)' is not valid; 'recall optimize \(deck)' fits them, "
                    + "and 'default' goes back to FSRS-6's defaults",
                status: .usage)
        }
        try opening.update(deck, by: "recall config") { $0.settings.parameters = nil }
        print("\(deck): \(Self.weightsKey) = \(Self.weights(DeckSettings()))")
    }
}
