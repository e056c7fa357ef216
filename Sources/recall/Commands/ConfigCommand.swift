import ArgumentParser
import Foundation
import RecallKit

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change a deck's settings.",
        discussion: """
            'recall config DECK' lists every setting; 'recall config DECK KEY' shows one;
            'recall config DECK KEY VALUE' changes one. Steps are written like '1m 10m'.
            Settings: \(DeckSettings.keys.joined(separator: ", ")).
            """
    )

    @Argument(help: "The deck.") var deck: String
    @Argument(help: "The setting.") var key: String?
    @Argument(help: "Its new value.") var value: String?
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        do {
            var loaded = try DeckOpening(workspace: workspace).built(deck)
            let url = workspace.deckFile(deck)
            guard let key else {
                for key in DeckSettings.keys { print("\(key) = \(try loaded.settings.value(of: key))") }
                return
            }
            guard let value else {
                print(try loaded.settings.value(of: key))
                return
            }
            try loaded.settings.set(key, to: value)
            try DeckFile.save(loaded, to: url)
            print("\(deck): \(key) = \(try loaded.settings.value(of: key))")
        } catch {
            throw CommandFailure(error)
        }
    }
}
