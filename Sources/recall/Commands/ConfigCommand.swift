import ArgumentParser
import Foundation
import RecallKit

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change a deck's settings.",
        discussion: """
            'recall config DECK' lists every setting; 'recall config DECK KEY' shows one; \
            'recall config DECK KEY VALUE' changes one. Steps are written like '1m 10m'. \
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
            let opening = DeckOpening(workspace: workspace)
            let loaded = try opening.built(deck)
            guard let key else {
                for key in DeckSettings.keys { print("\(key) = \(try loaded.settings.value(of: key))") }
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
}
