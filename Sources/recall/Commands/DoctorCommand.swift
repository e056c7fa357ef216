import ArgumentParser
import Foundation
import RecallKit

struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check decks and progress files, and repair what can be repaired.",
        discussion: """
            Checks every deck file and progress file (or one deck's). A journal line cut short by a crash is
            dropped; a damaged snapshot is rebuilt from a journal that holds every change. Every file it changes
            is first copied beside itself as NAME.backup-TIME. With --check nothing is changed.
            """
    )

    @Argument(help: "The deck (default: every deck).") var deck: String?
    @Flag(name: .long, help: "Only report; change nothing.") var check = false
    @OptionGroup var options: WorkspaceOptions

    func run() throws {
        let workspace = options.workspace
        let names = deck.map { [$0] } ?? workspace.deckNames()
        if names.isEmpty { print("No decks in \(workspace.decksFolder.path).") }
        var failed = false
        for name in names {
            do {
                try Workspace.validate(deckName: name)
            } catch {
                throw CommandFailure(error)
            }
            print("\(name):")
            do {
                if try DeckFile.load(workspace.deckFile(name)) != nil { print("  deck file OK") }
            } catch {
                print("  \(error)")
                failed = true
            }
            let lock: ProgressLock?
            do {
                lock =
                    check
                    ? nil : try ProgressLock(workspace: workspace, deck: name, description: "recall doctor")
            } catch {
                print("  \(error)")
                failed = true
                continue
            }
            let report = ProgressDoctor(workspace: workspace).examine(deck: name, repair: !check)
            withExtendedLifetime(lock) {}
            for line in report.lines { print("  \(line)") }
            if report.outcome == .damaged { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}
